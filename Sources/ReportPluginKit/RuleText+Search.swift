import ReportModel

/// Finding characters and phrases in a `RuleText`, by scalar offset.
extension RuleText {
    /// Whether any character of `set` occurs in the text. Answered from the summaries made while
    /// decoding when they can (most texts are skipped without being read), else by a scan.
    public func containsAny(of set: MarkSet) -> Bool {
        let ascii = row.ascii
        if ascii.surelyHoldsAny(of: set.ascii) { return true }
        if ascii.mayHoldOthers(of: set.ascii) { return firstIndex(of: set, from: 0) != nil }
        guard marks.intersects(set.marks) else { return false }
        if set.marks.rawValue & ScannedMarks.untrackedBit == 0 { return true }
        return firstIndex(of: set, from: 0) != nil
    }

    /// The first offset from `start` (clamped to the text) of a character of `set`, or nil.
    public func firstIndex(of set: MarkSet, from start: Int = 0) -> Int? {
        let scalars = self.scalars
        let found = set.bits.withUnsafeBufferPointer { bits in
            scalars.withUnits { units -> Int? in
                var index = Swift.max(start, 0)
                while index < units.count {
                    let unit = units[index]
                    if bits[Int(unit &>> 6)] & (1 &<< UInt64(unit & 63)) != 0,
                       unit != ScannedScalars.wideStandIn || set.wide.contains(scalars.scalar(at: index)) {
                        return index
                    }
                    index += 1
                }
                return nil
            }
        }
        return found
    }

    /// The first offset from `start` of `scalar`, or nil.
    public func firstIndex(of scalar: Unicode.Scalar, from start: Int = 0) -> Int? {
        guard scalar.value < 0x10000 else {
            return (Swift.max(start, 0)..<count).first { scalars.scalar(at: $0) == scalar }
        }
        let unit = UInt16(scalar.value)
        let index = scalars.firstIndex(ofUnit: unit, from: start)
        return index < count ? index : nil
    }

    /// Whether the text holds `phrase` (most texts are answered by the mark summary of its first
    /// scalar, the rest by a scan of the scalars).
    public func contains(_ phrase: String) -> Bool {
        guard let first = phrase.unicodeScalars.first else { return true }
        if phrase.unicodeScalars.count == 1 { return contains(first) }
        guard contains(first) else { return false }
        var next = firstIndex(of: first, from: 0)
        while let start = next {
            if hasPhrase(phrase, at: start) { return true }
            next = firstIndex(of: first, from: start + 1)
        }
        return false
    }

    /// Whether `phrase` starts at `offset`.
    public func hasPhrase(_ phrase: some StringProtocol, at offset: Int) -> Bool {
        guard offset >= 0 else { return false }
        var index = offset
        for scalar in phrase.unicodeScalars {
            guard index < count, scalars.scalar(at: index) == scalar else { return false }
            index += 1
        }
        return true
    }

    /// The ranges (scalar offsets) of `phrase` in the text, left to right, not overlapping.
    public func ranges(of phrase: String) -> [Range<Int>] {
        guard let first = phrase.unicodeScalars.first else { return [] }
        let length = phrase.unicodeScalars.count
        var result: [Range<Int>] = []
        var next = firstIndex(of: first, from: 0)
        while let start = next {
            if hasPhrase(phrase, at: start) {
                result.append(start..<(start + length))
                next = firstIndex(of: first, from: start + length)
            } else {
                next = firstIndex(of: first, from: start + 1)
            }
        }
        return result
    }
}
