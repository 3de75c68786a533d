import Foundation
import ZIPFoundation

/// Damaged and hostile `.docx` files, built in the test (issue 14): each must get a Chinese refusal
/// and leave the server answering.
enum CraftedUploads {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"

    /// A small valid document: a title and two headed paragraphs.
    static let body = """
        <w:p><w:r><w:t>某区履行教育职责自查自评报告</w:t></w:r></w:p>\
        <w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p>\
        <w:p><w:r><w:t>全区共有中小学校12所。</w:t></w:r></w:p>
        """

    static func document(_ body: String) -> String {
        declaration + "<w:document xmlns:w=\"\(main)\"><w:body>\(body)</w:body></w:document>"
    }

    /// A `.docx` of these parts (each a text, or a size and a generator for parts too large to hold).
    static func docx(_ parts: [(String, Part)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, part) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(part.size), compressionMethod: .deflate) {
                part.bytes(Int($0), $1)
            }
        }
        return archive.data ?? Data()
    }

    struct Part {
        var size: Int
        var bytes: (Int, Int) -> Data

        static func text(_ text: String) -> Part {
            let data = Data(text.utf8)
            return Part(size: data.count) { data.subdata(in: $0..<$0 + $1) }
        }

        /// `head`, then `unit` repeated up to `size` bytes, then `tail`, generated as it is compressed.
        static func repeated(head: String, unit: String, tail: String, size: Int) -> Part {
            let head = Array(head.utf8), unit = Array(unit.utf8), tail = Array(tail.utf8)
            let middle = (size - head.count - tail.count) / unit.count * unit.count
            let pattern = Array([[UInt8]](repeating: unit, count: max(1, 65536 / unit.count)).joined())
            return Part(size: head.count + middle + tail.count) { position, count in
                var out = Data(capacity: count)
                var at = position
                let end = position + count
                while at < end {
                    if at < head.count {
                        let next = min(end, head.count)
                        out.append(contentsOf: head[at..<next])
                        at = next
                    } else if at < head.count + middle {
                        var offset = (at - head.count) % unit.count
                        let next = min(end, head.count + middle)
                        var remaining = next - at
                        while remaining > 0 {
                            let take = min(remaining, pattern.count - offset)
                            out.append(contentsOf: pattern[offset..<offset + take])
                            remaining -= take
                            offset = 0
                        }
                        at = next
                    } else {
                        let start = at - head.count - middle
                        out.append(contentsOf: tail[start..<start + (end - at)])
                        at = end
                    }
                }
                return out
            }
        }
    }

    static func valid() throws -> Data {
        try docx([("word/document.xml", .text(document(body)))])
    }

    /// Every crafted input, by a name for the test's messages.
    static func all() throws -> [(String, Data)] {
        let valid = try valid()
        var truncated = valid
        truncated.removeSubrange(valid.count / 3..<valid.count / 3 + min(1000, valid.count / 3))
        var farDirectory = valid
        // End of central directory: the directory's offset (bytes 16–19 of the record) far past the end.
        if let end = farDirectory.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06])) {
            farDirectory.replaceSubrange(end.lowerBound + 16..<end.lowerBound + 20, with: [0xF0, 0xFF, 0xFF, 0x7F])
        }
        let deep = 50_000
        let deepStyles = String(repeating: "<w:style>", count: deep) + String(repeating: "</w:style>", count: deep)
        let deepBody = String(repeating: "<w:p>", count: deep) + String(repeating: "</w:p>", count: deep)
        let hugeSpan = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"\(Int.max)\"/></w:tcPr><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        let bomb = Part.repeated(
            head: declaration + "<w:document xmlns:w=\"\(main)\"><w:body>",
            unit: "<w:p><w:r><w:t>一</w:t></w:r></w:p>", tail: "</w:body></w:document>", size: 64 << 20)
        return [
            ("truncated zip", truncated),
            ("central directory past the end", farDirectory),
            ("cut in half", valid.prefix(valid.count / 2)),
            ("5-byte document.xml", try docx([("word/document.xml", .text("<w:d<"))])),
            ("50,000-deep styles.xml", try docx([
                ("word/document.xml", .text(document(body))),
                ("word/styles.xml", .text(declaration + "<w:styles xmlns:w=\"\(main)\">\(deepStyles)</w:styles>")),
            ])),
            ("50,000-deep document.xml", try docx([("word/document.xml", .text(document(deepBody)))])),
            ("gridSpan of Int.max", try docx([("word/document.xml", .text(document(body + hugeSpan)))])),
            ("64 MB of XML in a small file", try docx([("word/document.xml", bomb)])),
        ]
    }
}
