import Foundation
import ZIPFoundation

/// Packs a reviewed draft's parts into a `.docx`: `[Content_Types].xml` and the package
/// relationships first (where Word and other readers look first), then every other part by name.
public enum ReviewPackage {
    public static func zip(_ parts: [String: Data], date: Date) throws(ReviewError) -> Data {
        let first = ["[Content_Types].xml", "_rels/.rels"]
        let names = first.filter { parts[$0] != nil } + parts.keys.filter { !first.contains($0) }.sorted()
        do {
            let archive = try Archive(accessMode: .create)
            for name in names {
                guard let data = parts[name] else { continue }
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ReviewError("无法生成 Word 文档（压缩失败）") }
            return data
        } catch let error as ReviewError {
            throw error
        } catch {
            throw ReviewError("无法生成 Word 文档（压缩失败：\(error)）")
        }
    }
}
