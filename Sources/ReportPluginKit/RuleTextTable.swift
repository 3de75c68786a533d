#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// The decoded texts of a report: their scalars in one `ScalarStorage` and, for each text, one
/// 24-byte row of plain numbers (where it is, where its scalars are, what marks it holds), so that
/// a report of 400,000 table cells costs 10 MB of rows rather than an object per text. A `RuleText`
/// is a row number into it. The few texts that need more (a paragraph wrapped over several lines,
/// text whose Characters have several scalars) keep it in a side table.
///
/// Filled once while the texts are decoded (`append`) and only read afterwards, which is what
/// makes sharing it between the rules of a run safe.
final class RuleTextTable: @unchecked Sendable {
    struct Row {
        /// Where the text's scalars start in the storage; they end where the next text's start.
        var scalarOffset: UInt32
        var line: Int32
        var column: Int32
        /// The tracked non-ASCII marks (`ScannedMarks.tracked`, bits 0–25), the kind (bits 28–29)
        /// and whether the text has `Extras` (bit 30).
        var marksAndKind: UInt32
        /// Which ASCII scalars occur in the text.
        var ascii: ASCIISummary

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
    /// Where the last text's scalars end.
    private var scalarEnd: UInt32 = 0
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

    /// The number of scalars of the text at `index`: up to where the next text's start.
    @inline(__always)
    func scalarCount(_ index: Int) -> Int {
        Int((index + 1 < count ? rows[index + 1].scalarOffset : scalarEnd) - rows[index].scalarOffset)
    }

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
        precondition(offset == Int(scalarEnd), "texts are added in the order of their scalars")
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
            scalarOffset: UInt32(offset), line: Int32(clamping: span.start.line),
            column: Int32(clamping: span.start.column),
            marksAndKind: UInt32(truncatingIfNeeded: marks.rawValue) | kind.rawValue << 28
                | (hasExtras ? Row.extrasBit : 0),
            ascii: ASCIISummary(mask: asciiMask)))
        count += 1
        scalarEnd = UInt32(offset + scalarCount)
    }
}
