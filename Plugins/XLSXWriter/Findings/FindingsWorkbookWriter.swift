import CXlsxWriter
import Foundation
import ReportPluginKit

/// A check's findings as an Excel list (`lint --export 检查结果.xlsx`, the page's 导出检查结果): a title
/// with the date and verdict, then one row per finding — 序号, 级别, 问题类别, 规则编号, 文件, 位置,
/// 原文, 说明, 修改建议 — with the header frozen and filtered, and A4 landscape printing that repeats
/// the header on every page. Written through libxlsxwriter, like the indicator appendix.
public struct FindingsWorkbookWriter: FindingsWriter {
    public let fileExtension = "xlsx"
    public let title = "Excel 问题清单"
    public let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static let sheetName = "检查结果"
    static let headers = ["序号", "级别", "问题类别", "规则编号", "文件", "位置", "原文", "说明", "修改建议"]
    static let widths: [Double] = [6, 6, 22, 24, 16, 26, 18, 60, 20]
    /// The header row (0-based); the title and the verdict are above it.
    static let headerRow = 2

    public init() {}

    public func write(_ findings: FindingsReport, to destination: URL) throws {
        try XLSXReportWriter.checkDestination(destination)
        let existed = FileManager.default.fileExists(atPath: destination.path)
        do {
            try LibraryMessages.silenced { () throws(WriterError) in try build(findings, to: destination.path) }
        } catch {
            if !existed { try? FileManager.default.removeItem(at: destination) }
            throw error
        }
    }

    private func build(_ findings: FindingsReport, to path: String) throws(WriterError) {
        // A long list streams its rows to disk as they are written, as the indicator appendix does: a
        // million findings then hold libxlsxwriter's one row, not a million rows of cells.
        let constantMemory = findings.rows.count > XLSXReportWriter.constantMemoryThreshold
        let workbook = try XlsxWorkbook(path: path, constantMemory: constantMemory)
        let formats = try WorkbookFormats(workbook: workbook)
        // Wrapped text with borders, top-aligned: a long message keeps its row readable in print.
        let cell = try workbook.addFormat { format in
            format_set_font_name(format, WorkbookFormats.fontName)
            format_set_font_size(format, WorkbookFormats.fontSize)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        }
        let sheet = try workbook.addWorksheet(named: Self.sheetName)
        let date = Self.chineseDate(findings.checked)
        let subject = findings.files.count == 1 ? "“\(findings.files[0])”" : "\(findings.files.count) 份草稿"
        let last = Self.headers.count - 1
        try sheet.merge("\(subject)检查结果（\(date)）", rows: 0...0, columns: 0...last, format: formats.title)
        let counts = Severity.allCases.map { severity in
            "\(severity.chineseName) \(findings.rows.filter { $0.severity == severity }.count)"
        }.joined(separator: "，")
        try sheet.merge("结论：\(findings.verdict)；\(counts)。由 reportkit 检查生成。", rows: 1...1, columns: 0...last, format: formats.notesText)
        for (column, header) in Self.headers.enumerated() {
            try sheet.write(header, row: Self.headerRow, column: column, format: formats.header)
            try sheet.setColumns(column...column, width: Self.widths[column])
        }
        for (index, finding) in findings.rows.enumerated() {
            let row = Self.headerRow + 1 + index
            try sheet.write(Double(index + 1), row: row, column: 0, format: formats.status)
            let cells = [finding.severity.chineseName, finding.ruleTitle, finding.ruleID, finding.file, finding.location,
                         finding.quote, finding.message, finding.fix ?? ""]
            for (offset, text) in cells.enumerated() {
                try sheet.write(text, row: row, column: offset + 1, format: offset == 0 ? formats.status : cell)
            }
        }
        sheet.freezeRows(above: Self.headerRow + 1)
        if !findings.rows.isEmpty {
            try sheet.autofilter(rows: Self.headerRow...(Self.headerRow + findings.rows.count), columns: 0...last)
        }
        try sheet.preparePrinting(repeating: Self.headerRow...Self.headerRow)
        try workbook.setProperties(
            title: "\(subject)检查结果", subject: "区县人民政府履行教育职责自查自评报告草稿检查", author: "reportkit",
            company: "", comments: "reportkit lint --export", created: time_t(findings.checked.timeIntervalSince1970))
        try workbook.close()
    }

    /// `2026年12月5日`, in China's time zone.
    static func chineseDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year ?? 0)年\(parts.month ?? 0)月\(parts.day ?? 0)日"
    }
}
