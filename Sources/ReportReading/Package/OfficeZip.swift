import Foundation

/// The zip of an Office Open XML file a user gave (a Word draft, an Excel data form), read with the
/// checks every such file gets: `ZipDirectory` checks every offset and size, `PartExtractor` holds all
/// parts together to one expansion limit, and every kind of damage or refusal is one Chinese message
/// that says how to mend the file in the program the user has.
struct OfficeZip {
    /// The program a message tells the user to open the file in, and what it calls the file.
    struct Application: Sendable {
        /// `Word`, `Excel`.
        var name: String
        /// `Word 文档`, `填报表`: what a normal file of this kind is called.
        var document: String
        /// `.docx`, `.xlsx`.
        var fileExtension: String
        /// How the messages end: `再检查` for a draft to check, `重试` for data to read.
        var retry: String

        static let word = Application(name: "Word", document: "Word 文档", fileExtension: ".docx", retry: "再检查")
        static let excel = Application(name: "Excel", document: "填报表", fileExtension: ".xlsx", retry: "重试")
    }

    let path: String
    let application: Application
    let directory: ZipDirectory
    let extractor: PartExtractor

    /// Reads the zip directory of `data` (which must start like a zip).
    init(data: Data, path: String, application: Application) throws(ReadError) {
        self.path = path
        self.application = application
        do {
            directory = try ZipDirectory(data)
        } catch {
            throw Self.damaged(error.reason, path: path, application: application)
        }
        extractor = PartExtractor(directory)
    }

    /// The bytes of the part at `name`, or nil when the package has none.
    func part(_ name: String) throws(ReadError) -> Data? {
        guard let entry = directory.entry(name) else { return nil }
        do {
            return try extractor.extract(entry)
        } catch {
            let mend = "请在 \(application.name) 中另存为 \(application.fileExtension) 后\(application.retry)"
            switch error {
            case .damaged(let reason):
                throw Self.damaged(reason, path: path, application: application)
            case .tooLarge(let part):
                throw ReadError(.malformed, path: path, detail: "\(part) 解压后超过 \(DocxLimits.expandedBytes >> 20) MB 的上限，"
                                + "远大于正常的\(application.document)，可能是恶意构造的压缩炸弹，已拒绝读取")
            case .encrypted(let part):
                throw ReadError(.unsupportedFormat, path: path, detail: "压缩包中的 \(part) 已加密，无法读取；\(mend)")
            case .unsupportedMethod(let part):
                throw ReadError(.unsupportedFormat, path: path,
                                detail: "压缩包中的 \(part) 使用了 \(application.name) 不用的压缩方式，无法读取；\(mend)")
            }
        }
    }

    /// `文件已损坏：…` — the message for every kind of zip damage.
    static func damaged(_ reason: String, path: String, application: Application) -> ReadError {
        ReadError(.malformed, path: path, detail: "文件已损坏：\(reason)；请重新获取原文件，或在 \(application.name) 中打开并另存为 "
                  + "\(application.fileExtension) 后\(application.retry)")
    }
}
