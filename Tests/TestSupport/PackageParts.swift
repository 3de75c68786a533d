import Foundation
import ZIPFoundation

/// The parts of an Office Open XML package (.docx, .xlsx) as text, for assertions on their XML.
public enum PackageParts {
    /// Every entry of the package at `url`, by its path in the archive.
    public static func read(_ url: URL) throws -> [String: String] {
        try read(Archive(url: url, accessMode: .read))
    }

    /// Every entry of the package held in `data`.
    public static func read(_ data: Data) throws -> [String: String] {
        try read(Archive(data: data, accessMode: .read))
    }

    /// Every entry of the package at `url` as bytes, for comparing parts byte for byte.
    public static func bytes(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    private static func read(_ archive: Archive) throws -> [String: String] {
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }
}
