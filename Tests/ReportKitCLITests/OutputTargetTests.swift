import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `render -o` / `draft -o` onto things that are not plain new files: a FIFO, a character device, a
/// symbolic link, `/proc/self/fd/1`, a folder given with a trailing slash. Nothing here is ever replaced
/// by a regular file: links are followed (the file they name is written, the link stays), devices and
/// FIFOs are written through. Only nodes made in a temporary folder are written; /dev is only looked at.
@Suite("输出目标：FIFO、设备、符号链接、文件夹")
struct OutputTargetTests {
    static func workspace() throws -> URL { try RenderCommandTests.workspace() }

    static func type(_ path: String) -> mode_t? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    /// Hidden temporary files left in `folder` by a run.
    static func leftovers(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".reportkit-") }
    }

    @Test("-o FIFO：内容经 FIFO 送到读取方，FIFO 仍是 FIFO")
    func fifo() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.md")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let received = folder.appendingPathComponent("received.md")
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat pipe.md > received.md"]
        reader.currentDirectoryURL = folder
        try reader.run()
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "pipe.md"], in: folder)
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.type(fifo.path) == S_IFIFO)
        #expect(try String(contentsOf: received, encoding: .utf8).contains("## 二、存在问题"))
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test("-o 字符设备（在临时文件夹中 mknod 的 null 设备）：写入设备，不替换它",
          .enabled(if: geteuid() == 0, "跳过：创建设备节点需要 root"))
    func characterDevice() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let device = folder.appendingPathComponent("null")
        // Major 1, minor 3 is the null device; made here, so the machine's /dev is never written.
        // A container may forbid mknod even to root: then there is nothing to test here.
        guard mknod(device.path, S_IFCHR | 0o666, (1 << 8) | 3) == 0 else { return }
        for extra in [[], ["--force"]] {
            let result = try CommandRunner.run(["render", "draft.txt", "--to", "text", "-o", "null"] + extra, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.type(device.path) == S_IFCHR)
        }
        #expect(Self.leftovers(folder).isEmpty)
        // The machine's /dev/null is only looked at: still a character device.
        #expect(Self.type("/dev/null") == S_IFCHR)
    }

    @Test("-o /proc/self/fd/1（即标准输出）：内容出现在标准输出上",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd/1"), "跳过：没有 /proc"))
    func standardOutput() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "/proc/self/fd/1"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("## 二、存在问题"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["draft.txt"])
    }

    @Test("-o 符号链接：写入链接指向的文件，链接保留；已存在的目标仍需 --force")
    func symbolicLink() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("sub/real.md")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: false)
        try Data("旧内容\n".utf8).write(to: real)
        #expect(chmod(real.path, 0o640) == 0)
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "sub/real.md")
        let refused = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "link.md"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "link.md", "--force"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.type(link.path) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "sub/real.md")
        #expect(try String(contentsOf: real, encoding: .utf8).contains("## 二、存在问题"))
        let mode = try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(Self.leftovers(folder).isEmpty && Self.leftovers(real.deletingLastPathComponent()).isEmpty)
    }

    @Test("-o 指向不存在位置的符号链接：拒绝（退出码 2），链接不变")
    func danglingLink() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "missing.md")
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "link.md", "--force"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("符号链接"), "\(result.stderr)")
        #expect(Self.type(link.path) == S_IFLNK)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing.md").path))
    }

    @Test("-o 文件夹/（末尾有 /）：写入文件夹中的 草稿名.扩展名；文件夹不存在则拒绝，也不创建")
    func trailingSlash() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        let result = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "out/"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) == ["draft.md"])
        let missing = try CommandRunner.run(["render", "draft.txt", "--to", "markdown", "-o", "newdir/"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("newdir/: 文件夹不存在"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("newdir").path))
    }

    @Test("draft -o 中的 report.md 是符号链接：写入链接指向的文件，链接保留")
    func draftThroughLink() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let out = temp.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        let real = temp.appendingPathComponent("kept.md")
        try Data("旧\n".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("report.md").path, withDestinationPath: real.path)
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "-o", out.path,
             "--to", "markdown,text", "--force"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.type(out.appendingPathComponent("report.md").path) == S_IFLNK)
        #expect(try String(contentsOf: real, encoding: .utf8).contains("青溪区"))
        #expect(DraftCommandTests.contents(out) == ["report.md", "report.txt"])
        #expect(Self.leftovers(temp).isEmpty)
    }
}
