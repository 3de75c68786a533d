import ReportModel

extension JSONWriter {
    /// The names a findings format gives the four numbers of a source range.
    struct RangeKeys {
        var startLine: StaticString, startColumn: StaticString, endLine: StaticString, endColumn: StaticString

        /// `lint --format json`: `line`, `column`, `endLine`, `endColumn`.
        static let lint = RangeKeys(startLine: "line", startColumn: "column", endLine: "endLine", endColumn: "endColumn")
        /// A SARIF region: `startLine`, `startColumn`, `endLine`, `endColumn`.
        static let sarif = RangeKeys(startLine: "startLine", startColumn: "startColumn", endLine: "endLine", endColumn: "endColumn")
    }

    /// The range's start and end as members of the object being written, under `keys`.
    mutating func members(of range: SourceRange, _ keys: RangeKeys) {
        key(ascii: keys.startLine)
        int(range.start.line)
        key(ascii: keys.startColumn)
        int(range.start.column)
        key(ascii: keys.endLine)
        int(range.end.line)
        key(ascii: keys.endColumn)
        int(range.end.column)
    }
}
