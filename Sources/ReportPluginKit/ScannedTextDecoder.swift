#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// Decodes the texts of a report into one `ScalarStorage`, noting for each text the ASCII scalars
/// and the tracked marks it holds. The caller counts the scalars first (`scalarCount`, a pass over
/// the bytes), so the buffer is allocated once at its exact size, two bytes a scalar, and each
/// text's row is made as soon as it is decoded (`Batch`).
enum ScannedTextDecoder {
    /// What decoding one text found besides its scalars.
    struct Summary {
        var count = 0
        var ascii: (UInt64, UInt64) = (0, 0)
        var marks: UInt64 = 0
    }

    /// The decoding buffer while it is filled.
    private struct Buffer {
        // Sized once (the caller counts the scalars first) and never grown.
        var units: UnsafeMutablePointer<UInt16>
        var capacity: Int
        var used = 0
        var wide: [Int: Unicode.Scalar] = [:]

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 1)
            units = malloc(self.capacity * 2)!.assumingMemoryBound(to: UInt16.self)
        }
    }

    /// Texts decoded one after another into one storage of a size known in advance, each noted in
    /// a row of one `RuleTextTable`.
    struct Batch {
        let table: RuleTextTable
        private var buffer: Buffer

        /// A batch for `texts` texts of `scalarCapacity` scalars in all.
        init(texts: Int, scalarCapacity: Int) {
            buffer = Buffer(capacity: scalarCapacity)
            table = RuleTextTable(capacity: texts, storage: ScalarStorage(adopting: buffer.units))
        }

        /// Decodes the text of `span` after the texts before it and adds its row to the table.
        mutating func decode(_ span: TextSpan, kind: RuleText.Kind) {
            // The storage's buffer never moves: the batch was sized for every text.
            let room = buffer.capacity - buffer.used
            precondition(span.text.utf8.count <= room || ScannedTextDecoder.scalarCount(span.text) <= room,
                         "a text beyond the scalars counted for the batch")
            let offset = buffer.used
            let summary = ScannedTextDecoder.decode(span.text, into: &buffer)
            buffer.used += summary.count
            table.append(
                span, kind: kind, offset: offset, count: summary.count, asciiMask: summary.ascii,
                marks: ScannedMarks(rawValue: summary.marks))
        }

        /// Hands the scalars above U+FFFF to the storage and returns the table; call once, after
        /// the last text.
        func finish() -> RuleTextTable {
            if !buffer.wide.isEmpty { table.storage.setWide(buffer.wide) }
            return table
        }
    }

    /// The number of scalars in `text`: its bytes minus its continuation bytes (`10xxxxxx`).
    static func scalarCount(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(scalarCount) { return count }
        return text.unicodeScalars.count
    }

    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuation = 0
        var index = 0
        // Bit 7 set and bit 6 clear in a byte: `w & ~(w << 1)` keeps bit 7 exactly there; the
        // multiplication adds the eight 0/1 bytes into the top byte (no popcount instruction needed).
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            continuation &+= Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuation += 1 }
            index += 1
        }
        return bytes.count - continuation
    }

    /// Decodes `text` at the end of `buffer` (which has room for it).
    private static func decode(_ text: String, into buffer: inout Buffer) -> Summary {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes in decode(bytes, into: &buffer) }
        if let decoded { return decoded }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { decode(UnsafeBufferPointer($0), into: &buffer) }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout Buffer) -> Summary {
        guard var byte = bytes.baseAddress else { return Summary() }
        let end = byte + bytes.count
        let start = buffer.units + buffer.used
        var out = start
        var low: UInt64 = 0
        var high: UInt64 = 0
        var marks: UInt64 = 0
        let table = ScannedMarks.table
        table.values.withUnsafeBufferPointer { values in
            table.bits.withUnsafeBufferPointer { bits in
                let values = values.baseAddress.unsafelyUnwrapped
                let bits = bits.baseAddress.unsafelyUnwrapped
                // The bytes are valid UTF-8 (a Swift String's).
                while byte < end {
                    let lead = UInt32(byte.pointee)
                    if lead < 0x80 {
                        let bit: UInt64 = 1 << UInt64(lead & 63)
                        if lead < 64 { low |= bit } else { high |= bit }
                        out.pointee = UInt16(truncatingIfNeeded: lead)
                        out += 1
                        byte += 1
                        continue
                    }
                    let (value, length) = UTF8Scalars.decode(at: byte)
                    byte += length
                    if length == 4 {
                        // Above U+FFFF: a surrogate value (never a scalar) marks it, the table keeps it.
                        buffer.wide[buffer.units.distance(to: out)] = Unicode.Scalar(value).unsafelyUnwrapped
                        out.pointee = 0xD800
                        out += 1
                        continue
                    }
                    let slot = ScannedMarks.slot(value)
                    marks |= values[slot] == value ? bits[slot] : 0
                    out.pointee = UInt16(truncatingIfNeeded: value)
                    out += 1
                }
            }
        }
        return Summary(count: start.distance(to: out), ascii: (low, high), marks: marks)
    }
}
