import ReportModel
import ReportPluginKit
import ReportScheme
import Testing

/// The one way rules receive the scheme: `context.scheme(for:)` gives the attached scheme, else the
/// one the rule's own options describe, else nothing.
struct SchemeContextTests {
    static let attached = EvaluationScheme(
        city: "重庆市", year: 2023, title: "2023年对区县人民政府履行教育职责评价方案", issuer: "重庆市教育委员会",
        documentNumber: "渝教函〔2023〕464号",
        categories: [SchemeCategory(id: "A", title: "落实教育优先发展", points: [EvaluationPoint(id: "A1", title: "落实教育投入保障机制")])])

    static let options: [String: RuleOptions] = [
        "scheme.point-missing": RuleOptions(["points": .list(["甲要点", "乙要点"])]),
        "scheme.citation": RuleOptions(["title": .string("某方案"), "document_number": .string("某〔2024〕1号")]),
    ]

    @Test func theAttachedSchemeComesFirst() {
        let context = RuleContext(scheme: Self.attached, ruleOptions: Self.options)
        #expect(context.scheme(for: "scheme.point-missing") == Self.attached)
        #expect(context.scheme(for: "scheme.citation") == Self.attached)
        var attachedLater = RuleContext(ruleOptions: Self.options)
        attachedLater.attach(Self.attached)
        #expect(attachedLater.scheme(for: "scheme.citation") == Self.attached)
        // What the server hands the engine is what `attach` puts into a context.
        #expect(Self.attached.ruleExtensions.keys.sorted() == attachedLater.extensions.keys.sorted())
    }

    @Test func withoutOneTheRulesOptionsDescribeIt() throws {
        let context = RuleContext(ruleOptions: Self.options)
        let points = try #require(context.scheme(for: "scheme.point-missing"))
        #expect(points.allPoints.map(\.point.id) == ["P1", "P2"])
        #expect(points.allPoints.map(\.point.title) == ["甲要点", "乙要点"])
        #expect(points.title.isEmpty)
        let cited = try #require(context.scheme(for: "scheme.citation"))
        #expect(cited.title == "某方案" && cited.documentNumber == "某〔2024〕1号" && cited.categories.isEmpty)
        #expect(context.scheme(for: "scheme.order") == nil)
        #expect(RuleContext().scheme(for: "scheme.point-missing") == nil)
    }
}
