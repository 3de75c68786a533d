/// Writes JSON as UTF-8 bytes, one token after another, in the layout every ReportKit JSON output
/// (`lint` and `parse --format json`, SARIF, the server, the plugin input) uses: members and elements one per line, indented by two spaces per level, `": "` after a key,
/// `{}` and `[]` for empty containers, no newline at the end.
///
/// Outputs stream through this writer instead of building a `JSONValue` tree first: the lint JSON of a
/// long draft has hundreds of findings, and the tree's allocations and per-byte array appends cost
/// more than linting it (the server answers `POST /api/lint` with it on every request). The bytes go
/// into one growing buffer, with a capacity check per token rather than per byte.
public struct JSONWriter: ~Copyable {
    /// How tokens are laid out.
    public enum Layout: Sendable {
        /// One member or element per line, indented: what people read (every output of the CLI).
        case indented
        /// No whitespace between tokens: for a program's input (the plugins' stdin), where the
        /// indentation of a long table's cells would triple the bytes to write and to parse.
        case compact
    }

    private let layout: Layout
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the innermost open container has a member or element yet.
    private var hasItems = false
    /// `hasItems` of each enclosing container, outermost first.
    private var enclosing: [Bool] = []
    /// Where `drainIfFull()` hands the bytes, and from how many on (none: the writer keeps them all).
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private let chunkSize: Int

    public init(capacity: Int = 4096, layout: Layout = .indented) {
        self.layout = layout
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
        enclosing.reserveCapacity(8)
        sink = nil
        chunkSize = .max
    }

    /// A writer whose `drainIfFull()` hands the bytes to `sink` once about `chunkSize` are waiting, so
    /// that a long output leaves in chunks while it is written (`drain(into:)` hands the rest).
    public init(chunkSize: Int, layout: Layout = .indented, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.layout = layout
        self.chunkSize = max(chunkSize, 64)
        capacity = self.chunkSize + 1024
        storage = .allocate(capacity: capacity)
        enclosing.reserveCapacity(8)
        self.sink = sink
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// How many bytes are waiting in the buffer.
    public var pendingCount: Int { count }

    /// Hands the bytes written so far to `sink` and empties the buffer, so that a long output can
    /// leave in chunks instead of being held whole (the layout state is kept: writing goes on).
    public mutating func drain(into sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        sink(UnsafeBufferPointer(start: storage, count: count))
        count = 0
    }

    /// Hands the bytes written so far to the sink given at `init(chunkSize:layout:sink:)` when there
    /// are at least a chunk of them; nothing for a writer without a sink. Writers of long values call
    /// it after each element of a long array, which keeps memory to a chunk whatever the output's size.
    @inline(__always) public mutating func drainIfFull() {
        if count >= chunkSize, let sink { drain(into: sink) }
    }

    public mutating func beginObject() { begin(UInt8(ascii: "{")) }

    public mutating func endObject() { end(UInt8(ascii: "}")) }

    public mutating func beginArray() { begin(UInt8(ascii: "[")) }

    public mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Starts an object member: the value written next belongs to `key`.
    public mutating func key(_ key: String) {
        nextItem()
        string(key)
        if layout == .compact { append(UInt8(ascii: ":")) } else { append(UInt8(ascii: ":"), UInt8(ascii: " ")) }
    }

    /// Starts an object member whose key is an ASCII literal that needs no escaping (the formats'
    /// own keys): the same bytes as `key(_:)` without scanning it.
    public mutating func key(ascii key: StaticString) {
        nextItem()
        reserve(key.utf8CodeUnitCount + 4)
        put(UInt8(ascii: "\""))
        put(key.utf8Start, key.utf8CodeUnitCount)
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        if layout == .indented { put(UInt8(ascii: " ")) }
    }

    /// Starts an array element: the value written next is the element.
    public mutating func nextItem() {
        let level = enclosing.count
        reserve(2 + 2 * level)
        if hasItems { put(UInt8(ascii: ",")) }
        hasItems = true
        guard layout == .indented else { return }
        put(UInt8(ascii: "\n"))
        putIndent(level)
    }

    public mutating func int(_ value: Int) {
        reserve(21)
        if value < 0 { put(UInt8(ascii: "-")) }
        putDigits(UInt64(value.magnitude))
    }

    public mutating func int(_ value: Int64) { int(Int(value)) }

    public mutating func uint(_ value: UInt64) {
        reserve(20)
        putDigits(value)
    }

    /// The decimal digits of `value`, made last first (one division each) and copied in order.
    @inline(__always) private mutating func putDigits(_ value: UInt64) {
        if value < 10 { return put(UInt8(ascii: "0") + UInt8(value)) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            put(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + index, buffer.count - index)
        }
    }

    /// A number already formatted as JSON (a `Decimal`'s or a `Double`'s text).
    public mutating func number(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            reserve(bytes.count)
            if let base = bytes.baseAddress { put(base, bytes.count) }
        }
    }

    /// A number already formatted as JSON, as its bytes.
    public mutating func number(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { put(base, bytes.count) }
    }

    public mutating func bool(_ value: Bool) { ascii(value ? "true" : "false") }

    public mutating func null() { ascii("null") }

    /// Appends one raw byte (such as the newline that ends a whole output).
    public mutating func raw(_ byte: UInt8) { append(byte) }

    /// A string literal: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`, and
    /// U+2028/U+2029 as `\u2028`/`\u2029` (they end a JavaScript string literal); everything else,
    /// Chinese included, as its UTF-8 bytes. Runs that need no escape are copied whole.
    public mutating func string(_ string: String) {
        var string = string
        string.withUTF8 { escape($0) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 2)
        put(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else {
            put(UInt8(ascii: "\""))
            return
        }
        var runStart = 0
        let count = utf8.count
        var index = Self.firstCandidate(in: base, from: 0, count: count)
        while index < count {
            let byte = base[index]
            if byte == 0xE2 {
                guard index + 2 < count, base[index + 1] == 0x80, base[index + 2] == 0xA8 || base[index + 2] == 0xA9 else {
                    index = Self.firstCandidate(in: base, from: index + 1, count: count)
                    continue
                }
            }
            // Room for the run so far, the escape (at most 6 bytes) and the rest unescaped plus the quote.
            reserve(index - runStart + 6 + count - index + 1)
            put(base + runStart, index - runStart)
            switch byte {
            case UInt8(ascii: "\""): put(UInt8(ascii: "\\"), UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): put(UInt8(ascii: "\\"), UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): put(UInt8(ascii: "\\"), UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): put(UInt8(ascii: "\\"), UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): put(UInt8(ascii: "\\"), UInt8(ascii: "t"))
            case 0xE2:
                let escaped: StaticString = base[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                put(escaped.utf8Start, escaped.utf8CodeUnitCount)
                index += 2
            default:
                put(UInt8(ascii: "\\"), UInt8(ascii: "u"))
                put(UInt8(ascii: "0"), UInt8(ascii: "0"))
                put(Self.hexDigits.utf8Start[Int(byte >> 4)], Self.hexDigits.utf8Start[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
            index = Self.firstCandidate(in: base, from: index, count: count)
        }
        reserve(count - runStart + 1)
        put(base + runStart, count - runStart)
        put(UInt8(ascii: "\""))
    }

    /// The offset of the first byte from `start` on that may need an escape (below 0x20, `"`, `\`,
    /// or 0xE2, the lead byte of U+2028/U+2029 and of “”…—), or `count`: eight bytes at a time,
    /// as most text (Chinese included) has none in a long run.
    @inline(__always)
    static func firstCandidate(in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if mayHaveCandidate(word) { break }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2 { return index }
            index += 1
        }
        return count
    }

    /// Whether a word may hold a byte below 0x20, `"`, `\` or 0xE2 (never false when it does; the
    /// caller checks the bytes of a word that says yes).
    @inline(__always)
    static func mayHaveCandidate(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below20 = (word &- 0x2020_2020_2020_2020) & ~word & highs
        return below20 != 0 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0xE2))
    }

    // MARK: Containers

    private mutating func begin(_ bracket: UInt8) {
        append(bracket)
        enclosing.append(hasItems)
        hasItems = false
    }

    private mutating func end(_ bracket: UInt8) {
        let level = enclosing.count - 1
        reserve(2 + 2 * level)
        if hasItems, layout == .indented {
            put(UInt8(ascii: "\n"))
            putIndent(level)
        }
        put(bracket)
        hasItems = enclosing.removeLast()
    }

    // MARK: The buffer

    /// Makes room for `extra` more bytes; the `put`s after it need no check of their own.
    @inline(__always) private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.initialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    @inline(__always) private mutating func put(_ first: UInt8, _ second: UInt8) {
        storage[count] = first
        storage[count + 1] = second
        count += 2
    }

    @inline(__always) private mutating func put(_ source: UnsafePointer<UInt8>, _ length: Int) {
        guard length > 0 else { return }
        (storage + count).initialize(from: source, count: length)
        count += length
    }

    private mutating func putIndent(_ level: Int) {
        (storage + count).initialize(repeating: UInt8(ascii: " "), count: 2 * level)
        count += 2 * level
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    private mutating func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        put(first, second)
    }

    private mutating func ascii(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        put(text.utf8Start, text.utf8CodeUnitCount)
    }
}
