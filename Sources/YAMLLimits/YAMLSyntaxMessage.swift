import Yams

/// What went wrong in a YAML file, in Chinese: libYAML's English problem ("mapping values are not
/// allowed in this context") becomes what a clerk can act on (a missing space after a colon, a tab in
/// the indentation, an unclosed bracket). Used by every YAML reader: templates, district data and
/// `.reportkit.yml`.
public enum YAMLSyntaxMessage {
    /// The problem's position (1-based line, libYAML's column) and its Chinese description.
    public struct Located: Sendable {
        public var mark: Mark?
        public var detail: String
    }

    /// `subject` names the file in the reader's terms (`YAML 格式错误`, `配置文件`).
    public static func describe(_ error: YamlError, subject: String = "YAML 格式错误") -> Located {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Located(mark: mark, detail: "\(subject)：\(chinese(problem))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Located(mark: context.mark, detail: "键“\(duplicates.joined(separator: "、"))”重复出现")
        case .reader:
            return Located(mark: nil, detail: "无法读取：文件应为 UTF-8 编码的文本")
        default:
            return Located(mark: nil, detail: "\(subject)：请检查缩进、冒号和引号")
        }
    }

    /// libYAML's problems, by the words they start with, in Chinese.
    static let problems: [(String, String)] = [
        ("mapping values are not allowed", "这里不能出现“键: 值”：上一行可能缺少引号，或缩进不对"),
        ("did not find expected key", "缩进不一致：同一层的键应左对齐"),
        ("found character that cannot start any token", "这里的字符不能作为开头（如制表符、@ 或 `）：缩进请用空格，特殊字符请加引号"),
        ("found a tab character", "缩进中有制表符（Tab）：请改用空格"),
        ("could not find expected ':'", "缺少冒号“:”（冒号后要加一个空格）"),
        ("did not find expected node content", "缺少内容：冒号或列表符号“- ”后应有值"),
        ("did not find expected ',' or ']'", "方括号“[ ]”列表没有闭合：缺少“]”或逗号"),
        ("did not find expected ',' or '}'", "花括号“{ }”没有闭合：缺少“}”或逗号"),
        ("found unexpected end of stream", "文件在引号或括号中间结束：缺少闭合的引号或括号"),
        ("found unknown escape character", "双引号中的反斜杠“\\”不是有效的转义：请改用单引号或去掉反斜杠"),
        ("block sequence entries are not allowed", "这里不能开始“- ”列表：缩进可能不对"),
        ("did not find expected '-' indicator", "列表项缩进不一致：每项的“- ”应左对齐"),
        ("found undefined tag handle", "出现了未定义的标记（以 ! 开头）：文字中的 ! 请加引号"),
        ("did not find URI escaped octet", "标记中有无效的字符：文字中的 ! 或 % 请加引号"),
        ("found unexpected ':'", "这里的冒号不合规：冒号后要加一个空格，或把整段文字加上引号"),
        ("while scanning an alias", "别名（以 * 开头）无效：以 * 开头的文字请加引号"),
        ("while scanning an anchor", "锚点（以 & 开头）无效：以 & 开头的文字请加引号"),
    ]

    /// The Chinese for libYAML's `problem`; one not listed is described in general terms.
    public static func chinese(_ problem: String) -> String {
        problems.first { problem.hasPrefix($0.0) }?.1 ?? "请检查缩进、冒号和引号"
    }
}
