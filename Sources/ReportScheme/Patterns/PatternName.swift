/// The sentence patterns a template must define, and what each one writes.
public enum PatternName: String, CaseIterable, Sendable {
    /// The report's title: `{{district}}人民政府{{year}}年履行教育职责自评报告`.
    case title
    /// The opening paragraph before the first part.
    case opening
    /// The 基本情况 paragraph, from the base figures (`{{#figures}}…{{/figures}}`).
    case basicInfo = "basic_info"
    /// One plain figure: `{{name}}{{value}}{{unit}}`.
    case figure
    /// A total with its parts: `{{name}}{{total}}{{unit}}，其中{{#parts}}…{{/parts}}`.
    case figureParts = "figure_parts"
    /// A figure compared with last year: `…比上年{{#increased}}增长{{/increased}}…{{rate}}%`.
    case figureGrowth = "figure_growth"
    /// A rate or share compared with last year, in percentage points: `…比上年提高{{change}}个百分点`.
    case figurePoints = "figure_points"
    /// A figure the same as last year: `{{name}}{{value}}{{unit}}，与上年持平`.
    case figureUnchanged = "figure_unchanged"

    /// What the pattern is for, in Chinese, for messages.
    public var purpose: String {
        switch self {
        case .title: "报告标题"
        case .opening: "开头段落"
        case .basicInfo: "基本情况段落"
        case .figure: "单个数据"
        case .figureParts: "总数及其构成"
        case .figureGrowth: "与上年比较的增长情况"
        case .figurePoints: "比率与上年比较的百分点变化"
        case .figureUnchanged: "与上年持平"
        }
    }

    /// The pattern used when a template does not define this one (patterns added after templates
    /// were written); nil when every template must define it.
    public var defaultTemplate: String? {
        switch self {
        case .figurePoints:
            "{{name}}{{value}}{{unit}}，比上年{{#increased}}提高{{/increased}}{{#decreased}}下降{{/decreased}}{{change}}个百分点"
        case .figureUnchanged: "{{name}}{{value}}{{unit}}，与上年持平"
        default: nil
        }
    }

    /// Values every pattern may use.
    static let commonVariables: Set<String> = [
        "district", "year", "city", "scheme_year", "scheme_title", "issuer", "scheme_issuer",
        "scheme_document_number", "is_letter", "is_report",
    ]

    /// The variables this pattern may name (including those inside its lists' sections).
    public var variables: Set<String> {
        let own: Set<String> = switch self {
        case .title, .opening: []
        case .basicInfo: ["figures", "text", "first", "last"]
        case .figure: ["name", "value", "unit"]
        case .figureParts: ["name", "total", "value", "unit", "parts", "first", "last"]
        case .figureGrowth: ["name", "value", "previous", "unit", "change", "rate", "increased", "decreased"]
        case .figurePoints: ["name", "value", "previous", "unit", "change", "increased", "decreased"]
        case .figureUnchanged: ["name", "value", "previous", "unit"]
        }
        return own.union(Self.commonVariables)
    }
}
