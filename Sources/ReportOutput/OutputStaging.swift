import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Outputs that appear together or not at all (`draft`'s report.md, report.txt and report.xlsx).
///
/// Every file is written into one hidden temporary folder (`.<name>.reportkit-<pid>-<random>.tmp`);
/// only when all of them are complete are they moved into place. A destination folder that did not
/// exist is created by renaming the temporary folder, so that it appears with all its files at once.
/// A run that fails or is killed leaves the destination as it was; its temporary folder is removed
/// when this object is released, or by the next run writing beside it.
public final class OutputStaging {
    /// Where the outputs go.
    public let folder: URL
    private let displayFolder: String
    /// The temporary folder the outputs are written into.
    private let staging: URL
    /// Whether `folder` is created by renaming `staging`.
    private let createsFolder: Bool
    private var committed = false

    /// Prepares the temporary folder for outputs into `folder`, which is created (not its parents)
    /// when missing; `displayFolder` names it in messages.
    public init(folder: URL, displayFolder: String) throws(OutputError) {
        self.folder = folder
        self.displayFolder = displayFolder
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: displayFolder, detail: "这是一个文件，不是文件夹；-o 应指定输出文件夹")
            }
            createsFolder = false
            TemporaryFiles.removeStale(in: folder)
            staging = TemporaryFiles.path(for: "outputs", in: folder)
        } else {
            let parent = folder.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw OutputError(path: displayFolder, detail: "上级文件夹“\(parent.path)”不存在；请先创建它")
            }
            createsFolder = true
            TemporaryFiles.removeStale(in: parent)
            staging = TemporaryFiles.path(for: folder.lastPathComponent, in: parent)
        }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            let detail = createsFolder ? "无法创建输出文件夹（权限不足？）" : "无法在输出文件夹中写入（权限不足？）"
            throw OutputError(path: displayFolder, detail: detail)
        }
    }

    deinit {
        if !committed || FileManager.default.fileExists(atPath: staging.path) {
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// Where a writer writes the output called `name` (e.g. `report.md`) before `commit`.
    public func temporaryURL(for name: String) -> URL {
        staging.appendingPathComponent(name)
    }

    /// Moves every staged output into `folder`. Each destination is checked first (existing files,
    /// inputs, devices and links as `AtomicOutput` treats them) so that a refusal moves nothing.
    public func commit(existing policy: AtomicOutput.ExistingFilePolicy, inputs: [URL] = []) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: staging.path).sorted()
        if createsFolder, rename(staging.path, folder.path) == 0 {
            committed = true
            return
        }
        var targets: [(URL, OutputTarget, String)] = []
        for name in names {
            let display = (displayFolder as NSString).appendingPathComponent(name)
            let target = try OutputTarget.resolve(folder.appendingPathComponent(name).path, displayPath: display)
            if case .regularFile(_, true) = target, policy == .refuse {
                throw OutputError(path: display, detail: "文件已存在；如需覆盖请加 --force")
            }
            try AtomicOutput.refuseInputs(target, inputs: inputs, policy: policy, path: display)
            targets.append((temporaryURL(for: name), target, display))
        }
        for (staged, target, display) in targets {
            try AtomicOutput.place(staged, at: target, path: display, policy: policy)
        }
        committed = true
        try? FileManager.default.removeItem(at: staging)
    }
}
