import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `lint --fix` writing over a user's draft: through a symbolic link, keeping owner and mode, with a
/// backup that is complete before the draft is touched, and nothing but the old or the new draft after
/// `kill -9` at any moment (and no temporary file once the next run has been).
@Suite("lint --fix：链接、权限、备份、中途被杀")
struct FixSafetyTests {
    /// A draft whose repeated commas (`，，`) the built-in punctuation rule fixes; `lines` body lines.
    static func draft(lines: Int) -> String {
        var text = "南岭区2024年履行教育职责自查自评报告\n\n市教委：\n\n一、自查情况\n\n"
        for index in 0..<lines { text += "　　第\(index)项工作稳步推进，，成效明显。\n" }
        return text + "\n南岭区人民政府\n2025年1月20日\n"
    }

    static func fixed(_ text: String) -> String { text.replacingOccurrences(of: "，，", with: "，") }

    static func leftovers(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".reportkit-") }
    }

    static func attributes(_ path: String) -> (mode: mode_t, uid: uid_t, gid: gid_t) {
        var status = stat()
        _ = stat(path, &status)
        return (status.st_mode & 0o7777, status.st_uid, status.st_gid)
    }

    @Test("通过符号链接修复：修复链接指向的文件，链接保留，备份在原文件旁")
    func throughLink() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: false)
        let real = folder.appendingPathComponent("real/草稿.txt")
        let original = Self.draft(lines: 3)
        try Data(original.utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "real/草稿.txt")
        let result = try CommandRunner.run(["lint", "link.txt", "--fix"], in: folder)
        #expect(result.status != 2, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path) == "real/草稿.txt")
        #expect(try String(contentsOf: real, encoding: .utf8) == Self.fixed(original))
        #expect(try String(contentsOf: folder.appendingPathComponent("real/草稿.txt.bak"), encoding: .utf8) == original)
        #expect(result.stderr.contains("已自动修复 3 处，原文件已保存为 \(real.path).bak"), "\(result.stderr)")
        #expect(Self.leftovers(folder).isEmpty && Self.leftovers(real.deletingLastPathComponent()).isEmpty)
    }

    @Test("修复后的文件和备份保持原文件的权限（以 root 运行时也保持所有者）")
    func ownerAndMode() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Data(Self.draft(lines: 2).utf8).write(to: file)
        #expect(chmod(file.path, 0o640) == 0)
        let asRoot = geteuid() == 0
        if asRoot { #expect(chown(file.path, 4321, 4322) == 0) }
        let result = try CommandRunner.run(["lint", "draft.txt", "--fix"], in: folder)
        #expect(result.status != 2, "\(result.stderr)")
        for path in [file.path, file.path + ".bak"] {
            let attributes = Self.attributes(path)
            #expect(attributes.mode == 0o640, "\(path)")
            if asRoot { #expect(attributes.uid == 4321 && attributes.gid == 4322, "\(path)") }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.fixed(Self.draft(lines: 2)))
    }

    @Test("磁盘写满（用 ulimit -f 模拟）：原文件和旧备份都不变，不留临时文件，退出码 2")
    func fullDisk() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        let original = Self.draft(lines: 4000)  // about 200 KB, more than the 64 KB allowed below
        try Data(original.utf8).write(to: file)
        try Data("旧备份\n".utf8).write(to: folder.appendingPathComponent("draft.txt.bak"))
        // SIGXFSZ ignored: a write past the limit fails with EFBIG, as on a full disk.
        let command = "trap '' XFSZ; ulimit -f 128; exec '\(CommandRunner.executable.path)' lint draft.txt --fix"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(message)")
        #expect(message.contains("无法保存备份 draft.txt.bak"), "\(message)")
        #expect(message.contains("原文件未修改"), "\(message)")
        #expect(!message.contains("File too large"), "\(message)")
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        #expect(try String(contentsOf: folder.appendingPathComponent("draft.txt.bak"), encoding: .utf8) == "旧备份\n")
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test("kill -9 在任意时刻：文件要么是旧的要么是新的；下一次运行清理残留的临时文件")
    func killedAtAnyMoment() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        let original = Self.draft(lines: 30000)
        let fixed = Self.fixed(original)
        // A temporary file of an earlier run that was killed (its process has ended).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = folder.appendingPathComponent(".draft.txt.reportkit-\(ended.processIdentifier)-1a2b.tmp")
        try Data("半截".utf8).write(to: stale)
        // A file of the same shape that is not ours is never touched.
        let foreign = folder.appendingPathComponent(".draft.txt.tmp")
        try Data("别人的".utf8).write(to: foreign)

        for delay in [20_000, 80_000, 200_000, 400_000, 700_000] as [useconds_t] {
            try Data(original.utf8).write(to: file)
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["lint", "draft.txt", "--fix", "--format", "json"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try String(contentsOf: file, encoding: .utf8)
            #expect(now == original || now == fixed, "kill -9 after \(delay) µs left a partial draft")
            if let backup = try? String(contentsOf: folder.appendingPathComponent("draft.txt.bak"), encoding: .utf8) {
                #expect(backup == original, "kill -9 after \(delay) µs left a partial backup")
            }
        }
        try Data(original.utf8).write(to: file)
        let result = try CommandRunner.run(["lint", "draft.txt", "--fix", "--format", "json"], in: folder)
        #expect(result.status != 2, "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == fixed)
        #expect(Self.leftovers(folder).isEmpty, "\(Self.leftovers(folder))")
        #expect(FileManager.default.fileExists(atPath: foreign.path))
    }
}
