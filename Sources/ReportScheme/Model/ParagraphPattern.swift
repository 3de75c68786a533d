/// A named Mustache pattern that turns data into a sentence, e.g.
/// `{{name}}{{value}}{{unit}}，比上年增长{{growth}}%`.
public struct ParagraphPattern: Hashable, Sendable, Codable {
    public var name: String
    /// The Mustache source as written in the template.
    public var template: String
    /// Where the pattern's text starts in the template file (1-based line and column).
    public var line: Int
    public var column: Int

    public init(name: String, template: String, line: Int = 0, column: Int = 0) {
        self.name = name
        self.template = template
        self.line = line
        self.column = column
    }
}
