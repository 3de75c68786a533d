import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output could not be written, in Chinese, naming the path.
public struct OutputError: LocatedError, Sendable {
    public var path: String
    public var detail: String

    public init(path: String, detail: String) {
        self.path = path
        self.detail = detail
    }
}

/// Writes outputs so that a failure never leaves a partial file and an input is never overwritten:
/// the content goes to a temporary file in the destination's folder, which is renamed into place.
///
/// The destination is first resolved as `OutputTarget` does (as `cp` would): a symbolic link is followed
/// and the file it names is replaced (the link stays); a device, FIFO or `/dev/stdout` is written
/// through, never replaced by a regular file. A replaced file keeps its mode and owner. Temporary files
/// are named `.<name>.reportkit-<pid>-<random>.tmp`; those of runs that were killed are removed by the
/// next run that writes into the same folder.
public enum AtomicOutput {
    /// What to do when the destination exists.
    public enum ExistingFilePolicy: Sendable {
        /// Refuse (the default for outputs).
        case refuse
        /// Replace it (`--force`).
        case replace
        /// Replace it, keeping the old content as `<path>.bak` (`lint --fix`); the file must be a
        /// regular file and keeps its owner.
        case replaceKeepingBackup
    }

    /// Produces the file at `destination` by letting `produce` write a temporary file beside it.
    /// `inputs` are the files the command read: writing over one of them is refused. Returns where the
    /// output went (the file a symbolic link named, for instance).
    @discardableResult
    public static func write(
        to destination: URL, displayPath: String? = nil, existing policy: ExistingFilePolicy = .refuse,
        inputs: [URL] = [], produce: (URL) throws -> Void
    ) throws -> OutputTarget {
        let path = displayPath ?? destination.path
        let target = try check(destination, displayPath: path, existing: policy, inputs: inputs)
        switch target {
        case .writeThrough(let device):
            guard policy != .replaceKeepingBackup else {
                throw OutputError(path: path, detail: "不是普通文件，无法就地修改")
            }
            try writeThrough(to: device, path: path, produce: produce)
        case .regularFile(let file, let exists):
            try replace(file, exists: exists, path: path, policy: policy, produce: produce)
        }
        return target
    }

    /// What `write(to:…)` refuses before it writes, said before the work that makes the output (a
    /// long draft read for nothing): an input as the output, a missing folder, an existing file
    /// without `--force`. `write` checks again when it writes.
    @discardableResult
    public static func check(
        _ destination: URL, displayPath: String? = nil, existing policy: ExistingFilePolicy = .refuse, inputs: [URL] = []
    ) throws -> OutputTarget {
        let path = displayPath ?? destination.path
        let target = try OutputTarget.resolve(destination.path, displayPath: path)
        try refuseInputs(target, inputs: inputs, policy: policy, path: path)
        if case .regularFile(let file, let exists) = target { try refuseFolderOrExisting(file, exists: exists, path: path, policy: policy) }
        return target
    }

    /// Writes `data` to `destination` atomically.
    public static func write(
        _ data: Data, to destination: URL, displayPath: String? = nil, existing policy: ExistingFilePolicy = .refuse,
        inputs: [URL] = []
    ) throws {
        let path = displayPath ?? destination.path
        _ = try write(to: destination, displayPath: path, existing: policy, inputs: inputs) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw OutputError(path: path, detail: "无法写入（文件夹只读或磁盘已满）")
            }
        }
    }

    /// Puts a finished file (`staged`, on the same file system when `target` is a regular file) in place.
    static func place(_ staged: URL, at target: OutputTarget, path: String, policy: ExistingFilePolicy) throws {
        switch target {
        case .writeThrough(let device):
            do {
                try FileCopy.writeThrough(staged.path, into: device)
            } catch {
                throw OutputError(path: path, detail: "无法写入（\(error.reason)）")
            }
        case .regularFile(let file, let exists):
            if exists { try copyOwnership(of: file, to: staged, path: path, policy: policy) }
            do {
                try FileCopy.flush(staged.path)
            } catch {
                throw OutputError(path: path, detail: "无法写入（\(error.reason)）")
            }
            guard rename(staged.path, file.path) != 0 else { return }
            guard errno == EXDEV else {
                throw OutputError(path: path, detail: "无法写入（\(OutputTarget.reason(errno))）")
            }
            // A link led to another file system: copy beside the file first, then rename there.
            let beside = TemporaryFiles.path(for: file.lastPathComponent, in: file.deletingLastPathComponent())
            do {
                try FileCopy.duplicate(staged.path, to: beside.path)
                try FileCopy.copyOwnership(of: exists ? file.path : staged.path, to: beside.path, requireOwner: false)
            } catch {
                try? FileManager.default.removeItem(at: beside)
                throw OutputError(path: path, detail: "无法写入（\(error.reason)）")
            }
            if rename(beside.path, file.path) != 0 {
                let reason = OutputTarget.reason(errno)
                try? FileManager.default.removeItem(at: beside)
                throw OutputError(path: path, detail: "无法写入（\(reason)）")
            }
            try? FileManager.default.removeItem(at: staged)
        }
    }

    private static func replace(
        _ file: URL, exists: Bool, path: String, policy: ExistingFilePolicy, produce: (URL) throws -> Void
    ) throws {
        let folder = file.deletingLastPathComponent()
        TemporaryFiles.removeStale(in: folder)
        // The backup is complete before anything else is written: if it cannot be made (a full disk),
        // the file and the previous backup stay as they were.
        if exists, policy == .replaceKeepingBackup { try writeBackup(of: file, path: path) }
        let temporary = TemporaryFiles.path(for: file.lastPathComponent, in: folder)
        do {
            try produce(temporary)
            guard FileManager.default.fileExists(atPath: temporary.path) else {
                throw OutputError(path: path, detail: "没有生成任何内容")
            }
            try place(temporary, at: .regularFile(file, exists: exists), path: path, policy: policy)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private static func writeThrough(to device: String, path: String, produce: (URL) throws -> Void) throws {
        let scratch = try ScratchFolder(path: path)
        defer { scratch.remove() }
        let temporary = scratch.url.appendingPathComponent(URL(fileURLWithPath: device).lastPathComponent)
        try produce(temporary)
        guard FileManager.default.fileExists(atPath: temporary.path) else {
            throw OutputError(path: path, detail: "没有生成任何内容")
        }
        try place(temporary, at: .writeThrough(device), path: path, policy: .replace)
    }

    private static func copyOwnership(of file: URL, to staged: URL, path: String, policy: ExistingFilePolicy) throws {
        do {
            try FileCopy.copyOwnership(of: file.path, to: staged.path, requireOwner: policy == .replaceKeepingBackup)
        } catch {
            throw OutputError(path: path, detail: "无法保持原文件的所有者和权限（\(error.reason)），未作修改")
        }
    }

    /// Writes `<file>.bak` atomically: a complete copy under a temporary name, flushed, then renamed, so
    /// that a full disk leaves the previous backup (and the file) as they were.
    private static func writeBackup(of file: URL, path: String) throws {
        let backup = URL(fileURLWithPath: file.path + ".bak")
        let temporary = TemporaryFiles.path(for: backup.lastPathComponent, in: file.deletingLastPathComponent())
        do {
            try FileCopy.duplicate(file.path, to: temporary.path)
            try FileCopy.copyOwnership(of: file.path, to: temporary.path, requireOwner: false)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, detail: "无法保存备份 \(backup.lastPathComponent)（\(error.reason)），原文件未修改")
        }
        if rename(temporary.path, backup.path) != 0 {
            let reason = OutputTarget.reason(errno)
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, detail: "无法保存备份 \(backup.lastPathComponent)（\(reason)），原文件未修改")
        }
    }

    private static func refuseFolderOrExisting(_ file: URL, exists: Bool, path: String, policy: ExistingFilePolicy) throws {
        let folder = file.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, detail: "目标文件夹“\(folder.path)”不存在；请先创建它")
        }
        if exists, policy == .refuse { throw OutputError(path: path, detail: "文件已存在；如需覆盖请加 --force") }
    }

    static func refuseInputs(_ target: OutputTarget, inputs: [URL], policy: ExistingFilePolicy, path: String)
        throws(OutputError)
    {
        guard policy != .replaceKeepingBackup, case .regularFile(let file, true) = target else { return }
        let real = file.standardizedFileURL.path
        if inputs.contains(where: { OutputTarget.realPath($0.path) == real }) {
            throw OutputError(path: path, detail: "输出文件就是输入文件，拒绝覆盖；请用 -o 指定另一个文件")
        }
    }
}

/// A private folder under the system's temporary folder, for outputs that are written through.
struct ScratchFolder {
    let url: URL

    init(path: String) throws(OutputError) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("reportkit-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw OutputError(path: path, detail: "无法创建临时文件夹（\(OutputTarget.reason(errno))）")
        }
        url = URL(fileURLWithPath: String(cString: made))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
