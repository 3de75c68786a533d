/// One piece of document work the server hands to a `JobRunner`: what to do with an upload.
///
/// A job travels to a child process as command-line arguments (`arguments` / `init(arguments:)`),
/// so it holds only short, already validated values; the upload itself goes on the child's stdin.
public struct Job: Sendable, Equatable {
    /// The API operations that read a document.
    public enum Operation: String, Sendable, CaseIterable {
        case parse, lint, analyze, render, fix
        /// A Word draft with the findings as comments (批注), or with the fixes as tracked changes (修订).
        case annotate, revise
        /// The findings as a list to hand round (`草稿-检查结果.xlsx`).
        case export
    }

    public var operation: Operation
    /// The upload's file name, which chooses its format (`草稿.docx`).
    public var name: String
    /// The evaluation scheme id (`chongqing/2023`), already known to the server, or nil.
    public var scheme: String?
    /// The writer id for `render`.
    public var writer: String?

    public init(operation: Operation, name: String, scheme: String? = nil, writer: String? = nil) {
        self.operation = operation
        self.name = name
        self.scheme = scheme
        self.writer = writer
    }

    /// The job as `--operation … --name … [--scheme …] [--to …]` arguments.
    public var arguments: [String] {
        var arguments = ["--operation", operation.rawValue, "--name", name]
        if let scheme { arguments += ["--scheme", scheme] }
        if let writer { arguments += ["--to", writer] }
        return arguments
    }
}
