import ReportPluginKit

/// The district's Excel data form: its sheets and columns, shared by the form the drafter writes
/// (`DataFormBuilder`) and the reader of the filled file (`WorkbookDataLoader`), so that the two
/// cannot drift apart. Columns are 1-based, as a clerk counts them (A = 1).
enum DataFormLayout {
    // MARK: 报告信息: one labelled row per field.

    static let infoSheet = "报告信息"
    static let infoColumns = [
        DataEntryForm.Column("项目", kind: .reference, width: 22),
        DataEntryForm.Column("内容", kind: .longText, width: 90, hint: "按左列的项目填写；带“必填”的不能空着。多段文字在单元格内按 Alt+Enter 换行，每行一段。"),
    ]

    /// The rows of 报告信息, in order, with the label a clerk sees in column A.
    enum InfoField: String, CaseIterable {
        case district = "区县名称（必填）"
        case year = "报告年度（必填，如 2022）"
        case documentNumber = "发文字号"
        case kind = "文种（函或报告，不填为报告）"
        case title = "标题（不填则按方案生成）"
        case recipients = "主送机关"
        case issuer = "落款单位"
        case date = "成文日期"
        case targetHeader = "指标表“目标值”列表头"
        case actualHeader = "指标表“完成值”列表头"
        case selfCheck = "开展自查工作情况（每行一段）"

        /// What the label says before its first `（`: the name used in messages.
        var name: String { String(rawValue.prefix { $0 != "（" }) }
    }

    // MARK: 基本情况 and the figure columns of 评价要点.

    static let basicsSheet = "基本情况"
    /// The five columns of a figure (in 基本情况 from A, in 评价要点 from F).
    static func figureColumns(nameHeader: String) -> [DataEntryForm.Column] {
        [
            .init(nameHeader, kind: .text, width: 26, hint: "数据的名称，如“中小学在校学生”。"),
            .init("单位", kind: .text, width: 8, hint: "如 所、人、万元；构成项可不填，沿用所属项目的单位。"),
            .init("本年数", kind: .number, width: 12, hint: "只填数字。有构成项时可不填，由构成项相加得出。"),
            .init("上年数", kind: .number, width: 12, hint: "可不填；填了则算出比上年增减和增长率。"),
            .init("属于", kind: .text, width: 18, hint: "这一行是前面某一项的构成（“其中”）时，填那一项的名称；否则空着。"),
        ]
    }

    enum FigureColumn: Int, CaseIterable {
        case name = 0, unit, value, lastYear, parent
    }

    static let basicsColumns = figureColumns(nameHeader: "项目")
    static let basicsSpareRows = 20

    // MARK: 评价要点: one row per point; more figures of a point on the rows below it.

    static let pointsSheet = "评价要点"
    static let pointColumns: [DataEntryForm.Column] = [
        .init("编号", kind: .reference, width: 6),
        .init("评价内容", kind: .reference, width: 14),
        .init("评价要点", kind: .reference, width: 24),
        .init("关键词（提示）", kind: .reference, width: 18, hint: "方案中这一要点的关键词，供撰写时参考，不会写入报告。"),
        .init("工作情况", kind: .longText, width: 60, hint: "这一要点的工作情况，每行一段（单元格内按 Alt+Enter 换行）。空着的要点在草稿中写作【待填写】。"),
    ] + figureColumns(nameHeader: "数据项目")

    enum PointColumn: Int {
        case id = 1, category, title, keywords, text
        /// The first figure column (F).
        static let firstFigure = 6
    }

    // MARK: 指标: the appendix's indicator table.

    static let indicatorsSheet = "指标"
    static let indicatorColumns: [DataEntryForm.Column] = [
        .init("分类", kind: .text, width: 14, hint: "如“学前教育”；空着时沿用上一行的分类。"),
        .init("指标", kind: .text, width: 30),
        .init("属于", kind: .text, width: 16, hint: "这一行是前面某一指标的“其中”项时，填那一指标的名称；否则空着。"),
        .init("单位", kind: .text, width: 8, hint: "如 %、万人；“其中”项可不填，沿用所属指标的单位。"),
        .init("目标值", kind: .text, width: 12, hint: "数字，可带 > ≥ < ≤，如 ≥92。"),
        .init("目标年份", kind: .year, width: 10, hint: "目标值所对应的年份，如 2025。"),
        .init("完成值", kind: .number, width: 12, hint: "只填数字，不带单位。有“其中”项时可不填，由各项相加得出。"),
    ]

    enum IndicatorColumn: Int {
        case category = 1, name, parent, unit, target, targetYear, actual
    }

    static let indicatorSpareRows = 20

    // MARK: 成效问题措施: the titled items of 工作成效, 存在问题, 整改措施 and 反馈问题整改.

    static let titledSheet = "成效问题措施"
    static let titledColumns: [DataEntryForm.Column] = [
        .init("部分", kind: .text, width: 12, hint: "填 工作成效、存在问题、整改措施、反馈问题整改 之一；空着时沿用上一行。"),
        .init("小标题", kind: .text, width: 30),
        .init("正文", kind: .longText, width: 80, hint: "每行一段（单元格内按 Alt+Enter 换行）。"),
    ]

    enum TitledPart: String, CaseIterable {
        case achievements = "工作成效"
        case problems = "存在问题"
        case nextSteps = "整改措施"
        /// 上一轮反馈问题的整改情况 (a template's `rectification` part).
        case rectification = "反馈问题整改"
    }

    static let titledSpareRows = 12
}
