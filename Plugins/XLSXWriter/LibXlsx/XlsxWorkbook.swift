import CXlsxWriter
import Foundation
import ReportPluginKit

/// A cell format created once per workbook and shared by every cell that uses it.
typealias XlsxFormat = UnsafeMutablePointer<lxw_format>

/// One libxlsxwriter workbook and everything created in it, owned by a single writer call.
///
/// libxlsxwriter is not thread-safe, so a workbook never leaves the call that made it: the class is
/// deliberately not `Sendable`. Nothing reaches the disk before `close()`; a workbook dropped without
/// `close()` (because an error was thrown) is freed without writing any file.
final class XlsxWorkbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// Whether rows are streamed to disk one by one (libxlsxwriter's constant-memory mode).
    let constantMemory: Bool

    /// Prepares a workbook for `path`; the file itself is only created by `close()`.
    init(path: String, constantMemory: Bool) throws(WriterError) {
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.tmpdir = nil
        options.use_zip64 = 0
        let created = LibraryMessages.silenced { path.withCString { workbook_new_opt($0, &options) } }
        guard let created else {
            throw WriterError("生成 XLSX 附表时创建工作簿失败：内存不足或文件名无效（\(path)）")
        }
        handle = created
        self.constantMemory = constantMemory
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    private func workbook(_ operation: String) throws(WriterError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw WriterError("生成 XLSX 附表时\(operation)失败：工作簿已经关闭") }
        return handle
    }

    /// Adds a worksheet; `name` must already be a valid, unused sheet name (see `SheetNames`).
    func addWorksheet(named name: String) throws(WriterError) -> XlsxWorksheet {
        let workbook = try workbook("添加工作表“\(name)”")
        let name = WorkbookText.clean(name)
        let validation = name.withCString { workbook_validate_sheet_name(workbook, $0) }
        try XlsxFailure.check(validation, "添加工作表“\(name)”")
        let added = LibraryMessages.silenced { name.withCString { workbook_add_worksheet(workbook, $0) } }
        guard let sheet = added else {
            throw WriterError("生成 XLSX 附表时添加工作表“\(name)”失败：名称无效或内存不足")
        }
        return XlsxWorksheet(sheet, name: name)
    }

    /// Creates a format and lets `configure` set its properties.
    func addFormat(_ configure: (XlsxFormat) -> Void) throws(WriterError) -> XlsxFormat {
        let workbook = try workbook("创建单元格格式")
        guard let format = workbook_add_format(workbook) else {
            throw WriterError("生成 XLSX 附表时创建单元格格式失败：内存不足")
        }
        configure(format)
        return format
    }

    /// Sets the document properties shown in Excel's 信息/属性 pane; `created` fixes the creation time so
    /// that the same report always gives the same bytes.
    func setProperties(
        title: String, subject: String, author: String, company: String, comments: String, created: time_t
    ) throws(WriterError) {
        let workbook = try workbook("设置文档属性")
        let strings = [title, subject, author, company, comments].map { string in
            WorkbookText.clean(string).withCString { strdup($0) }
        }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.subject = strings[1]
        properties.author = strings[2]
        properties.company = strings[3]
        properties.comments = strings[4]
        properties.created = created
        try XlsxFailure.check(workbook_set_properties(workbook, &properties), "设置文档属性")
    }

    /// Writes the file. libxlsxwriter only opens the destination here, so an unwritable path is reported
    /// by this call; the workbook is freed either way.
    func close() throws(WriterError) {
        let workbook = try workbook("保存文件")
        handle = nil
        try XlsxFailure.check(LibraryMessages.silenced { workbook_close(workbook) }, "保存文件")
    }
}
