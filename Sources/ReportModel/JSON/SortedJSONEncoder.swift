import Foundation

/// Encodes an `Encodable` as the bytes `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, streamed to a sink in chunks instead of built whole.
///
/// `JSONEncoder` builds a tree of the whole value and then its text: for a long report over 200 times
/// the draft's size. Here an object's members are only collected (the values themselves, not their
/// encodings) until its `encode(to:)` returns, then written in key order, each value encoded when
/// its turn comes; an array's elements are written as they arrive. Memory is the nesting depth times
/// an object's width plus the output buffer, whatever the value's size.
public enum SortedJSONEncoder {
    /// Writes `value`'s JSON to `sink` in chunks of about `chunkSize` bytes (no newline at the end).
    public static func write<T: Encodable>(
        _ value: T, chunkSize: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        try withoutActuallyEscaping(sink) { sink in
            let stream = JSONStream(output: JSONOutput(chunkSize: chunkSize, sink: sink))
            try stream.write(value, depth: 0)
            stream.output.flush()
        }
    }

    /// `value`'s JSON as one `Data`.
    public static func data<T: Encodable>(_ value: T) throws -> Data {
        var data = Data()
        try write(value) { data.append($0) }
        return data
    }

    /// `value`'s JSON as a `String`.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        var bytes: [UInt8] = []
        try write(value) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A value collected for a member or an element, written when its turn comes.
enum JSONMember {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case string(String)
    /// A number already formatted (a `Decimal`, `Double` or `Float`).
    case number(String)
    case value(any Encodable)
    /// A container filled through `nestedContainer`, `nestedUnkeyedContainer` or `superEncoder`.
    case node(JSONNode)
}

/// What an encoder was asked to encode when its value cannot be written at once: an object's members
/// (in key order when written), an array's elements, or one value.
final class JSONNode {
    enum Kind { case unset, object, array, single }
    var kind = Kind.unset
    /// In the order encoded; sorted when written.
    var members: [(key: String, value: JSONMember)] = []
    var elements: [JSONMember] = []
    var single: JSONMember?
}

/// The output bytes, handed to the sink whenever a chunk is full.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    let chunkSize: Int
    let sink: (UnsafeBufferPointer<UInt8>) -> Void

    init(chunkSize: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.chunkSize = max(chunkSize, 64)
        self.sink = sink
        bytes.reserveCapacity(self.chunkSize + 1024)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
        if bytes.count >= chunkSize { flush() }
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func newline(indent level: Int) {
        append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * level) { append(UInt8(ascii: " ")) }
        if bytes.count >= chunkSize { flush() }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, the rest
    /// (slashes, DEL, every non-ASCII scalar) as it is.
    mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
            case 0x08: append(UInt8(ascii: "b"))
            case 0x0C: append(UInt8(ascii: "f"))
            case 0x0A: append(UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "t"))
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                append(UInt8(ascii: "u"))
                append(UInt8(ascii: "0"))
                append(UInt8(ascii: "0"))
                append(hex[Int(byte >> 4)])
                append(hex[Int(byte & 0x0F)])
            }
            runStart = index + 1
        }
        append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        append(UInt8(ascii: "\""))
    }

    mutating func ascii(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func int(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        uint(value.magnitude)
    }

    mutating func uint(_ value: UInt64) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[20 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(20 - count)...]))
        }
    }
}
