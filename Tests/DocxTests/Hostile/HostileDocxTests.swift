import Foundation
import ReportReading
import Testing

/// Damaged and crafted Word files (issue 14): each gives a Chinese `ReadError` naming what is wrong,
/// quickly, never a trap, a stack overflow or an allocation sized by the file's own numbers.
@Suite struct HostileDocxTests {
    /// Reads `data` as a `.docx` and returns the error, failing the test when there is none or when
    /// reading took longer than `seconds`.
    private func refusal(_ data: Data, within seconds: Double = 2, sourceLocation: SourceLocation = #_sourceLocation) -> ReadError? {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            #expect(elapsed < .milliseconds(Int(seconds * 1000)), "took \(elapsed)", sourceLocation: sourceLocation)
        }
        do {
            _ = try ReportReader.read(data: data, path: "草稿.docx", format: .docx)
            Issue.record("read without error", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(!error.detail.contains("错误代码"), sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix("草稿.docx: "), sourceLocation: sourceLocation)
            return error
        }
    }

    private func base() throws -> Data { try DocxFixtures.data("numbered.docx") }

    // MARK: - Damaged zip

    @Test func directoryOffsetPastTheEnd() throws {
        let error = try #require(refusal(HostileDocx.directoryPastEnd(try base())))
        #expect(error.detail.hasPrefix("文件已损坏："))
        #expect(error.detail.contains("超出了文件范围"))
    }

    @Test func endRecordMissing() throws {
        let data = try base()
        let error = try #require(refusal(data.prefix(HostileDocx.endRecord(data))))
        #expect(error.detail.hasPrefix("文件已损坏："))
    }

    @Test func thousandBytesCutFromTheMiddle() throws {
        let error = try #require(refusal(HostileDocx.cutFromMiddle(try base())))
        #expect(error.detail.hasPrefix("文件已损坏："))
    }

    @Test(arguments: [UInt64(1) << 63, UInt64.max, UInt64(Int64.max), UInt64(1) << 40])
    func zip64DeclaredSizeIsNeverTrusted(size: UInt64) throws {
        let data = HostileDocx.zip64Declared(try base(), part: "word/document.xml", size: size)
        let error = try #require(refusal(data))
        #expect(error.detail.hasPrefix("文件已损坏："))
        #expect(error.detail.contains("word/document.xml"))
    }

    @Test func zip64DeclaredSizeOfADefinitionPart() throws {
        let data = HostileDocx.zip64Declared(try base(), part: "word/styles.xml", size: UInt64(1) << 63)
        let error = try #require(refusal(data))
        #expect(error.detail.hasPrefix("文件已损坏：word/styles.xml"))
    }

    @Test func truncatedEntry() throws {
        let error = try #require(refusal(try HostileDocx.truncatedEntry()))
        #expect(error.detail.hasPrefix("文件已损坏：word/document.xml 的压缩数据不完整"))
    }

    @Test func truncatedAtEveryTenthOfTheFile() throws {
        let data = try base()
        for tenth in 1..<10 {
            let error = try #require(refusal(data.prefix(data.count * tenth / 10)))
            #expect(error.detail.hasPrefix("文件已损坏："), "cut at \(tenth)/10")
        }
    }

    @Test func changedByteFailsTheChecksum() throws {
        var data = try HostileDocx.zip([("word/document.xml", HostileDocx.onePara)], method: .none)
        let position = try #require(data.range(of: Data("基本情况".utf8))).lowerBound
        data[position] ^= 0x01
        let error = try #require(refusal(data))
        #expect(error.detail.hasPrefix("文件已损坏：word/document.xml 的校验和不符"))
    }

    // MARK: - Decompression bombs

    @Test func bombDeclaringItsSizeIsRefusedBeforeInflating() throws {
        let data = HostileDocx.bomb(segments: 1800)
        #expect((1_000_000...3_000_000).contains(data.count), "a 1–3 MB file, \(data.count) bytes")
        let error = try #require(refusal(data, within: 1))
        #expect(error.detail.hasPrefix("word/document.xml 解压后超过 200 MB 的上限"))
    }

    @Test func bombUnderstatingItsSizeStopsAtTheStatedSize() throws {
        let error = try #require(refusal(HostileDocx.bomb(segments: 1800, declared: 4096), within: 1))
        #expect(error.detail.hasPrefix("文件已损坏：word/document.xml 解压后的大小超过了记录的大小"))
    }

    @Test func bombStatingJustUnderTheLimitStopsThere() throws {
        let error = try #require(refusal(HostileDocx.bomb(segments: 1800, declared: 199 << 20), within: 3))
        #expect(error.detail.hasPrefix("文件已损坏：word/document.xml 解压后的大小超过了记录的大小"))
    }

    // MARK: - Malformed XML

    @Test func fiveByteDocumentWithAnInvalidStartTag() throws {
        let error = try #require(refusal(try HostileDocx.zip([("word/document.xml", "<1ab>")])))
        #expect(error.detail.hasPrefix("word/document.xml 第 1 行的 XML 格式有误（"))
    }

    @Test(arguments: [
        ("styles", "style", "word/styles.xml"), ("numbering", "abstractNum", "word/numbering.xml"),
        ("footnotes", "footnote", "word/footnotes.xml"), ("endnotes", "endnote", "word/endnotes.xml"),
    ])
    func fiftyThousandDeepNesting(root: String, element: String, part: String) throws {
        let data = try HostileDocx.zip([
            ("word/document.xml", HostileDocx.onePara),
            (part, HostileDocx.deep(root: root, element: element, depth: 50_000)),
        ])
        let error = try #require(refusal(data))
        #expect(error.detail.hasPrefix("\(part) 第 1 行的元素嵌套超过 256 层"))
    }

    @Test func deepNestingInTheBody() throws {
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: 30_000) + String(repeating: "</w:sdtContent></w:sdt>", count: 30_000)
        let error = try #require(refusal(try HostileDocx.zip([("word/document.xml", HostileDocx.document(body))])))
        #expect(error.detail.hasPrefix("word/document.xml 第 1 行的元素嵌套超过 256 层"))
    }

    @Test func billionLaughsIsRefusedNamingThePartAndLine() throws {
        let data = try HostileDocx.zip([("word/document.xml", HostileDocx.onePara), ("word/styles.xml", HostileDocx.billionLaughs)])
        let error = try #require(refusal(data))
        #expect(error.detail.hasPrefix("word/styles.xml 第 2 行含有 DTD 声明"))
    }

    @Test func billionLaughsInTheFootnotesIsRefusedToo() throws {
        let data = try HostileDocx.zip([("word/document.xml", HostileDocx.onePara), ("word/footnotes.xml", HostileDocx.billionLaughs)])
        let error = try #require(refusal(data))
        #expect(error.detail.hasPrefix("word/footnotes.xml 第 2 行含有 DTD 声明"))
    }

    @Test func doctypeInUTF16IsRefusedToo() throws {
        var xml = Data([0xFF, 0xFE])
        for unit in HostileDocx.billionLaughs.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>").utf16 {
            xml += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let data = try HostileDocx.zip([("word/document.xml", Data(HostileDocx.onePara.utf8)), ("word/styles.xml", xml)])
        let error = try #require(refusal(data))
        #expect(error.detail.contains("word/styles.xml 第 2 行含有 DTD 声明"))
    }

    @Test(arguments: ["10000000", "9223372036854775807", "99999999999999999999999"])
    func hugeGridSpanIsCappedAtWordsMaximum(span: String) throws {
        let data = try HostileDocx.zip([("word/document.xml", HostileDocx.gridSpan(span))])
        let document = try ReportReader.read(data: data, path: "表格.docx", format: .docx)
        let row = try #require(document.lines.first)
        #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count <= 63)
        #expect(row.hasPrefix("合计"))
    }

    @Test func xmlErrorCodesAreNeverShownRaw() throws {
        for xml in ["<w:document", "<a></b>", "<a b='1' b='2'/>", "<a>&undefined;</a>", "<a><!-- x</a>", "\u{1}<a/>",
                    "<?xml version=\"9\"?><a/>", "<a>]]></a>", "<a xmlns:p='' p:x='1'/>"] {
            let error = try #require(refusal(try HostileDocx.zip([("word/document.xml", xml)])), "\(xml)")
            #expect(error.detail.hasPrefix("word/document.xml 第 1 行"), "\(xml): \(error.detail)")
        }
    }

    @Test func wordPackageGivesPartsUnderTheSameChecks() throws {
        let package = try WordPackage(data: try base(), path: "模板.docx")
        let parts = try package.parts(["word/styles.xml", "word/none.xml"])
        #expect(parts[0].map { String(decoding: $0, as: UTF8.self).contains("<w:styles") } == true)
        #expect(parts[1] == nil)
        let damaged = HostileDocx.directoryPastEnd(try base())
        #expect(throws: ReadError.self) { _ = try WordPackage(data: damaged, path: "模板.docx") }
    }

    // MARK: - Valid but large

    @Test func documentOverTenMegabytesIsRead() throws {
        let xml = HostileDocx.large(megabytes: 12)
        #expect(xml.utf8.count > 12_000_000)
        let document = try ReportReader.read(data: try HostileDocx.zip([("word/document.xml", xml)]), path: "大.docx", format: .docx)
        #expect(document.lines.count > 90_000)
        #expect(document.lines.first == "一、基本情况")
    }

    @Test func partsAreFoundWhateverTheCaseOfTheirNames() throws {
        let data = try HostileDocx.zip([("Word/Document.xml", HostileDocx.onePara)])
        let document = try ReportReader.read(data: data, path: "大小写.docx", format: .docx)
        #expect(document.lines == ["一、基本情况"])
    }

    @Test func storedPartsAreRead() throws {
        let data = try HostileDocx.zip([("word/document.xml", HostileDocx.onePara)], method: .none)
        let document = try ReportReader.read(data: data, path: "未压缩.docx", format: .docx)
        #expect(document.lines == ["一、基本情况"])
    }
}
