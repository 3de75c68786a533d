#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// Decodes the texts of a report into one `ScalarStorage`, noting for each text the ASCII scalars
/// and the tracked marks it holds. The buffer starts at the texts' Character count (which the
/// spans already know, and which equals the scalar count unless a Character has several scalars)
/// and grows only when a text needs more; so it ends at (about) its exact size, two bytes a scalar.
enum ScannedTextDecoder {
    /// What decoding one text found besides its scalars.
    struct Summary {
        var count = 0
        var ascii: (UInt64, UInt64) = (0, 0)
        var marks: UInt64 = 0
    }

    /// The decoding buffer while it is filled.
    private struct Buffer {
        var units: UnsafeMutablePointer<UInt16>
        var capacity: Int
        var used = 0
        var wide: [Int: Unicode.Scalar] = [:]

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 1)
            units = malloc(self.capacity * 2)!.assumingMemoryBound(to: UInt16.self)
        }

        /// Makes room for `text` at the end of the buffer.
        mutating func reserve(for text: String) {
            // A text never has more scalars than UTF-8 bytes: count exactly only near the end.
            guard used + text.utf8.count > capacity else { return }
            let needed = used + ScannedTextDecoder.scalarCount(text)
            guard needed > capacity else { return }
            resize(to: Swift.max(needed, capacity + capacity / 8))
        }

        mutating func resize(to newCapacity: Int) {
            capacity = Swift.max(newCapacity, 1)
            units = realloc(units, capacity * 2)!.assumingMemoryBound(to: UInt16.self)
        }
    }

    static func decode(_ texts: [(TextSpan, RuleText.Kind)]) -> [RuleText] {
        var buffer = Buffer(capacity: texts.reduce(0) { $0 + $1.0.length })
        var summaries: [Summary] = []
        summaries.reserveCapacity(texts.count)
        for (span, _) in texts {
            buffer.reserve(for: span.text)
            let summary = decode(span.text, into: &buffer)
            summaries.append(summary)
            buffer.used += summary.count
        }
        if buffer.used < buffer.capacity { buffer.resize(to: buffer.used) }
        let storage = ScalarStorage(adopting: buffer.units)
        if !buffer.wide.isEmpty { storage.setWide(buffer.wide) }
        var result: [RuleText] = []
        result.reserveCapacity(texts.count)
        var offset = 0
        for index in texts.indices {
            let summary = summaries[index]
            result.append(RuleText(
                span: texts[index].0, kind: texts[index].1,
                scalars: ScannedScalars(storage: storage, offset: offset, count: summary.count),
                asciiMask: summary.ascii, marks: ScannedMarks(rawValue: summary.marks)))
            offset += summary.count
        }
        return result
    }

    /// One text in a storage of its own.
    static func decodeOne(_ text: String) -> (ScannedScalars, (UInt64, UInt64), ScannedMarks) {
        var buffer = Buffer(capacity: scalarCount(text))
        let summary = decode(text, into: &buffer)
        let storage = ScalarStorage(adopting: buffer.units)
        if !buffer.wide.isEmpty { storage.setWide(buffer.wide) }
        return (ScannedScalars(storage: storage, offset: 0, count: summary.count), summary.ascii,
                ScannedMarks(rawValue: summary.marks))
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
