/// The kinds of draft the readers accept.
public enum InputFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case docx

    /// The format a file's extension names, or nil for an extension no reader knows.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        default: return nil
        }
    }
}
