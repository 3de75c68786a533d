import PropertyBased
import ReportLinting
import ReportModel
@testable import ReportPluginKit
import Testing

/// The compact store of a run's findings: it must read back exactly the `Diagnostic`s put in, and
/// sort, configure and edit them as the plain array code did (written out here as the reference).
@Suite struct FindingListTests {
    static let ruleIDs = ["punctuation.half-width", "indicator.subtotal", "a.rule", "numbering.gap"]
    static let messages = ["半角逗号", "“在校学生数”的完成值290与其中各项之和不符", "", "x"]

    /// A finding made from one number: few lines and columns (so that ranges tie), some over
    /// several lines (kept apart from the records), every rule, severity and kind of fix, and
    /// messages both shared and unique.
    static func diagnostic(_ seed: Int) -> Diagnostic {
        let line = seed % 3 + 1, column = seed / 3 % 4 + 1, length = seed / 12 % 3
        var range = SourceRange(line: line, column: column, length: length)
        switch seed / 19 % 6 {
        case 0: range.end = SourcePosition(line: line + 1 + seed % 2, column: seed / 5 % 3 + 1)
        case 1: range.end = SourcePosition(line: line, column: -1 - seed % 2)
        default: break
        }
        let message = seed % 5 == 0 ? "第\(seed)号问题" : messages[seed / 7 % messages.count]
        var fix: Fix?
        switch seed / 11 % 3 {
        case 0: fix = Fix(range: range, replacement: "，")
        case 1: fix = Fix(range: SourceRange(line: line, column: 1, length: 9), replacement: "替换为\(seed % 4)")
        default: fix = nil
        }
        return Diagnostic(
            ruleID: ruleIDs[seed / 13 % ruleIDs.count], severity: Severity.allCases[seed / 17 % 3], message: message,
            range: range, fix: fix)
    }

    static let lists = Gen.int(in: 0...1_000_000).array(of: 0...40).map { $0.map(diagnostic) }

    /// The order every output had before: start, end, rule id, then the order found.
    static func referenceOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let a = lhs.element, b = rhs.element
            if a.range.start != b.range.start { return a.range.start < b.range.start }
            if a.range.end != b.range.end { return a.range.end < b.range.end }
            if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    @Test func readsBackWhatWasAdded() async {
        await propertyCheck(input: Self.lists) { diagnostics in
            let list = FindingList(diagnostics)
            #expect(list.count == diagnostics.count)
            #expect(Array(list) == diagnostics)
        }
    }

    @Test func sortsAsThePlainSortDid() async {
        await propertyCheck(input: Self.lists) { diagnostics in
            var list = FindingList(diagnostics)
            list.sortBySource()
            #expect(Array(list) == Self.referenceOrder(diagnostics))
            #expect(LintEngine.sorted(diagnostics) == Self.referenceOrder(diagnostics))
        }
    }

    @Test func configuresByRuleAsThePlainLoopDid() async {
        await propertyCheck(input: Self.lists) { diagnostics in
            // a.rule off, indicator.subtotal always an error, the rest as they come.
            func setting(_ ruleID: String, _ severity: Severity) -> Severity? {
                ruleID == "a.rule" ? nil : ruleID == "indicator.subtotal" ? .error : severity
            }
            var list = FindingList(diagnostics)
            list.configure(setting)
            let expected = diagnostics.compactMap { diagnostic -> Diagnostic? in
                guard let severity = setting(diagnostic.ruleID, diagnostic.severity) else { return nil }
                var configured = diagnostic
                configured.severity = severity
                return configured
            }
            #expect(Array(list) == expected)
        }
    }

    @Test func editsAsAnArrayWould() async {
        await propertyCheck(input: Self.lists, Gen.int(in: 0...40)) { diagnostics, cut in
            let first = min(cut, diagnostics.count)
            var list = FindingList(diagnostics)
            var array = diagnostics
            list.removeAll(from: first) { $0.fix == nil }
            array = Array(array[..<first]) + array[first...].filter { $0.fix != nil }
            #expect(Array(list) == array)

            let inserted = Self.diagnostic(7)
            let position = min(first, list.count)
            list.insert(inserted, at: position)
            array.insert(inserted, at: position)
            #expect(Array(list) == array)

            list.sortSuffix(from: position)
            let tail = array[position...].enumerated().sorted { lhs, rhs in
                lhs.element.range.start != rhs.element.range.start
                    ? lhs.element.range.start < rhs.element.range.start : lhs.offset < rhs.offset
            }
            #expect(Array(list) == Array(array[..<position]) + tail.map(\.element))
        }
    }

    /// Across the fixed-size chunks the records grow in: a line of commas has a million findings.
    @Test func holdsManyChunksInOrder() {
        let count = FindingList.chunkSize * 3 + 5
        let diagnostics = (0..<count).map { index in
            Diagnostic(
                ruleID: "punctuation.half-width", severity: .warning, message: "中文语境应使用全角逗号",
                range: SourceRange(line: 9, column: count - index, length: 1),
                fix: Fix(range: SourceRange(line: 9, column: count - index, length: 1), replacement: "，"))
        }
        var list = FindingList(diagnostics)
        #expect(list.chunks.count == 4)
        #expect(Array(list) == diagnostics)
        list.sortBySource()
        #expect(Array(list) == diagnostics.reversed())
        list.removeAll { $0.range.start.column % 2 == 0 }
        #expect(list.count == (count + 1) / 2)
        #expect(list.chunks.count == 2)
        #expect(list.allSatisfy { $0.range.start.column % 2 == 1 })
    }

    /// What the compact store is for: a finding in 24 bytes (an 88-byte `Diagnostic` before).
    @Test func aFindingTakes24Bytes() {
        #expect(MemoryLayout<FindingList.Record>.stride == 24)
    }

    /// An out-of-process plugin may print as many rule ids as it likes (64 MB of output holds over
    /// a million): every one is kept, looked up by hash rather than by a walk over the others.
    @Test func anyNumberOfRuleIDsIsKept() {
        let diagnostics = (0..<70_000).map { index in
            Diagnostic(
                ruleID: "plugin.rule-\(index)", severity: index % 2 == 0 ? .warning : .error, message: "",
                range: SourceRange(line: 1, column: index + 1, length: 1))
        }
        var list = FindingList(diagnostics)
        #expect(list.kinds.count == 70_000)
        #expect(Array(list) == diagnostics)
        list.configure { ruleID, severity in ruleID.hasSuffix("7") ? nil : .info }
        #expect(list.count == 63_000)
        #expect(list.allSatisfy { $0.severity == .info && !$0.ruleID.hasSuffix("7") })
    }

    /// A message written anew for every finding (an interpolated string) is stored once.
    @Test func equalMessagesAreStoredOnce() {
        var list = FindingList()
        for row in 0..<1_000 {
            let name = row % 2 == 0 ? "在校学生数" : "普通小学"
            list.append(Diagnostic(
                ruleID: "indicator.target-unmet", severity: .info, message: "“\(name)”未达到目标",
                range: SourceRange(line: row + 1, column: 3, length: 2)))
        }
        #expect(list.messages.count == 2)
        #expect(list.kinds.count == 1)
        #expect(list[999].message == "“普通小学”未达到目标")
    }
}
