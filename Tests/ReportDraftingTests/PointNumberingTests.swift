import Foundation
import ReportDrafting
import ReportModel
import ReportScheme
import Testing
import TestSupport

/// Templates that number points through the whole scheme (1…N), write them as 一是/二是 paragraphs,
/// or list duties without categories.
struct PointNumberingTests {
    static func templateText(_ year: Int) throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent("Templates/chongqing/\(year).yml"), encoding: .utf8)
    }

    /// The 2023 template with `point_numbering` added after its `title`.
    static func scheme(numbering: String) throws -> EvaluationScheme {
        let text = try templateText(2023).replacingOccurrences(
            of: "\ntitle: ", with: "\npoint_numbering: \(numbering)\ntitle: ")
        return try SchemeTemplateLoader.load(text: text, path: "模板.yml")
    }

    /// The 2022 template's 38 points as a flat list: `points:` without categories.
    static func flatScheme() throws -> EvaluationScheme {
        let text = try templateText(2022)
        let start = try #require(text.range(of: "categories:\n"))
        let end = try #require(text.range(of: "\npatterns:"))
        var lines = ["points:"]
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  - id:") || line.hasPrefix("    title:") || line.hasPrefix("    score:")
                || line.trimmingCharacters(in: .whitespaces) == "points:" { continue }
            lines.append(line.hasPrefix("      ") ? String(line.dropFirst(4)) : String(line))
        }
        return try SchemeTemplateLoader.load(
            text: text[..<start.lowerBound] + lines.joined(separator: "\n") + text[end.lowerBound...], path: "模板.yml")
    }

    static func findings(_ scheme: EvaluationScheme, data: String = "Examples/青溪区/data.yml") throws -> Section {
        let url = Repository.root.appendingPathComponent(data)
        let report = try Drafter(scheme: scheme).draft(DistrictDataLoader.load(contentsOf: url, displayPath: data))
        return try #require(report.parts(withRole: .findings).first)
    }

    @Test func continuousNumberingRunsThroughTheCategories() throws {
        let scheme = try Self.scheme(numbering: "连续")
        #expect(scheme.pointNumbering == .continuous)
        let points = try Self.findings(scheme).children.flatMap(\.children)
        #expect(points.map { $0.marker?.ordinal ?? 0 } == Array(1...14))
        #expect(points.map { $0.marker?.raw ?? "" }.suffix(2) == ["13.", "14."])
    }

    @Test func firstSecondStyleWritesPointsAsParagraphs() throws {
        let categories = try Self.findings(try Self.scheme(numbering: "一是")).children
        #expect(categories.count == 4)
        #expect(categories.allSatisfy { $0.children.isEmpty })
        let first = categories[0].blocks.map { $0.textSpans.first?.text ?? "" }
        #expect(first.first?.hasPrefix("一是健全党对教育工作领导的体制机制。") == true)
        #expect(first.contains { $0.hasPrefix("二是深化新时代教育评价改革。") })
    }

    @Test func aFlatListOfDutiesHasNoCategories() throws {
        let scheme = try Self.flatScheme()
        #expect(scheme.isFlat)
        #expect(scheme.allPoints.count == 38)
        let findings = try Self.findings(scheme, data: "Examples/青溪区/data-2022.yml")
        #expect(findings.children.count == 38)
        #expect(findings.children.allSatisfy { $0.level == 2 })
        #expect(findings.children.last?.marker?.raw == "（三十八）")
    }

    @Test func unknownNumberingAndBothListsAreNamedAtTheirLine() throws {
        let bad = try Self.templateText(2023).replacingOccurrences(of: "\ntitle: ", with: "\npoint_numbering: 罗马\ntitle: ")
        do {
            _ = try SchemeTemplateLoader.load(text: bad, path: "模板.yml")
            Issue.record("未知的 point_numbering 应当被拒绝")
        } catch {
            #expect(error.description == "模板.yml:5:18: point_numbering“罗马”无法识别：可用的有“按类”、“连续”、“一是”")
        }
        let both = try Self.templateText(2023) + "points:\n  - id: Z1\n    title: 其他\n"
        do {
            _ = try SchemeTemplateLoader.load(text: both, path: "模板.yml")
            Issue.record("同时有 categories 和 points 的模板应当被拒绝")
        } catch {
            #expect(error.description.contains("“categories”与“points”只能二选一"))
        }
    }
}
