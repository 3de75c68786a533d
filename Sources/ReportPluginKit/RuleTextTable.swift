#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// The decoded texts of a report: their scalars in one `ScalarStorage` and, for each text, one
/// 36-byte row of plain numbers (where it is, where its scalars are, what marks it holds), so that
/// a report of 400,000 table cells costs 14 MB of rows rather than an object per text. A `RuleText`
/// is a row number into it. The few texts that need more (a paragraph wrapped over several lines,
/// text whose Characters have several scalars) keep it in a side table.
///
/// Filled once while the texts are decoded (`append`) and only read afterwards, which is what
/// makes sharing it between the rules of a run safe.
final class RuleTextTable: @unchecked Sendable {
    struct Row {
        var scalarOffset: UInt32
        var scalarCount: UInt32
        var line: Int32
        var column: Int32
        /// The tracked non-ASCII marks (`ScannedMarks.tracked`, bits 0–25), the kind (bits 28–29)
        /// and whether the text has `Extras` (bit 30).
        var marksAndKind: UInt32
        /// Which ASCII scalars occur in the text, bit `v` for the scalar `v`, in four 32-bit words
        /// (so that a row is 36 bytes, not padded to 40).
        private var ascii: (UInt32, UInt32, UInt32, UInt32)

        init(
            scalarOffset: UInt32, scalarCount: UInt32, line: Int32, column: Int32, marksAndKind: UInt32,
            asciiMask: (UInt64, UInt64)
        ) {
            self.scalarOffset = scalarOffset
            self.scalarCount = scalarCount
            self.line = line
            self.column = column
            self.marksAndKind = marksAndKind
            ascii = (
                UInt32(truncatingIfNeeded: asciiMask.0), UInt32(truncatingIfNeeded: asciiMask.0 >> 32),
                UInt32(truncatingIfNeeded: asciiMask.1), UInt32(truncatingIfNeeded: asciiMask.1 >> 32))
        }

        /// Which ASCII scalars occur in the text: bit `v` of `.0` for `v < 64`, bit `v - 64` of `.1`.
        @inline(__always)
        var asciiMask: (UInt64, UInt64) {
            (UInt64(ascii.0) | UInt64(ascii.1) << 32, UInt64(ascii.2) | UInt64(ascii.3) << 32)
        }

        static let extrasBit: UInt32 = 1 << 30
    }

    /// What only some texts need.
    struct Extras {
        /// The number of Characters, when it is not the number of scalars.
        var length: Int
        /// The span's segments after the first (a paragraph wrapped over several lines).
        var laterSegments: [TextSpan.Segment]
        /// Character offset of each scalar offset, when some Character has several scalars.
        var characterOffsets: [Int]?
    }

    let storage: ScalarStorage
    private let rows: UnsafeMutablePointer<Row>
    private let capacity: Int
    private(set) var count = 0
    private var extras: [Int: Extras] = [:]

    /// An empty table with room for `capacity` texts whose scalars go to `storage`.
    init(capacity: Int, storage: ScalarStorage) {
        self.capacity = Swift.max(capacity, 1)
        self.storage = storage
        rows = UnsafeMutablePointer<Row>.allocate(capacity: self.capacity)
    }

    deinit { rows.deallocate() }

    @inline(__always)
    func row(_ index: Int) -> Row { rows[index] }

    func extras(of index: Int) -> Extras? {
        rows[index].marksAndKind & Row.extrasBit == 0 ? nil : extras[index]
    }

    /// Adds the text of `span`, whose `count` scalars were decoded at `offset` of the storage.
    func append(
        _ span: TextSpan, kind: RuleText.Kind, offset: Int, count scalarCount: Int, asciiMask: (UInt64, UInt64),
        marks: ScannedMarks
    ) {
        precondition(count < capacity, "more texts than the table was made for")
        precondition(offset + scalarCount <= Int(UInt32.max), "a report of more than 4 billion characters")
        precondition(marks.rawValue >> 28 == 0, "more than 28 tracked marks")
        var characterOffsets: [Int]?
        if scalarCount != span.length {
            var offsets: [Int] = []
            offsets.reserveCapacity(scalarCount + 1)
            var character = 0
            for grapheme in span.text {
                for _ in grapheme.unicodeScalars { offsets.append(character) }
                character += 1
            }
            offsets.append(character)
            characterOffsets = offsets
        }
        let laterSegments = span.continuationSegments
        let hasExtras = !laterSegments.isEmpty || characterOffsets != nil
        if hasExtras {
            extras[count] = Extras(length: span.length, laterSegments: laterSegments, characterOffsets: characterOffsets)
        }
        (rows + count).initialize(to: Row(
            scalarOffset: UInt32(offset), scalarCount: UInt32(scalarCount),
            line: Int32(clamping: span.start.line), column: Int32(clamping: span.start.column),
            marksAndKind: UInt32(truncatingIfNeeded: marks.rawValue) | kind.rawValue << 28
                | (hasExtras ? Row.extrasBit : 0),
            asciiMask: asciiMask))
        count += 1
    }
}
