import ReportModel
import ReportPluginKit
import ReportScheme

/// `scheme.citation`: where the report cites its evaluation scheme (a title in 《》 naming the
/// scheme, and the document number in brackets after it), both must be the scheme's own.
public struct SchemeCitationRule: ReportRule {
    static func titleMessage(written: String, expected: String, difference: String) -> String {
        "引用的评价方案名称与方案原文不符（\(difference)）：应为《\(expected)》"
    }
    static func issuerMessage(written: String, expected: String) -> String {
        "引用的评价方案发文机关“\(written)”与方案不符：应为“\(expected)”"
    }
    static func numberMessage(written: String, expected: String) -> String {
        "引用的评价方案文号“\(written)”与方案不符：应为“\(expected)”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "scheme.citation",
        title: "引用的评价方案名称或文号有误",
        rationale: """
            自评报告开头要写明依据的评价方案。方案名称漏字、文号写错，审核人员会认为报告没有对照方案逐项自查。\
            已知评价方案时（lint --scheme、配置中的 scheme:，或本规则的 title、document_number 选项），\
            报告中书名号内的方案名称和紧随其后的文号必须与方案一致。
            """,
        defaultSeverity: .error, isFixable: true,
        triggeringExamples: [
            RuleExample("根据《↓重庆市2023年区县人民政府履行教育职责评价方案》（↓渝教函〔2023〕46号）要求开展自查。\n",
                        options: Self.exampleOptions),
            RuleExample("按照《↓重庆市教育委员会关于印送↓2023年对区县人民政府履行教育职责评价办法的函》要求开展自查。\n",
                        options: Self.exampleOptions),
        ],
        nonTriggeringExamples: [
            RuleExample("根据《重庆市2023年对区县人民政府履行教育职责评价方案》（渝教函〔2023〕464号）要求开展自查。\n",
                        options: Self.exampleOptions),
            RuleExample("对照《2023年对区县人民政府履行教育职责评价方案》，学习《中华人民共和国教育法》。\n",
                        options: Self.exampleOptions),
            RuleExample("""
                按照《重庆市教育委员会重庆市人民政府教育督导室关于印送2023年对区县人民政府履行教育职责评价方案的函》\
                （渝教函〔2023〕464号）要求开展自查。

                """, options: Self.exampleOptions),
        ],
        corrections: [
            RuleCorrection("根据《重庆市2023年区县人民政府履行教育职责评价方案》（渝教函〔2023〕46号）要求开展自查。\n",
                           "根据《重庆市2023年对区县人民政府履行教育职责评价方案》（渝教函〔2023〕464号）要求开展自查。\n"),
        ])

    static let exampleOptions = RuleOptions([
        "city": .string("重庆市"), "title": .string("2023年对区县人民政府履行教育职责评价方案"),
        "document_number": .string("渝教函〔2023〕464号"), "issuer": .string("重庆市教育委员会、重庆市人民政府教育督导室"),
    ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let scheme = context.scheme(for: metadata.id), !scheme.title.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        report.forEachTextSpan { span in
            guard span.text.contains("《") else { return }
            for citation in SchemeCitation.all(in: span.text) where citation.names(scheme) {
                diagnostics += check(citation, of: scheme, in: span)
            }
        }
        return diagnostics
    }

    private func check(_ citation: SchemeCitation, of scheme: EvaluationScheme, in span: TextSpan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let part = citation.schemePart
        let written = String(Array(citation.title)[part])
        let accepted = [scheme.title, scheme.city + scheme.title]
        if !accepted.contains(written) {
            let expected = written.hasPrefix(scheme.city) && !scheme.city.isEmpty ? scheme.city + scheme.title : scheme.title
            let characters = (citation.titleCharacters.lowerBound + part.lowerBound)..<(citation.titleCharacters.lowerBound + part.upperBound)
            let range = span.range(ofCharacters: characters)
            diagnostics.append(metadata.diagnostic(
                Self.titleMessage(written: written, expected: expected,
                                  difference: TextDifference.describe(written, expected)),
                at: range, fix: Fix(range: range, replacement: expected)))
        }
        if let issuer = citation.issuer, !scheme.issuer.isEmpty,
           TitleSimilarity.normalized(issuer.text) != TitleSimilarity.normalized(scheme.issuer) {
            let characters = (citation.titleCharacters.lowerBound + issuer.characters.lowerBound)..<(citation.titleCharacters.lowerBound + issuer.characters.upperBound)
            diagnostics.append(metadata.diagnostic(
                Self.issuerMessage(written: issuer.text, expected: scheme.issuer), at: span.range(ofCharacters: characters)))
        }
        if let number = citation.number, let expectedNumber = scheme.documentNumber, number != expectedNumber,
           let characters = citation.numberCharacters {
            let range = span.range(ofCharacters: characters)
            diagnostics.append(metadata.diagnostic(
                Self.numberMessage(written: number, expected: expectedNumber), at: range,
                fix: Fix(range: range, replacement: expectedNumber)))
        }
        return diagnostics
    }
}
