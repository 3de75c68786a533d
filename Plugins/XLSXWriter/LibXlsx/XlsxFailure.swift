import CXlsxWriter
import ReportPluginKit

/// Turns libxlsxwriter's `lxw_error` codes into `WriterError`s with a Chinese message.
///
/// Every call into libxlsxwriter that returns an `lxw_error` goes through `check(_:_:)`, so that no error
/// code is silently dropped; the message names what was being done and why it failed.
enum XlsxFailure {
    /// Throws when `code` is not `LXW_NO_ERROR`. `operation` says, in Chinese, what was being done.
    static func check(_ code: lxw_error, _ operation: @autoclosure () -> String) throws(WriterError) {
        guard code != LXW_NO_ERROR else { return }
        throw error(code, operation())
    }

    /// The error for a failed operation.
    static func error(_ code: lxw_error, _ operation: String) -> WriterError {
        WriterError("生成 XLSX 附表时\(operation)失败：\(reason(code))（libxlsxwriter 错误 \(code.rawValue)）")
    }

    /// A Chinese explanation of an `lxw_error`.
    static func reason(_ code: lxw_error) -> String {
        switch code {
        case LXW_ERROR_MEMORY_MALLOC_FAILED: "内存不足"
        case LXW_ERROR_CREATING_XLSX_FILE: "无法创建输出文件（文件夹不存在或没有写入权限）"
        case LXW_ERROR_CREATING_TMPFILE: "无法创建临时文件（临时文件夹不可写或磁盘已满）"
        case LXW_ERROR_READING_TMPFILE: "无法读取临时文件"
        case LXW_ERROR_ZIP_FILE_OPERATION: "写入压缩包时出错（磁盘已满或没有写入权限）"
        case LXW_ERROR_ZIP_PARAMETER_ERROR: "压缩包参数错误"
        case LXW_ERROR_ZIP_BAD_ZIP_FILE: "压缩包已损坏"
        case LXW_ERROR_ZIP_INTERNAL_ERROR: "压缩库内部错误"
        case LXW_ERROR_ZIP_FILE_ADD: "无法向压缩包添加文件（磁盘可能已满）"
        case LXW_ERROR_ZIP_CLOSE: "无法完成压缩包（磁盘可能已满）"
        case LXW_ERROR_FEATURE_NOT_SUPPORTED: "此版本的 libxlsxwriter 不支持该功能"
        case LXW_ERROR_NULL_PARAMETER_IGNORED: "缺少必需的参数"
        case LXW_ERROR_PARAMETER_VALIDATION: "参数不合法"
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: "工作表名称超过 31 个字符"
        case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: "工作表名称含有不允许的字符 [ ] : * ? / \\"
        case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE: "工作表名称不能以单引号开头或结尾"
        case LXW_ERROR_SHEETNAME_ALREADY_USED: "工作表名称重复"
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: "文字超过 32 个字符的限制"
        case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: "文字超过 128 个字符的限制"
        case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: "文字超过 255 个字符的限制"
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: "单元格文字超过 Excel 允许的 32767 个字符"
        case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND: "共享字符串表出错"
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: "行号或列号超出 Excel 工作表的范围（最多 1048576 行）"
        case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: "链接地址过长"
        case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: "链接数量过多"
        case LXW_ERROR_IMAGE_DIMENSIONS: "图片尺寸无法读取"
        default: "未知错误"
        }
    }
}
