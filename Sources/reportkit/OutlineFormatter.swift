import ReportModel
import ReportReading

/// Prints the report as a person checks it: metadata, each section's marker, title, role and line,
/// and each indicator table with its rows.
enum OutlineFormatter {
    /// Text gathered before it is handed on: a table of a million rows leaves in pieces of about
    /// 64 KB rather than as one string of 70 MB.
    static let chunkSize = 64 * 1024

    /// Hands the outline to `emit` in chunks of about `chunkSize` bytes, in order.
    /// `locator` says where a Word document's lines are (第5段, 表1第2行, 脚注1); text drafts give 第N行.
    static func write(_ report: Report, locator: ParagraphLocator? = nil, to emit: (String) -> Void) {
        var out = ""
        out.reserveCapacity(chunkSize + 1024)
        func flushIfFull() {
            guard out.utf8.count >= chunkSize else { return }
            emit(out)
            out.removeAll(keepingCapacity: true)
        }
        let place = Place(locator: locator)
        let metadata = report.metadata
        let fields: [(String, MetadataField?)] = [
            ("发文字号", metadata.documentNumber), ("标题", metadata.title), ("主送机关", metadata.recipients),
            ("发文机关", metadata.issuer), ("成文日期", metadata.date),
        ]
        for (name, field) in fields {
            if let field { out += "\(name)：\(field.text)（\(place[field.range.start.line])）\n" }
        }
        if let district = metadata.district { out += "区县：\(district)\n" }
        if let year = metadata.year { out += "年度：\(year)\n" }
        if !report.preamble.isEmpty { out += "开头：\(report.preamble.count)段\n" }
        if report.sections.isEmpty { out += "（未识别出任何编号标题）\n" }
        for section in report.sections {
            write(section, into: &out, place: place)
            flushIfFull()
        }
        for (number, table) in report.indicatorTables.enumerated() {
            out += "\n指标表\(number + 1)（\(place[table.line])）：目标列“\(table.targetHeader)”，完成列“\(table.actualHeader)”\n"
            for index in table.indicators.indices {
                write(table.indicators[index], into: &out, place: place)
                flushIfFull()
            }
        }
        emit(out)
    }

    /// `  [分类] 名称（单位）  目标 …  完成 …  （第N行）`, appended piece by piece.
    private static func write(_ indicator: Indicator, into out: inout String, place: Place) {
        out += indicator.parent == nil ? "  " : "    其中 "
        if let category = indicator.category {
            out += "["
            out += category
            out += "] "
        }
        out += indicator.name
        if let unit = indicator.unit {
            out += "（"
            out += unit
            out += "）"
        }
        out += "  目标 "
        out += indicator.targetText
        out += "  完成 "
        out += indicator.actualText
        out += "  （"
        out += place[indicator.line]
        out += "）\n"
    }

    /// A line's place: `第12行`, or in a Word document `第12段`, `表1第2行`.
    private struct Place {
        var locator: ParagraphLocator?

        subscript(line: Int) -> String {
            guard var location = locator?.location(of: SourcePosition(line: line, column: 1)) else { return "第\(line)行" }
            location.cell = nil
            return location.place
        }
    }

    private static func write(_ section: Section, into out: inout String, place: Place) {
        let indent = String(repeating: "  ", count: section.level - 1)
        let marker = section.marker?.raw ?? ""
        let role = section.role == .other ? "" : "  [\(section.role.chineseName)]"
        var blocks = ""
        let items = section.blocks.filter { if case .item = $0 { true } else { false } }.count
        if items > 0 { blocks = "  （\(items)项“一是…”）" }
        out += "\(indent)\(marker)\(section.title)\(role)\(blocks)  （\(place[section.line])）\n"
        for child in section.children { write(child, into: &out, place: place) }
    }
}
