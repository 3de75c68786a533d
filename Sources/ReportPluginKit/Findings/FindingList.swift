import ReportModel

/// The findings of a lint run, held compactly: a collection of `Diagnostic`s that stores each one
/// as a 24-byte record, and every rule id, message and replacement once.
///
/// A draft can have a finding every few characters (a line of a million half-width commas, a long
/// indicator table where most rows miss their targets); as `Diagnostic` values (88 bytes each, a
/// message string each) the findings alone took many times the draft. Here equal messages share one
/// string, a rule id and severity are a 32-bit kind, and the records grow in fixed chunks, so that
/// adding a finding never copies the ones before it.
///
/// Reads and iterates as `[Diagnostic]` does (a `Diagnostic` is made on access, sharing the stored
/// strings); rules that may find very much write into it with `ReportRule.check(_:context:into:)`.
public struct FindingList: Sendable {
    /// One finding: where it is, its kind (rule id and severity), its message and its fix.
    struct Record: Sendable {
        /// Where the finding starts.
        var line: Int32
        var column: Int32
        /// Where it ends: its end column when it ends on the line it starts on (most do), else
        /// `Record.wide` with the index of its range in `wideRanges`.
        var end: UInt32
        var message: UInt32
        /// The fix: `Record.none` when there is none; a fix of the finding's own range is its
        /// replacement's index in `replacements`; any other is its index in `otherFixes` with
        /// `Record.otherFix` set (most fixes replace what they report, so they need no range).
        var fix: UInt32
        var kind: UInt32

        static let none = UInt32.max
        static let otherFix: UInt32 = 1 << 31
        static let wide: UInt32 = 1 << 31
    }

    static let chunkShift = 13
    static let chunkSize = 1 << chunkShift

    /// Every chunk but the last is full, so the count follows from them.
    var chunks: [ContiguousArray<Record>] = []
    var kinds: [(ruleID: String, severity: Severity)] = []
    /// Each kind's index by rule id and severity: an out-of-process plugin may print any number
    /// of rule ids.
    private var kindIndices: [KindKey: UInt32] = [:]

    private struct KindKey: Hashable {
        var ruleID: String
        var severity: Severity
    }
    /// Messages and replacements apart: each store remembers its last string, and a rule's
    /// findings repeat their message and their replacement.
    var messages = InternedStrings()
    var replacements = InternedStrings()
    /// The fixes whose range is not their finding's: range and replacement index.
    var otherFixes: [(range: SourceRange, replacement: UInt32)] = []
    /// The ranges of findings over more than one line.
    var wideRanges: [SourceRange] = []

    public init() {}

    public init(_ diagnostics: some Sequence<Diagnostic>) {
        self.init()
        append(contentsOf: diagnostics)
    }

    // MARK: Adding

    public mutating func append(_ diagnostic: Diagnostic) {
        let range = diagnostic.range
        var end = UInt32(truncatingIfNeeded: range.end.column)
        if range.end.line != range.start.line || range.end.column < 0 {
            precondition(wideRanges.count < Int(Record.wide), "more than 2³¹ findings over several lines")
            end = Record.wide | UInt32(wideRanges.count)
            wideRanges.append(range)
        }
        var record = Record(
            line: Int32(range.start.line), column: Int32(range.start.column), end: end,
            message: messages.index(of: diagnostic.message), fix: Record.none, kind: kind(diagnostic.ruleID, diagnostic.severity))
        if let fix = diagnostic.fix {
            let replacement = replacements.index(of: fix.replacement)
            precondition(replacement < Record.otherFix && otherFixes.count < Int(Record.otherFix), "more than 2³¹ fixes")
            if fix.range == diagnostic.range {
                record.fix = replacement
            } else {
                record.fix = Record.otherFix | UInt32(otherFixes.count)
                otherFixes.append((fix.range, replacement))
            }
        }
        append(record)
    }

    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    mutating func append(_ record: Record) {
        if count & (Self.chunkSize - 1) == 0 {
            // The first chunk grows as an array does (a short report holds a few findings); the
            // others are made full size at once.
            var chunk = ContiguousArray<Record>()
            if count > 0 { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(record)
    }

    /// The kind of a rule id and severity: findings come in runs of one rule, so the last kind
    /// answers most lookups.
    mutating func kind(_ ruleID: String, _ severity: Severity) -> UInt32 {
        if let last = kinds.indices.last, kinds[last].severity == severity, kinds[last].ruleID == ruleID {
            return UInt32(last)
        }
        let key = KindKey(ruleID: ruleID, severity: severity)
        if let known = kindIndices[key] { return known }
        precondition(kinds.count < Int(UInt32.max), "more than 4 billion rule ids and severities in one run")
        let index = UInt32(kinds.count)
        kinds.append((ruleID, severity))
        kindIndices[key] = index
        return index
    }

    // MARK: Records

    @inline(__always)
    func record(at position: Int) -> Record {
        chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
    }

    @inline(__always)
    mutating func setRecord(_ record: Record, at position: Int) {
        chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] = record
    }

    /// Where a finding starts and ends.
    @inline(__always)
    func range(of record: Record) -> SourceRange {
        if record.end & Record.wide != 0 { return wideRanges[Int(record.end & ~Record.wide)] }
        return SourceRange(
            start: SourcePosition(line: Int(record.line), column: Int(record.column)),
            end: SourcePosition(line: Int(record.line), column: Int(record.end)))
    }

    func diagnostic(from record: Record) -> Diagnostic {
        let kind = kinds[Int(record.kind)]
        let range = range(of: record)
        let fix: Fix?
        if record.fix == Record.none {
            fix = nil
        } else if record.fix & Record.otherFix == 0 {
            fix = Fix(range: range, replacement: replacements[record.fix])
        } else {
            let other = otherFixes[Int(record.fix & ~Record.otherFix)]
            fix = Fix(range: other.range, replacement: replacements[other.replacement])
        }
        return Diagnostic(
            ruleID: kind.ruleID, severity: kind.severity, message: messages[record.message], range: range, fix: fix)
    }

    /// The severity of each finding in order, read without making the findings (for counts).
    public func forEachSeverity(_ body: (Severity) -> Void) {
        for chunk in chunks {
            for record in chunk { body(kinds[Int(record.kind)].severity) }
        }
    }

    // MARK: Removing

    /// Removes the findings `shouldBeRemoved` picks, keeping the order of the rest.
    public mutating func removeAll(where shouldBeRemoved: (Diagnostic) throws -> Bool) rethrows {
        try removeAll(from: 0, where: shouldBeRemoved)
    }

    /// Removes the findings from `first` on that `shouldBeRemoved` picks (a rule taking back some
    /// of its own findings), keeping the order of the rest.
    public mutating func removeAll(from first: Int, where shouldBeRemoved: (Diagnostic) throws -> Bool) rethrows {
        var kept = first
        for position in first..<count {
            let record = record(at: position)
            if try shouldBeRemoved(diagnostic(from: record)) { continue }
            if kept != position { setRecord(record, at: kept) }
            kept += 1
        }
        truncate(to: kept)
    }

    /// Inserts a finding at `position`, moving the ones after it up by one.
    public mutating func insert(_ diagnostic: Diagnostic, at position: Int) {
        precondition(position >= 0 && position <= count, "finding index out of range")
        append(diagnostic)
        let inserted = record(at: count - 1)
        var index = count - 1
        while index > position {
            setRecord(record(at: index - 1), at: index)
            index -= 1
        }
        setRecord(inserted, at: position)
    }

    /// Keeps the first `newCount` findings.
    mutating func truncate(to newCount: Int) {
        guard newCount < count else { return }
        let chunkCount = (newCount + Self.chunkSize - 1) >> Self.chunkShift
        chunks.removeLast(chunks.count - chunkCount)
        if let last = chunks.indices.last {
            let keep = newCount - last << Self.chunkShift
            chunks[last].removeLast(chunks[last].count - keep)
        }
    }

    /// Applies a configuration to every finding at once: `setting` says, for each rule id and
    /// severity, whether its findings are kept and at which severity. Asked once per kind,
    /// not once per finding.
    public mutating func configure(_ setting: (_ ruleID: String, _ severity: Severity) -> Severity?) {
        let knownKinds = kinds
        let settings = knownKinds.map { setting($0.ruleID, $0.severity) }
        var mapped: [UInt32?] = []
        for (index, severity) in settings.enumerated() {
            guard let severity else {
                mapped.append(nil)
                continue
            }
            mapped.append(severity == knownKinds[index].severity ? UInt32(index) : kind(knownKinds[index].ruleID, severity))
        }
        if mapped.indices.allSatisfy({ mapped[$0] == UInt32($0) }) { return }
        var kept = 0
        for position in 0..<count {
            var record = record(at: position)
            guard let kind = mapped[Int(record.kind)] else { continue }
            record.kind = kind
            setRecord(record, at: kept)
            kept += 1
        }
        truncate(to: kept)
    }
}

extension FindingList: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public var count: Int {
        guard let last = chunks.last else { return 0 }
        return (chunks.count - 1) << Self.chunkShift + last.count
    }

    public subscript(position: Int) -> Diagnostic {
        precondition(position >= 0 && position < count, "finding index out of range")
        return diagnostic(from: record(at: position))
    }
}

extension FindingList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Diagnostic...) { self.init(elements) }
}

extension FindingList: Equatable {
    public static func == (lhs: FindingList, rhs: FindingList) -> Bool { lhs.elementsEqual(rhs) }
}

extension FindingList: CustomStringConvertible {
    public var description: String { Array(self).description }
}
