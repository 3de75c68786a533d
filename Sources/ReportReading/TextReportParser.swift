import ReportModel

/// Builds a `Report` from the lines of a plain-text or Markdown draft.
struct TextReportParser {
    let lines: [String]
    let path: String
    let markdown: Bool

    func parse() -> Report {
        Report(path: path)
    }
}
