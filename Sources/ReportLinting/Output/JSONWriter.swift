/// Writes JSON as UTF-8 bytes, one token after another, in the layout every ReportKit JSON output
/// uses: members and elements one per line, indented by two spaces per level, `": "` after a key,
/// `{}` and `[]` for empty containers, no newline at the end.
///
/// Outputs stream through this writer instead of building a `JSONValue` tree first: the lint JSON of a
/// long draft has hundreds of findings, and the tree's allocations and the per-byte appends cost more
/// than linting it (the server answers `POST /api/lint` with it on every request).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// How many members or elements each open container holds so far, innermost last.
    private var counts: [Int] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        counts.reserveCapacity(8)
    }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    mutating func endObject() { end(UInt8(ascii: "}")) }

    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        counts.append(0)
    }

    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Starts an object member: the value written next belongs to `key`.
    mutating func key(_ key: String) {
        nextItem()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an array element: the value written next is the element.
    mutating func nextItem() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        bytes.append(UInt8(ascii: "\n"))
        indent(counts.count)
    }

    private mutating func end(_ bracket: UInt8) {
        if counts.removeLast() > 0 {
            bytes.append(UInt8(ascii: "\n"))
            indent(counts.count)
        }
        bytes.append(bracket)
    }

    private mutating func indent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            while magnitude > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func bool(_ value: Bool) { ascii(value ? "true" : "false") }

    mutating func null() { ascii("null") }

    private mutating func ascii(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A string literal: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`, and
    /// U+2028/U+2029 as `\u2028`/`\u2029` (they end a JavaScript string literal); everything else,
    /// Chinese included, as its UTF-8 bytes. Runs that need no escape are copied whole.
    mutating func string(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { escape($0) }
        if done == nil { Array(string.utf8).withUnsafeBufferPointer { escape($0) } }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            // Bytes at or above 0x20 other than `"`, `\` and the lead byte of U+2028/U+2029 pass as they are.
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                index += 1
                continue
            }
            if byte == 0xE2 {
                guard index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): ascii("\\\"")
            case UInt8(ascii: "\\"): ascii("\\\\")
            case UInt8(ascii: "\n"): ascii("\\n")
            case UInt8(ascii: "\r"): ascii("\\r")
            case UInt8(ascii: "\t"): ascii("\\t")
            case 0xE2:
                ascii(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                ascii("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }
}
