import MarkdownWriter
import PlainTextWriter
import ReportModel
import ReportReading

/// The two text writers under test, with the reader format that reads their output back.
enum RenderTarget: String, CaseIterable, Sendable {
    case markdown, text

    var fileExtension: String {
        switch self {
        case .markdown: MarkdownWriter().fileExtension
        case .text: PlainTextWriter().fileExtension
        }
    }

    var inputFormat: InputFormat {
        switch self {
        case .markdown: .markdown
        case .text: .text
        }
    }

    func render(_ report: Report) -> String {
        switch self {
        case .markdown: MarkdownWriter().render(report)
        case .text: PlainTextWriter().render(report)
        }
    }

    /// Renders `report` and reads the output back as a draft of this format.
    func roundTrip(_ report: Report) -> (output: String, reread: Report) {
        let output = render(report)
        let reread = ReportReader.read(text: output, path: "rendered." + fileExtension, format: inputFormat).report
        return (output, reread)
    }
}
