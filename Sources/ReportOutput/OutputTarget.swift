import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output path really leads, decided before anything is written.
///
/// The rule is the one `cp` follows: a symbolic link is followed and the file it names is written (the
/// link stays a link); an existing file that is not a regular file — a character device such as
/// `/dev/null`, a FIFO, a terminal, `/dev/stdout` — is opened and written through, never replaced by a
/// regular file. Block devices (disks) and dangling links are refused.
public enum OutputTarget: Equatable, Sendable {
    /// A regular file at this path (symbolic links already followed), replaced by renaming a temporary
    /// file over it; `exists` tells whether there is one to replace.
    case regularFile(URL, exists: Bool)
    /// An existing file that is not a regular file, or a name the kernel provides (`/dev/…`, `/proc/…`):
    /// opened for writing and written through.
    case writeThrough(String)

    /// Resolves `path` (as given on the command line); `displayPath` names it in messages.
    public static func resolve(_ path: String, displayPath: String? = nil) throws(OutputError) -> OutputTarget {
        let shown = displayPath ?? path
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw OutputError(path: shown, detail: "这是一个文件夹，不能作为输出文件（要写入文件夹请在末尾加 /）")
            case S_IFBLK:
                throw OutputError(path: shown, detail: "这是块设备（磁盘），拒绝写入")
            case S_IFREG:
                if isKernelName(path) { return .writeThrough(path) }
                guard let real = realPath(path) else {
                    throw OutputError(path: shown, detail: "无法解析路径（\(reason(errno))）")
                }
                return .regularFile(URL(fileURLWithPath: real), exists: true)
            default:
                return .writeThrough(path)
            }
        }
        let statError = errno
        if statError == ENOENT {
            var linkStatus = stat()
            if lstat(path, &linkStatus) == 0, linkStatus.st_mode & S_IFMT == S_IFLNK {
                throw OutputError(path: shown, detail: "这是指向不存在位置的符号链接，拒绝经由它写入")
            }
            return .regularFile(URL(fileURLWithPath: path).standardizedFileURL, exists: false)
        }
        throw OutputError(path: shown, detail: "无法写入（\(reason(statError))）")
    }

    /// `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`: names of something already open, even when that is
    /// a regular file (stdout redirected to one), which must be written through, not replaced.
    static func isKernelName(_ path: String) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return ["/dev/stdout", "/dev/stderr"].contains(absolute) || absolute.hasPrefix("/dev/fd/")
            || absolute.hasPrefix("/proc/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A Chinese explanation of the common `errno` values met when writing a file.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "没有权限"
        case ENOSPC, EDQUOT: "磁盘已满"
        case EFBIG: "文件超过允许的大小（或磁盘已满）"
        case EROFS: "文件系统只读"
        case ENOTDIR: "路径中的某一级不是文件夹"
        case ELOOP: "符号链接循环"
        case ENAMETOOLONG: "路径过长"
        case EPIPE: "读取端已关闭"
        case ENXIO: "设备不存在或 FIFO 没有读取端"
        case EIO: "输入输出错误"
        default: "系统错误 \(code)：\(String(cString: strerror(code)))"
        }
    }
}
