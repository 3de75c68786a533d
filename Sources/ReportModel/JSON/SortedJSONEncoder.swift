import Foundation

/// Encodes an `Encodable` as JSON with its object keys sorted (by their UTF-8 bytes), in the layout
/// of every ReportKit JSON output (`JSONWriter`), streamed to a sink in chunks instead of built whole.
/// Values are those `JSONEncoder` writes (`Decimal`, `URL` and `Data` as it special-cases them).
///
/// `JSONEncoder` builds a tree of the whole value and then its text: for a long report over 200 times
/// the draft's size. Here an object's members are only collected (the values themselves, not their
/// encodings) until its `encode(to:)` returns, then written in key order, each value encoded when
/// its turn comes; an array's elements are written as they arrive. Memory is the nesting depth times
/// an object's width plus the output buffer, whatever the value's size.
public enum SortedJSONEncoder {
    /// Writes `value`'s JSON to `sink` in chunks of about `chunkSize` bytes (no newline at the end).
    public static func write<T: Encodable>(
        _ value: T, chunkSize: Int = 1 << 16, layout: JSONWriter.Layout = .indented,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        try write(value, chunkSize: chunkSize, layout: layout, writesDirectly: true, to: sink)
    }

    private static func write<T: Encodable>(
        _ value: T, chunkSize: Int, layout: JSONWriter.Layout, writesDirectly: Bool,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        try withoutActuallyEscaping(sink) { sink in
            let stream = JSONStream(chunkSize: chunkSize, layout: layout, writesDirectly: writesDirectly, sink: sink)
            try stream.write(value, depth: 0)
            stream.finish()
        }
    }

    /// `value`'s JSON made through its `Encodable` conformance alone, never a `JSONWritable` one: what
    /// tests hold the direct writing to, byte for byte.
    package static func codableData<T: Encodable>(
        _ value: T, chunkSize: Int = 1 << 16, layout: JSONWriter.Layout = .indented
    ) throws -> Data {
        var data = Data()
        try write(value, chunkSize: chunkSize, layout: layout, writesDirectly: false) { data.append($0) }
        return data
    }

    /// `value`'s JSON as one `Data`.
    public static func data<T: Encodable>(_ value: T, layout: JSONWriter.Layout = .indented) throws -> Data {
        var data = Data()
        try write(value, layout: layout) { data.append($0) }
        return data
    }

    /// `value`'s JSON as a `String`.
    public static func string<T: Encodable>(_ value: T, layout: JSONWriter.Layout = .indented) throws -> String {
        var bytes: [UInt8] = []
        try write(value, layout: layout) { bytes.append(contentsOf: $0) }
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
