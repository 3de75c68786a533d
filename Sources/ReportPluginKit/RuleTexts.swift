/// Texts of a report as rules receive them (`RuleText.all(in:context:)`): all the rows of the
/// report's `RuleTextTable`, or some of them by row number. A list of texts is thus one reference
/// (and four bytes a text when only some are kept), never a copy of the texts.
public struct RuleTexts: RandomAccessCollection, Sendable {
    let table: RuleTextTable
    /// The rows kept, in order; nil for every row.
    private let rows: [UInt32]?

    init(table: RuleTextTable, rows: [UInt32]? = nil) {
        self.table = table
        self.rows = rows
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows?.count ?? table.count }

    @inline(__always)
    public subscript(position: Int) -> RuleText {
        guard let rows else {
            precondition(position >= 0 && position < table.count, "text index out of range")
            return RuleText(table: table, index: position)
        }
        return RuleText(table: table, index: Int(rows[position]))
    }

    /// The texts for which `isIncluded` holds, in order, as row numbers into the same table, in an
    /// array of exactly their count (the answers are noted in a bitmap first: a selection of most
    /// of 200,000 texts grown by doubling held up to twice its size).
    public func selecting(_ isIncluded: (RuleText) throws -> Bool) rethrows -> RuleTexts {
        var chosen = [UInt64](repeating: 0, count: (count + 63) / 64)
        var kept = 0
        for position in indices where try isIncluded(self[position]) {
            chosen[position >> 6] |= 1 << UInt64(position & 63)
            kept += 1
        }
        let selected = [UInt32](unsafeUninitializedCapacity: kept) { buffer, initialized in
            var next = 0
            for (word, bits) in chosen.enumerated() {
                var bits = bits
                while bits != 0 {
                    let position = word << 6 | bits.trailingZeroBitCount
                    buffer[next] = UInt32(self[position].index)
                    next += 1
                    bits &= bits - 1
                }
            }
            initialized = next
        }
        return RuleTexts(table: table, rows: selected)
    }
}
