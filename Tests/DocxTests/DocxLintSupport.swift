import Foundation
import TestSupport

/// Runs `reportkit lint --format json` (and `render`) on a `.docx` built in a test, as a user runs it,
/// in a temporary folder removed afterwards.
enum DocxLintSupport {
    struct Fix: Decodable, Equatable {
        var line: Int
        var column: Int
        var endLine: Int?
        var endColumn: Int?
        var offset: Int?
        var endOffset: Int?
        var replacement: String
    }

    struct Finding: Decodable {
        var rule: String
        var severity: String
        var line: Int
        var column: Int
        var endLine: Int?
        var endColumn: Int?
        var paragraph: Int?
        var paragraphIndex: Int?
        var softLine: Int?
        var note: String?
        var location: String?
        var message: String
        var fix: Fix?
    }

    private struct Output: Decodable {
        struct File: Decodable { var diagnostics: [Finding] }
        var files: [File]
    }

    /// The findings of `lint --format json` on `data` saved as `name`.
    static func lint(_ data: Data, name: String = "草稿.docx") throws -> [Finding] {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try data.write(to: file)
        let result = try CommandRunner.run(["lint", "--format", "json", file.path])
        return try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8)).files.first?.diagnostics ?? []
    }

    /// `lint` in the human format: its output.
    static func lintHuman(_ data: Data, name: String = "草稿.docx") throws -> String {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try data.write(to: file)
        return try CommandRunner.run(["lint", file.path], in: directory).stdout
    }

    /// `render --to writer`: the status, the output file's text and stderr.
    static func render(_ data: Data, to writer: String, name: String = "草稿.docx") throws
        -> (status: Int32, output: String, stderr: String)
    {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try data.write(to: file)
        let output = directory.appendingPathComponent("out." + (writer == "markdown" ? "md" : "txt"))
        let result = try CommandRunner.run(["render", file.path, "--to", writer, "-o", output.path])
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (result.status, text, result.stderr)
    }
}
