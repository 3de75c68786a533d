import Foundation
import PropertyBased
import ReportModel
import Testing
import TestSupport
@testable import WordingRules

/// A random catalogue form, mistyped at a random interior position, placed at a random point of a
/// random paragraph of a real report, is found exactly there.
struct FormulationPropertyTests {
    static let paragraphs: [String] = {
        guard Seeds.available else { return [] }
        return ["001", "002", "004"].flatMap { prefix in
            ((try? Seeds.text(prefix)) ?? "").split(separator: "\n").map(String.init)
                .filter { $0.count >= 30 && $0.count <= 400 && !$0.contains("\t") }
        }
    }()

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func aMistypedFormInsideARealParagraphIsFoundWhereItWasPut() async {
        let forms = nearMissForms
        await propertyCheck(
            count: 200, input: Gen.int(in: 0...(forms.count - 1)), Gen.int(in: 0...2), Gen.int(in: 1...30),
            Gen.int(in: 0...(Self.paragraphs.count - 1)), Gen.int(in: 0...1000)
        ) { formIndex, mutationIndex, position, paragraphIndex, cut in
            let form = forms[formIndex]
            let mutation = Mutation.allCases[mutationIndex]
            guard let written = mutation.apply(to: form, at: 1 + position % max(1, form.count - 2)) else { return }
            let paragraph = Array(Self.paragraphs[paragraphIndex])
            // Cut the paragraph after a punctuation mark so the form starts a clause.
            let marks = paragraph.indices.filter { "，。；：、".contains(paragraph[$0]) }
            let at = marks.isEmpty ? 0 : marks[cut % marks.count] + 1
            let text = "　　" + String(paragraph[..<at]) + written + String(paragraph[at...]) + "\n"
            let found = findings(FormulationRule(), in: text).filter { $0.fix?.replacement == form }
            #expect(found.count == 1, "\(written) in \(text)")
            #expect(found.first?.range.start.column == 3 + at, "\(written) in \(text)")
        }
    }
}
