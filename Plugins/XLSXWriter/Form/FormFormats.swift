import CXlsxWriter
import ReportPluginKit

/// The cell formats of a data-entry workbook: locked ones for what the form gives, unlocked ones for
/// what the district fills in, numbers shown with the digits they were written with.
final class FormFormats {
    let header: XlsxFormat
    let reference: XlsxFormat
    let entryText: XlsxFormat
    let entryLongText: XlsxFormat
    let entryNumber: XlsxFormat
    let result: XlsxFormat
    private var numbers: [Int: XlsxFormat] = [:]
    private let workbook: XlsxWorkbook

    init(workbook: XlsxWorkbook) throws(WriterError) {
        self.workbook = workbook
        header = try workbook.addFormat { format in
            Self.base(format)
            format_set_bold(format)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_bg_color(format, 0xD9D9D9)
        }
        reference = try workbook.addFormat { format in
            Self.base(format)
            format_set_text_wrap(format)
            format_set_bg_color(format, 0xF2F2F2)
        }
        entryText = try workbook.addFormat { format in
            Self.base(format)
            format_set_unlocked(format)
            format_set_text_wrap(format)
        }
        entryLongText = try workbook.addFormat { format in
            Self.base(format)
            format_set_unlocked(format)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        entryNumber = try workbook.addFormat { format in
            Self.base(format)
            format_set_unlocked(format)
        }
        result = try workbook.addFormat { format in
            Self.base(format)
            format_set_text_wrap(format)
        }
    }

    /// The entry format of a number shown with `digits` digits after the point.
    func number(digits: Int) throws(WriterError) -> XlsxFormat {
        guard digits > 0 else { return entryNumber }
        let digits = min(digits, 15)
        if let format = numbers[digits] { return format }
        let code = "0." + String(repeating: "0", count: digits)
        let format = try workbook.addFormat { format in
            Self.base(format)
            format_set_unlocked(format)
            code.withCString { format_set_num_format(format, $0) }
        }
        numbers[digits] = format
        return format
    }

    private static func base(_ format: XlsxFormat) {
        format_set_font_name(format, WorkbookFormats.fontName)
        format_set_font_size(format, WorkbookFormats.fontSize)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
    }
}
