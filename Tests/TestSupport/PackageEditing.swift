import Foundation
import ZIPFoundation

/// Office packages built or changed by a test: a zip of text parts, or a package with one part's
/// XML replaced (a cell a clerk would have typed, an inline string another program writes).
public enum PackageEditing {
    /// A deflated zip of `parts`, in order.
    public static func zip(_ parts: [(String, String)]) throws -> Data {
        try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A deflated zip of `parts` (bytes), in order.
    public static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return archive.data ?? Data()
    }

    /// The package in `data` with `edit` applied to the text of the part named `part`.
    public static func editing(_ data: Data, part: String, _ edit: (String) -> String) throws -> Data {
        let parts = try PackageParts.read(data)
        return try zip(parts.keys.sorted().map { name in (name, name == part ? edit(parts[name]!) : parts[name]!) })
    }
}
