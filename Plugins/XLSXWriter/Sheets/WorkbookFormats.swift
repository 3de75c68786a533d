import CXlsxWriter
import ReportPluginKit

/// Every cell format of the workbook, each created once and shared by all cells that use it.
///
/// Formats that look alike are one object (see `status`). All formats use 宋体 (SimSun), the usual font of government spreadsheets; number formats are made on
/// first use, one per `NumberStyle`, and cached.
final class WorkbookFormats {
    static let fontName = "宋体"
    static let fontSize = 11.0

    let title: XlsxFormat
    let header: XlsxFormat
    let category: XlsxFormat
    let name: XlsxFormat
    let indentedName: XlsxFormat
    let unit: XlsxFormat
    let text: XlsxFormat
    let status: XlsxFormat
    let notesLabel: XlsxFormat
    let notesText: XlsxFormat
    /// The light red fill of unmet targets, applied by a conditional format.
    let unmet: XlsxFormat

    private let workbook: XlsxWorkbook
    private var numbers = [XlsxFormat?](repeating: nil, count: NumberStyle.slotCount)

    init(workbook: XlsxWorkbook) throws(WriterError) {
        self.workbook = workbook
        title = try workbook.addFormat { format in
            Self.base(format, border: false)
            format_set_bold(format)
            format_set_font_size(format, 16)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        }
        header = try workbook.addFormat { format in
            Self.base(format)
            format_set_bold(format)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_bg_color(format, 0xD9D9D9)
        }
        category = try workbook.addFormat { format in
            Self.base(format)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        }
        name = try workbook.addFormat { Self.base($0) }
        indentedName = try workbook.addFormat { format in
            Self.base(format)
            format_set_indent(format, 1)
        }
        unit = try workbook.addFormat { format in
            Self.base(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        }
        text = try workbook.addFormat { format in
            Self.base(format)
            format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        // The same look as a unit cell, so the same format object: libxlsxwriter keeps the style index
        // only on the first format with given properties and hashes a second, identical one again at
        // every cell it formats (8 % of writing a 100k-row appendix).
        status = unit
        notesLabel = try workbook.addFormat { format in
            Self.base(format, border: false)
            format_set_bold(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        notesText = try workbook.addFormat { format in
            Self.base(format, border: false)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        unmet = try workbook.addFormat { format in
            format_set_font_name(format, Self.fontName)
            format_set_bg_color(format, 0xFFC7CE)
            format_set_font_color(format, 0x9C0006)
        }
    }

    /// The number format for `style`, created the first time it is asked for.
    func number(_ style: NumberStyle) throws(WriterError) -> XlsxFormat {
        let slot = style.slot
        if let format = numbers[slot] { return format }
        let excelFormat = style.excelFormat
        let format = try workbook.addFormat { format in
            Self.base(format)
            excelFormat.withCString { format_set_num_format(format, $0) }
        }
        numbers[slot] = format
        return format
    }

    /// 宋体, vertically centred, with thin borders for table cells.
    private static func base(_ format: XlsxFormat, border: Bool = true) {
        format_set_font_name(format, fontName)
        format_set_font_size(format, fontSize)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    }
}
