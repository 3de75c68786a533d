import ReportModel

extension FindingList {
    /// Puts the findings in source order — start, then end, then rule id — keeping the order of
    /// findings that tie, the one stable order every output uses.
    ///
    /// Sorts 32-bit indices rather than the findings, then moves each finding once.
    public mutating func sortBySource() {
        guard let order = sourceOrder() else { return }
        apply(order)
    }

    /// The order `sortBySource()` makes, as the index of the finding for each place; nil when the
    /// findings are in that order already.
    private func sourceOrder() -> [UInt32]? {
        guard count > 1 else { return nil }
        let ranks = ruleRanks()
        func compare(_ a: Record, _ b: Record) -> Int {
            if a.line != b.line { return a.line < b.line ? -1 : 1 }
            if a.column != b.column { return a.column < b.column ? -1 : 1 }
            if (a.end | b.end) & Record.wide != 0 {
                let aEnd = range(of: a).end, bEnd = range(of: b).end
                if aEnd.line != bEnd.line { return aEnd.line < bEnd.line ? -1 : 1 }
                if aEnd.column != bEnd.column { return aEnd.column < bEnd.column ? -1 : 1 }
            } else if a.end != b.end {
                // Both end on the line they start on: `end` is the end column.
                return a.end < b.end ? -1 : 1
            }
            let aRank = ranks[Int(a.kind)], bRank = ranks[Int(b.kind)]
            return aRank == bRank ? 0 : (aRank < bRank ? -1 : 1)
        }
        var previous = record(at: 0)
        var inOrder = true
        for position in 1..<count {
            let next = record(at: position)
            if compare(previous, next) > 0 {
                inOrder = false
                break
            }
            previous = next
        }
        if inOrder { return nil }
        var order = (0..<UInt32(count)).map { $0 }
        order.sort { lhs, rhs in
            let result = compare(record(at: Int(lhs)), record(at: Int(rhs)))
            return result != 0 ? result < 0 : lhs < rhs
        }
        return order
    }

    /// Each kind's place when the rule ids are sorted (kinds of one rule id share it).
    private func ruleRanks() -> [UInt32] {
        let sortedIDs = Array(Set(kinds.map(\.ruleID))).sorted()
        var rankOfID: [String: UInt32] = [:]
        for (rank, id) in sortedIDs.enumerated() { rankOfID[id] = UInt32(rank) }
        return kinds.map { rankOfID[$0.ruleID]! }
    }

    /// Moves the findings so that place `i` holds the one that was at `order[i]`, cycle by cycle.
    private mutating func apply(_ order: [UInt32]) {
        var source = order
        for start in 0..<count {
            var position = start
            while Int(source[position]) != start {
                let next = Int(source[position])
                let here = record(at: position)
                setRecord(record(at: next), at: position)
                setRecord(here, at: next)
                source[position] = UInt32(position)
                position = next
            }
            source[position] = UInt32(position)
        }
    }

    /// Sorts the findings from `first` on by where they start, keeping the order of those that
    /// start at the same place (a rule that found a text's findings in two passes).
    public mutating func sortSuffix(from first: Int) {
        guard count - first > 1 else { return }
        var tail: [(record: Record, offset: Int)] = []
        tail.reserveCapacity(count - first)
        for position in first..<count { tail.append((record(at: position), position)) }
        tail.sort { lhs, rhs in
            (lhs.record.line, lhs.record.column, lhs.offset) < (rhs.record.line, rhs.record.column, rhs.offset)
        }
        for (offset, entry) in tail.enumerated() { setRecord(entry.record, at: first + offset) }
    }
}
