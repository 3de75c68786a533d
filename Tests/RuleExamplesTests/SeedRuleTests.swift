import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport

/// The real defects of the seed documents are found, and their valid peculiarities are not reported.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct SeedRuleTests {
    static func lint(_ seed: String, _ id: String) throws -> (diagnostics: [Diagnostic], lines: [String]) {
        let document = ReportReader.read(text: try Seeds.text(seed), path: seed, format: .text)
        return (rule(id).check(document.report, context: RuleContext()), document.lines.strings)
    }

    /// The source text a diagnostic points at.
    static func excerpt(_ diagnostic: Diagnostic, in lines: [String]) -> String {
        let line = Array(lines[diagnostic.range.start.line - 1])
        let end = diagnostic.range.end.line == diagnostic.range.start.line ? diagnostic.range.end.column - 1 : line.count
        return String(line[(diagnostic.range.start.column - 1)..<end])
    }

    @Test func seed001DocumentNumbersMissingTheirClosingBracket() throws {
        let (diagnostics, lines) = try Self.lint("001", "docnumber.format")
        let found = diagnostics.map { Self.excerpt($0, in: lines) }
        // The last also lacks its 机关代字 (`(〔202297号)`), said apart since fixing the bracket leaves it.
        #expect(found == ["〔202141号", "〔20224号", "〔2021228号", "〔2021105号", "〔202297号", "〔202297号"])
        #expect(diagnostics.map(\.range.start.line) == [36, 42, 52, 52, 110, 110])
        #expect(diagnostics.compactMap(\.fix?.replacement)
            == ["〔2021〕41号", "〔2022〕4号", "〔2021〕228号", "〔2021〕105号", "〔2022〕97号"])
        #expect(diagnostics.filter { $0.fix != nil }.allSatisfy { $0.message.contains("缺少后一个六角括号“〕”") })
        #expect(diagnostics.contains { $0.message == "文中引用的发文字号“〔2022〕97号”缺少机关代字：应写明是哪个机关的文件，如“青山府发〔2022〕97号”" })
    }

    @Test func seed001UnpairedMarks() throws {
        let (diagnostics, lines) = try Self.lint("001", "punctuation.unpaired")
        let found = diagnostics.map { "\($0.range.start.line):\(Self.excerpt($0, in: lines))" }
        // “12530安全宣传… never closes; two 》 lost their 《. The 〔 of broken document numbers are
        // docnumber.format's, not reported twice.
        #expect(found == ["50:“", "56:》", "94:》"])
    }

    @Test func seed001HalfWidthPunctuation() throws {
        let (diagnostics, lines) = try Self.lint("001", "punctuation.half-width")
        #expect(diagnostics.count > 300)
        // The first body sentence: `2021年以来,渝北区…`.
        let first = try #require(diagnostics.first { $0.range.start.line == 22 })
        #expect(Self.excerpt(first, in: lines) == ",")
        #expect(first.fix?.replacement == "，")
        // `(含幼儿园)` around Chinese text becomes （含幼儿园）; `5.77%;` keeps its decimal point.
        let line36 = diagnostics.filter { $0.range.start.line == 36 }.map { Self.excerpt($0, in: lines) }
        #expect(line36.contains("(") && line36.contains(")"))
        let line38 = diagnostics.filter { $0.range.start.line == 38 }.map { Self.excerpt($0, in: lines) }
        #expect(line38.contains(";"))
        #expect(diagnostics.allSatisfy { Self.excerpt($0, in: lines).count == 1 })
        // The index number and dates of the page chrome are not text.
        #expect(!diagnostics.contains { $0.range.start.line < 20 })
    }

    @Test func seed001ContinuousNumberingIsNoGap() throws {
        let (diagnostics, _) = try Self.lint("001", "numbering.gap")
        #expect(diagnostics.isEmpty, "\(describe(diagnostics))")
    }

    @Test func seed004StrayArabicMarkerIsAStyleFindingNotAGap() throws {
        let (style, lines) = try Self.lint("004", "numbering.style")
        let stray = try #require(style.first { Self.excerpt($0, in: lines) == "（5）" })
        #expect(stray.range.start.line == 19)
        #expect(stray.fix?.replacement == "（五）")
        #expect(stray.message.contains("（四）") && stray.message.contains("（六）"))
        let (gaps, _) = try Self.lint("004", "numbering.gap")
        #expect(gaps.isEmpty, "\(describe(gaps))")
    }

    @Test func seed004HyphenRanges() throws {
        let (diagnostics, lines) = try Self.lint("004", "punctuation.range-dash")
        #expect(diagnostics.contains { $0.message.contains("“1-2项”") })
        #expect(diagnostics.allSatisfy { Self.excerpt($0, in: lines) == "-" })
        // Counts of things are ranges of values: the 浪纹线, as GB/T 15834 has it (not the 一字线 of 1—6月).
        let items = try #require(diagnostics.first { $0.message.contains("“1-2项”") })
        #expect(items.fix?.replacement == "～")
    }

    @Test(arguments: ["000", "003"])
    func newsFeaturesLackAllThreeParts(_ seed: String) throws {
        let (diagnostics, _) = try Self.lint(seed, "structure.missing-part")
        #expect(diagnostics.count == 3)
        #expect(diagnostics.contains { $0.message.contains("自查情况") })
        #expect(diagnostics.contains { $0.message.contains("存在问题") })
        #expect(diagnostics.contains { $0.message.contains("下一步打算") })
    }

    @Test func seed002CombinedPartSatisfiesTheStructure() throws {
        for id in ["structure.missing-part", "structure.part-order", "numbering.gap", "docnumber.format", "date.format"] {
            let (diagnostics, _) = try Self.lint("002", id)
            #expect(diagnostics.isEmpty, "\(id):\n\(describe(diagnostics))")
        }
    }
}
