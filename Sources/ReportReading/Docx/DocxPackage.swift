import Foundation

/// The parts of a `.docx` package the reader needs, with the checks that turn a file that is not a
/// Word document (a renamed `.doc`, an encrypted file, a plain zip) or a damaged or crafted one into
/// a clear Chinese error. The zip is read by `ZipDirectory` and `PartExtractor`, which check every
/// offset and size and cap how far the parts may expand (`DocxLimits`).
struct DocxPackage {
    let path: String
    private let zip: OfficeZip

    /// The OLE2 compound-file signature of `.doc` files and of encrypted Office documents.
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    init(data: Data, path: String) throws(ReadError) {
        self.path = path
        guard !data.isEmpty else { throw ReadError(.empty, path: path, detail: "文件是空的") }
        if data.starts(with: Self.oleSignature) {
            if Self.contains(utf16: "EncryptedPackage", in: data) {
                throw ReadError(.unsupportedFormat, path: path,
                                detail: "文件已加密（设置了打开密码），无法读取；请在 Word 中取消密码后另存为 .docx 再检查")
            }
            throw ReadError(.unsupportedFormat, path: path,
                            detail: "这是旧版 Word 文档（.doc），不是 .docx；请在 Word 中另存为 .docx 后再检查")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw ReadError(.unsupportedFormat, path: path, detail: "不是有效的 .docx 文件（文件不是 zip 压缩包）；请用 Word 另存为 .docx")
        }
        zip = try OfficeZip(data: data, path: path, application: .word)
        guard zip.directory.entry("word/document.xml") != nil else {
            throw ReadError(.malformed, path: path, detail: "不是 Word 文档：压缩包里没有 word/document.xml")
        }
    }

    /// The bytes of the part at `name` (`word/styles.xml`), or nil when the package has none.
    func part(_ name: String) throws(ReadError) -> Data? { try zip.part(name) }

    /// The names of the package's parts (folders left out), in no particular order.
    var partNames: [String] { zip.directory.entries.keys.filter { !$0.hasSuffix("/") } }

    /// Parses the part at `name` into an element tree, or nil when the package has none.
    func tree(_ name: String) throws(ReadError) -> PartElement? {
        guard let data = try part(name) else { return nil }
        do {
            return try PartElement.parse(data)
        } catch {
            throw Self.malformed(name, error, path: path)
        }
    }

    static func malformed(_ name: String, _ error: XMLPartError, path: String) -> ReadError {
        ReadError(.malformed, path: path, detail: error.detail(part: name))
    }

    /// `文件已损坏：…` — the message for every kind of zip damage.
    static func damaged(_ reason: String, path: String) -> ReadError {
        OfficeZip.damaged(reason, path: path, application: .word)
    }

    /// Whether `data` holds `string` encoded as UTF-16LE (how OLE directory entries name streams).
    private static func contains(utf16 string: String, in data: Data) -> Bool {
        let needle = Array(string.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0] {
                    var match = true
                    for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                        match = false
                        break
                    }
                    if match { return true }
                }
                index += 1
            }
            return false
        }
    }
}
