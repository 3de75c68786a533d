import ReportScheme

extension DraftingError {
    /// An error at a place in the data: its line and column in YAML, or its cell in a workbook
    /// (`填报表.xlsx: 工作表“指标”第7行D列：…`).
    public init(path: String, at location: DataLocation, detail: String) {
        if let cell = location.cellDescription {
            self.init(path: path, detail: "\(cell)：\(detail)")
        } else {
            self.init(path: path, line: location.line, column: location.column, detail: detail)
        }
    }
}
