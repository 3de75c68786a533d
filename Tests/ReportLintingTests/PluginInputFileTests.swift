import Foundation
import ReportLinting
import ReportModel
import ReportReading
import TestSupport
import Testing

/// `lint` streams the report's JSON to a temporary file that every plugin reads as its stdin,
/// instead of holding the JSON (several times the draft) in memory.
@Suite("Plugin input file")
struct PluginInputFileTests {
    @Test("every plugin reads the whole report JSON from the same file, removed after the run")
    func everyPluginReadsTheFile() throws {
        let document = ReportReader.read(
            text: "一、自查情况\n　　全区共有学校32所。\n二、存在问题\n　　在校学生1.2万人。\n", path: "draft.txt", format: .text)
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.json"), second = folder.appendingPathComponent("second.json")
        let name = folder.appendingPathComponent("name")
        let linter = FileLinter(engine: LintEngine(rules: []), plugins: [
            "cat > '\(first.path)'; echo '[]'",
            "readlink /proc/self/fd/0 > '\(name.path)'; cat > '\(second.path)'; echo '[]'",
        ])
        let outcome = linter.lint(document, path: "draft.txt", configuration: LintConfiguration())
        #expect(outcome.pluginErrors.isEmpty)
        // What `parse --format json` prints (ReportJSON plus the figures) without its indentation,
        // the same for both plugins.
        let json = try Data(contentsOf: first)
        #expect(try ReportJSON.decode(json) == document.report)
        #expect(String(decoding: json, as: UTF8.self).contains(",\"quantities\":{\"quantities\":["))
        #expect(!json.contains(UInt8(ascii: "\n")))
        #expect(try Data(contentsOf: second) == json)
        let input = String(decoding: try Data(contentsOf: name), as: UTF8.self).trimmingCharacters(in: .newlines)
        #expect(input.contains("reportkit-plugin-input-"))
        #expect(!FileManager.default.fileExists(atPath: input))
    }
}
