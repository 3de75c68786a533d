import Foundation

/// Why an output could not be written, in Chinese, naming the path.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var detail: String

    public init(path: String, detail: String) {
        self.path = path
        self.detail = detail
    }

    public var description: String { "\(path): \(detail)" }
}

/// Writes outputs so that a failure never leaves a partial file and an input is never overwritten:
/// the content goes to a temporary file in the destination's folder, which is renamed into place.
public enum AtomicOutput {
    /// What to do when the destination exists.
    public enum ExistingFilePolicy: Sendable {
        /// Refuse (the default for outputs).
        case refuse
        /// Replace it (`--force`).
        case replace
        /// Replace it, keeping the old content as `<path>.bak` (`lint --fix`).
        case replaceKeepingBackup
    }

    /// Produces the file at `destination` by letting `produce` write a temporary file beside it.
    /// `inputs` are the files the command read: writing over one of them is refused.
    public static func write(
        to destination: URL, displayPath: String? = nil, existing policy: ExistingFilePolicy = .refuse,
        inputs: [URL] = [], produce: (URL) throws -> Void
    ) throws {
        let path = displayPath ?? destination.path
        let target = destination.standardizedFileURL.resolvingSymlinksInPath()
        if policy != .replaceKeepingBackup,
           inputs.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath() == target }) {
            throw OutputError(path: path, detail: "输出文件就是输入文件，拒绝覆盖；请用 -o 指定另一个文件")
        }
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, detail: "目标文件夹“\(folder.path)”不存在；请先创建它")
        }
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw OutputError(path: path, detail: "这是一个文件夹，不能作为输出文件") }
            if policy == .refuse { throw OutputError(path: path, detail: "文件已存在；如需覆盖请加 --force") }
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try produce(temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard FileManager.default.fileExists(atPath: temporary.path) else {
            throw OutputError(path: path, detail: "没有生成任何内容")
        }
        do {
            if policy == .replaceKeepingBackup, FileManager.default.fileExists(atPath: destination.path) {
                let backup = URL(fileURLWithPath: destination.path + ".bak")
                try? FileManager.default.removeItem(at: backup)
                try FileManager.default.copyItem(at: destination, to: backup)
            }
            if rename(temporary.path, destination.path) != 0 {
                throw OutputError(path: path, detail: "无法写入（\(String(cString: strerror(errno)))）")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? OutputError { throw error }
            throw OutputError(path: path, detail: "无法写入：\(error.localizedDescription)")
        }
    }

    /// Writes `data` to `destination` atomically.
    public static func write(
        _ data: Data, to destination: URL, displayPath: String? = nil, existing policy: ExistingFilePolicy = .refuse,
        inputs: [URL] = []
    ) throws {
        let path = displayPath ?? destination.path
        try write(to: destination, displayPath: path, existing: policy, inputs: inputs) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw OutputError(path: path, detail: "无法写入（文件夹只读或磁盘已满）")
            }
        }
    }
}
