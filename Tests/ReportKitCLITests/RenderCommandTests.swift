import Foundation
import Testing
import TestSupport

/// `reportkit render`, run as a user runs it: what it writes, and that every failure exits with 2,
/// says why in Chinese, and leaves the folder exactly as it was (no partial or temporary file).
@Suite("reportkit render")
struct RenderCommandTests {
    static let draft = """
        南岭区2024年履行教育职责自查自评报告

        市教委：

        　　现将我区自查情况报告如下。

        一、自查情况

        (一)教育投入

        　　一是全年教育投入持续增长。二是生均经费足额拨付。

        二、存在问题

        　　农村学校师资仍然不足。

        南岭区人民政府
        2025年1月20日
        """

    /// A folder holding `draft.txt`, for one test.
    static func workspace() throws -> URL {
        let folder = try CommandRunner.temporaryDirectory()
        try Data(draft.utf8).write(to: folder.appendingPathComponent("draft.txt"))
        return folder
    }

    /// Every file under `folder` with its bytes and permissions, to prove a failed run changed nothing.
    static func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for case let path as String in manager.enumerator(atPath: folder.path)?.allObjects ?? [] {
            let url = folder.appendingPathComponent(path)
            let attributes = try manager.attributesOfItem(atPath: url.path)
            let permissions = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
            let isDirectory = (attributes[.type] as? FileAttributeType) == .typeDirectory
            result[path] = permissions + ":" + (isDirectory ? "dir" : (try Data(contentsOf: url)).base64EncodedString())
        }
        return result
    }

    /// Runs `render` in `folder` and expects exit 2, a Chinese `reportkit:` message containing
    /// `expectedMessage`, and the folder unchanged.
    func expectRefusal(_ arguments: [String], in folder: URL, mentioning expectedMessage: String) throws {
        let before = try Self.snapshot(folder)
        let result = try CommandRunner.run(["render"] + arguments, in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("reportkit: "), "\(result.stderr)")
        #expect(result.stderr.contains(expectedMessage), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Self.snapshot(folder) == before)
    }

    @Test("把草稿写成 Markdown 和纯文本", arguments: [("markdown", "out.md", "## 一、自查情况"), ("text", "out.txt", "　　一、自查情况")])
    func happyPath(writer: String, output: String, expectedLine: String) throws {
        let folder = try Self.workspace()
        let result = try CommandRunner.run(["render", "draft.txt", "--to", writer, "-o", output], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let written = try String(contentsOf: folder.appendingPathComponent(output), encoding: .utf8)
        #expect(written.components(separatedBy: "\n").contains(expectedLine))
        #expect(written.contains("(一)教育投入"))  // markers as written: normalising is lint --fix's job
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["draft.txt", output])
    }

    @Test("--input-format 指定草稿格式：把 .txt 当作 Markdown 读入")
    func inputFormat() throws {
        let folder = try Self.workspace()
        try Data("## 一、基本情况\n\n正文。\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try CommandRunner.run(
            ["render", "notes.txt", "--input-format", "markdown", "--to", "text", "-o", "out.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(written == "　　一、基本情况\n　　正文。\n")
        try expectRefusal(
            ["notes.txt", "--input-format", "pdf", "--to", "text", "-o", "other.txt"], in: folder, mentioning: "pdf")
    }

    @Test("输出文件就是输入文件：拒绝，输入不变", arguments: ["draft.txt", "./draft.txt", "sub/../draft.txt"])
    func refusesToOverwriteInput(spelling: String) throws {
        let folder = try Self.workspace()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        try expectRefusal(["draft.txt", "--to", "text", "-o", spelling], in: folder, mentioning: "输入文件")
        try expectRefusal(["draft.txt", "--to", "text", "-o", spelling, "--force"], in: folder, mentioning: "输入文件")
    }

    @Test("输出文件是指向输入文件的符号链接：拒绝，即使加了 --force")
    func refusesSymlinkToInput() throws {
        let folder = try Self.workspace()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("link.txt"), withDestinationURL: folder.appendingPathComponent("draft.txt"))
        try expectRefusal(["draft.txt", "--to", "text", "-o", "link.txt", "--force"], in: folder, mentioning: "输入文件")
    }

    @Test("目标文件已存在：不加 --force 拒绝，加了则替换")
    func existingOutput() throws {
        let folder = try Self.workspace()
        let output = folder.appendingPathComponent("out.md")
        try Data("旧内容\n".utf8).write(to: output)
        try expectRefusal(["draft.txt", "--to", "markdown", "-o", "out.md"], in: folder, mentioning: "--force")
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "out.md", "--force"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let replaced = try String(contentsOf: output, encoding: .utf8)
        #expect(replaced.contains("## 二、存在问题"))
        #expect(!replaced.contains("旧内容"))
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["draft.txt", "out.md"])
    }

    /// The refusal comes before the draft is read: a long draft is not read (or a broken one
    /// reported) only to be told the output exists.
    @Test("目标文件已存在：在读取草稿之前就拒绝")
    func existingOutputIsRefusedBeforeTheDraftIsRead() throws {
        let folder = try Self.workspace()
        try Data("旧内容\n".utf8).write(to: folder.appendingPathComponent("out.md"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0xFF]).write(to: folder.appendingPathComponent("broken.docx"))
        let result = try CommandRunner.run(["render", "broken.docx", "--to", "markdown", "-o", "out.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("out.md: 文件已存在"), "\(result.stderr)")
        #expect(!result.stderr.contains("broken.docx"), "\(result.stderr)")
    }

    @Test("目标文件夹不存在：拒绝，也不创建文件夹")
    func missingFolder() throws {
        let folder = try Self.workspace()
        try expectRefusal(["draft.txt", "--to", "markdown", "-o", "missing/deeper/out.md"], in: folder, mentioning: "不存在")
    }

    /// Whether this process is kept out of a folder with mode 0555 (not so for root).
    static let readOnlyFoldersHold: Bool = {
        guard let folder = try? CommandRunner.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard chmod(folder.path, 0o555) == 0 else { return false }
        defer { chmod(folder.path, 0o755) }
        return !FileManager.default.createFile(atPath: folder.appendingPathComponent("probe").path, contents: Data())
    }()

    @Test("目标文件夹只读：拒绝，不留临时文件",
          .enabled(if: readOnlyFoldersHold, "跳过：以 root 运行时只读文件夹仍可写入"),
          arguments: ["markdown", "text"])
    func readOnlyFolder(writer: String) throws {
        let folder = try Self.workspace()
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        #expect(chmod(locked.path, 0o555) == 0)
        defer { chmod(locked.path, 0o755) }
        try expectRefusal(["draft.txt", "--to", writer, "-o", "locked/out.txt"], in: folder, mentioning: "locked/out.txt")
    }

    @Test("目标文件夹不能写入（即使以 root 运行，/proc 也不能新建文件）：拒绝",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self"), "跳过：没有 /proc"))
    func unwritableFolder() throws {
        let folder = try Self.workspace()
        let before = try Self.snapshot(folder)
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "text", "-o", "/proc/reportkit-out.txt"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("reportkit: /proc/reportkit-out.txt: "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/proc/reportkit-out.txt"))
        #expect(try Self.snapshot(folder) == before)
    }

    @Test("不认识的输出格式：拒绝，并列出可用格式")
    func unknownWriter() throws {
        let folder = try Self.workspace()
        try expectRefusal(["draft.txt", "--to", "pdf", "-o", "out.pdf"], in: folder, mentioning: "“pdf”")
        try expectRefusal(["draft.txt", "--to", "pdf", "-o", "out.pdf"], in: folder, mentioning: "markdown、text")
    }

    @Test("缺少参数或输入不可读：退出码 2，中文说明")
    func badInvocations() throws {
        let folder = try Self.workspace()
        try expectRefusal([], in: folder, mentioning: "命令行参数有误")
        try expectRefusal(["draft.txt", "-o", "out.md"], in: folder, mentioning: "--to")
        try expectRefusal(["draft.txt", "--to", "markdown"], in: folder, mentioning: "-o")
        try expectRefusal(["absent.txt", "--to", "markdown", "-o", "out.md"], in: folder, mentioning: "absent.txt: 文件不存在")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.md"), withIntermediateDirectories: false)
        try expectRefusal(["draft.txt", "--to", "markdown", "-o", "folder.md", "--force"], in: folder, mentioning: "文件夹")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: folder.appendingPathComponent("zip.txt"))
        try expectRefusal(["zip.txt", "--to", "markdown", "-o", "out.md"], in: folder, mentioning: "zip.txt")
    }

    @Test("帮助中列出可用的输出格式")
    func helpListsWriters() throws {
        let result = try CommandRunner.run(["render", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("markdown"))
        #expect(result.stdout.contains("text"))
    }
}
