import Foundation

/// The parts of any `.docx` given by a user (a `--reference-docx` template, say), taken out with the
/// same checks as the reader's: no trap on a damaged or crafted zip, all parts together at most
/// `200 MB` expanded, damage said as `文件已损坏：…`. Use it instead of a general zip library on
/// untrusted input.
public struct WordPackage: Sendable {
    private let data: Data
    private let path: String

    /// Checks that `data` is a `.docx` package (`path` names it in messages).
    public init(data: Data, path: String) throws(ReadError) {
        _ = try DocxPackage(data: data, path: path)
        self.data = data
        self.path = path
    }

    /// The bytes of each part named, or nil for a part the package lacks, in the order asked; all of
    /// them together count against one expansion limit.
    public func parts(_ names: [String]) throws(ReadError) -> [Data?] {
        let package = try DocxPackage(data: data, path: path)
        var result: [Data?] = []
        for name in names { result.append(try package.part(name)) }
        return result
    }

    /// Every part of the package by name (a reference document's styles, page setup, headers and
    /// their pictures), all of them together held to the one expansion limit. Each XML part
    /// (`.xml`, `.rels`) is parsed under the reader's guards (depth, no DTD), so that what is handed
    /// on is well-formed XML a writer may copy into its own output.
    public func allParts() throws(ReadError) -> [String: Data] {
        let package = try DocxPackage(data: data, path: path)
        var result: [String: Data] = [:]
        for name in package.partNames.sorted() {
            guard let part = try package.part(name) else { continue }
            let lowered = name.lowercased()
            if lowered.hasSuffix(".xml") || lowered.hasSuffix(".rels") {
                do {
                    _ = try PartElement.parse(part)
                } catch {
                    throw DocxPackage.malformed(name, error, path: path)
                }
            }
            result[name] = part
        }
        return result
    }
}
