import Foundation
import TestSupport
import Testing

/// The crafted Word files through the real `reportkit` binary: every command exits with 2 and one
/// Chinese line, no backtrace, within a time limit and under a memory limit (`ulimit -v`, so that
/// an allocation sized by the file makes the run fail instead of merely slowing it down).
@Suite(.serialized) struct HostileDocxCLITests {
    /// Address space the child may use: the bomb took 4–6 GB before the fix; a Swift process
    /// reserves a few hundred MB of address space up front.
    private static let addressSpaceKB = 1_500_000

    private struct Run {
        var status: Int32
        var stderr: String
        var seconds: Double
    }

    /// Runs `reportkit` with `arguments` under `ulimit -v`, timing it.
    private func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(Self.addressSpaceKB) && exec \"$0\" \"$@\"", CommandRunner.executable.path] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = clock.now - start
        return Run(status: process.terminationStatus, stderr: String(decoding: stderr, as: UTF8.self),
                   seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    private static func files() throws -> [(String, Data, String)] {
        let base = try DocxFixtures.data("numbered.docx")
        return [
            ("目录越界.docx", HostileDocx.directoryPastEnd(base), "文件已损坏："),
            ("中间缺失.docx", HostileDocx.cutFromMiddle(base), "文件已损坏："),
            ("zip64.docx", HostileDocx.zip64Declared(base, part: "word/document.xml", size: UInt64(1) << 63), "文件已损坏："),
            ("截断条目.docx", try HostileDocx.truncatedEntry(), "文件已损坏："),
            ("炸弹.docx", HostileDocx.bomb(segments: 1800), "word/document.xml 解压后超过 200 MB"),
            ("炸弹谎报.docx", HostileDocx.bomb(segments: 1800, declared: 199 << 20), "文件已损坏："),
            ("起始标签.docx", try HostileDocx.zip([("word/document.xml", "<1ab>")]), "word/document.xml 第 1 行的 XML 格式有误"),
            ("深层样式.docx", try HostileDocx.zip([
                ("word/document.xml", HostileDocx.onePara),
                ("word/styles.xml", HostileDocx.deep(root: "styles", element: "style", depth: 50_000)),
            ]), "word/styles.xml 第 1 行的元素嵌套超过 256 层"),
            ("实体.docx", try HostileDocx.zip([("word/document.xml", HostileDocx.onePara), ("word/styles.xml", HostileDocx.billionLaughs)]),
             "word/styles.xml 第 2 行含有 DTD 声明"),
        ]
    }

    @Test func everyCommandExitsWithTwoAndOneChineseLine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, data, message) in try Self.files() {
            let file = directory.appendingPathComponent(name)
            try data.write(to: file)
            let output = directory.appendingPathComponent("out.md")
            let reviewed = directory.appendingPathComponent("out.docx")
            for arguments in [["lint", file.path], ["parse", file.path], ["render", file.path, "--to", "markdown", "-o", output.path],
                              ["lint", file.path, "--annotate", "--fix", "-o", reviewed.path]] {
                let run = try run(arguments)
                let label = "\(arguments[0]) \(name)"
                #expect(run.status == 2, "\(label): exit \(run.status), \(run.stderr)")
                #expect(run.stderr.hasPrefix("reportkit: \(file.path): \(message)"), "\(label): \(run.stderr)")
                #expect(run.stderr.split(separator: "\n").count == 1, "\(label): \(run.stderr)")
                #expect(run.seconds < 5, "\(label): \(run.seconds) s")
                #expect(!FileManager.default.fileExists(atPath: output.path), "\(label) left an output file")
                #expect(!FileManager.default.fileExists(atPath: reviewed.path), "\(label) left a reviewed copy")
            }
        }
    }

    /// A district's template given to `render --reference-docx` is untrusted input too.
    @Test func renderRefusesAHostileReferenceDocument() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("报告.txt")
        try DocxFixtures.data("report.txt").write(to: input)
        let output = directory.appendingPathComponent("报告.docx")
        for (name, data, message) in try Self.files() {
            let template = directory.appendingPathComponent(name)
            try data.write(to: template)
            let run = try run(["render", input.path, "--to", "docx", "--reference-docx", template.path, "-o", output.path])
            #expect(run.status == 2, "\(name): exit \(run.status), \(run.stderr)")
            #expect(run.stderr.hasPrefix("reportkit: \(template.path): \(message)"), "\(name): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(name): \(run.stderr)")
            #expect(run.seconds < 5, "\(name): \(run.seconds) s")
            #expect(!FileManager.default.fileExists(atPath: output.path), "\(name) left an output file")
        }
        // The same template undamaged is taken.
        let template = directory.appendingPathComponent("模板.docx")
        try DocxFixtures.data("numbered.docx").write(to: template)
        let run = try run(["render", input.path, "--to", "docx", "--reference-docx", template.path, "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test func largeValidDocumentIsLinted() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("大文档.docx")
        try HostileDocx.zip([("word/document.xml", HostileDocx.large(megabytes: 11))]).write(to: file)
        let run = try run(["parse", file.path])
        #expect(run.status == 0, "\(run.stderr)")
    }
}
