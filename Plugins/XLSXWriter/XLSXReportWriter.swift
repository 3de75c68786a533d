import Foundation
import ReportModel
import ReportPluginKit

/// The XLSX indicator appendix (`--to xlsx`): one worksheet per indicator table plus a `说明` sheet,
/// written through libxlsxwriter.
///
/// A report without indicator tables is refused with a `WriterError` (the CLI exits 2) rather than
/// producing a workbook with nothing in it. Tables of more than `constantMemoryThreshold` rows in total
/// switch libxlsxwriter to constant-memory mode, where 分类 is repeated on every row instead of merged.
public struct XLSXReportWriter: ReportWriter {
    public let id = "xlsx"
    public let fileExtension = "xlsx"
    public let title = "Excel 指标附表"
    public let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    public let label = "指标附表"
    public let fileNameSuffix = "-指标附表"
    public let needsIndicatorTables = true
    /// More indicator rows than this (all tables together) are streamed in constant-memory mode.
    public static let constantMemoryThreshold = 10_000

    public init() {}

    public func write(_ report: Report, to destination: URL, options: WriterOptions) throws {
        guard !report.indicatorTables.isEmpty else {
            let file = report.path.isEmpty ? "" : "\(report.path)："
            throw WriterError("\(file)报告中没有指标表，无法生成 XLSX 附表（附表只收录含“指标”“目标值”“完成值”列的表格）")
        }
        try Self.checkDestination(destination)
        let existed = FileManager.default.fileExists(atPath: destination.path)
        do {
            try WorkbookBuilder(report: report, options: options).write(to: destination.path)
        } catch {
            // libxlsxwriter may leave a truncated file when it fails while closing.
            if !existed { try? FileManager.default.removeItem(at: destination) }
            throw error
        }
    }
}

extension XLSXReportWriter {
    /// Refuses a destination libxlsxwriter could not create, before any work is done. libxlsxwriter
    /// would only notice in `workbook_close` (which is checked as well, for a full disk and the like)
    /// and would print an English line to stderr besides.
    static func checkDestination(_ destination: URL) throws(WriterError) {
        let path = destination.path
        let folder = destination.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriterError("无法创建输出文件“\(path)”：文件夹“\(folder)”不存在")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriterError("无法创建输出文件“\(path)”：这是一个文件夹")
        }
        guard access(folder, W_OK) == 0 else {
            throw WriterError("无法创建输出文件“\(path)”：没有写入文件夹“\(folder)”的权限")
        }
    }
}
