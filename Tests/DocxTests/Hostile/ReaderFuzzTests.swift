import DocxWriter
import Foundation
import PropertyBased
import ReportReading
import TestSupport
import Testing

/// Mutation fuzzing of the Word and text readers: seed inputs (the Word fixtures, a seed report
/// rendered to `.docx`, the seed texts in several encodings) are damaged by generated mutations and
/// read; whatever comes out, reading returns a document or a Chinese `ReadError` in bounded time.
/// A trap ends the test process, which fails the run.
///
/// Each target runs for a bounded time: `REPORTKIT_FUZZ_SECONDS` (default 4) per target, so the
/// default `swift test` stays quick and CI can give it up to a minute. See README, "Robustness".
@Suite struct ReaderFuzzTests {
    static let seconds: Double = ProcessInfo.processInfo.environment["REPORTKIT_FUZZ_SECONDS"].flatMap(Double.init) ?? 4

    /// One change to the input bytes: what to do, where (a fraction of the length), with which value.
    struct Mutation: Sendable, CustomStringConvertible {
        var kind: Int
        var position: Double
        var value: UInt64
        var description: String { "(\(kind), \(position), \(value))" }
    }

    static let mutations = zip(Gen.int(in: 0...9), Gen.double(in: 0...1), Gen.uint64())
        .map { Mutation(kind: $0.0, position: $0.1, value: $0.2) }
        .array(of: 1...6)

    /// Values that break length and offset arithmetic.
    static let boundaries: [UInt64] = [0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0xFFFF_FFFF, 0x7FFF_FFFF, 1 << 31, 1 << 32, 1 << 63, .max]

    /// Tokens that reach the XML guards and the body parser.
    static let tokens: [String] = [
        "<!DOCTYPE a [<!ENTITY b \"bbbbbbbb\">]>", "&b;", "<w:p>", "</w:p>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
        "<w:gridSpan w:val=\"9223372036854775807\"/>", "<w:vMerge/>", "<mc:AlternateContent>", "<mc:Choice>", "</mc:Fallback>",
        "<w:numPr><w:ilvl w:val=\"-1\"/><w:numId w:val=\"1\"/></w:numPr>", "<w:lvlText w:val=\"%9%1\"/>", "<w:outlineLvl w:val=\"99\"/>",
        "\u{0}", "\u{FFFE}", "]]>", "<![CDATA[", "&#0;", "&#x110000;", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<w:t>", "</w:t>",
    ]

    static func apply(_ mutations: [Mutation], to input: Data) -> Data {
        var bytes = [UInt8](input)
        for mutation in mutations {
            let index = min(bytes.count, Int(mutation.position * Double(bytes.count)))
            switch mutation.kind {
            case 0, 1:  // flip bits of one byte
                if index < bytes.count { bytes[index] ^= UInt8(truncatingIfNeeded: mutation.value | 1) }
            case 2:  // a boundary value over 1, 2, 4 or 8 bytes (zip sizes, offsets and counts)
                let width = [1, 2, 4, 8][Int(mutation.value % 4)]
                let value = boundaries[Int(mutation.value / 4 % UInt64(boundaries.count))]
                for byte in 0..<width where index + byte < bytes.count { bytes[index + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
            case 3:  // truncate
                bytes.removeSubrange(index...)
            case 4:  // delete a run
                bytes.removeSubrange(index..<min(bytes.count, index + Int(mutation.value % 2048)))
            case 5:  // duplicate a run
                let run = bytes[index..<min(bytes.count, index + Int(mutation.value % 512))]
                bytes.insert(contentsOf: run, at: index)
            case 6, 7:  // insert a token
                bytes.insert(contentsOf: Array(tokens[Int(mutation.value % UInt64(tokens.count))].utf8), at: index)
            case 8:  // insert random bytes
                bytes.insert(contentsOf: (0..<(mutation.value % 16)).map { UInt8(truncatingIfNeeded: mutation.value >> $0) }, at: index)
            default:  // overwrite with zeros
                for offset in index..<min(bytes.count, index + Int(mutation.value % 64)) { bytes[offset] = 0 }
            }
        }
        return Data(bytes)
    }

    /// Reads `data`: a document, or a Chinese error with no raw code or English in it, within 3 s.
    static func check(_ data: Data, format: InputFormat) {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try ReportReader.read(data: data, path: "模糊.\(format == .docx ? "docx" : "txt")", format: format)
        } catch {
            #expect(error.detail.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(error.detail)")
            #expect(!error.detail.contains("错误代码"), "\(error.detail)")
            #expect(!error.detail.contains("Error"), "\(error.detail)")
        }
        #expect(clock.now - start < .seconds(3))
    }

    // MARK: - Corpus

    /// The `.docx` seeds: the fixtures, a seed report rendered by the writer, and packages whose
    /// parts are stored (not deflated) so that byte mutations land in the XML itself.
    static func docxCorpus() throws -> [Data] {
        var corpus = try ["numbered.docx", "styled.docx", "numbered-libreoffice.docx"].map(DocxFixtures.data)
        let text = Seeds.available ? try Seeds.text("002") : try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)
        let rendered = try DocxWriter().data(for: ReportReader.read(text: text, path: "种子.txt", format: .text).report)
        corpus.append(rendered)
        let parts = try PackageParts.read(rendered)
        corpus.append(try HostileDocx.zip(parts.filter { $0.key.hasSuffix(".xml") }.map { ($0.key, $0.value) }, method: .none))
        let fixtureParts = try PackageParts.read(try DocxFixtures.data("numbered.docx"))
        corpus.append(try HostileDocx.zip(["word/document.xml", "word/styles.xml", "word/numbering.xml"].compactMap { name in
            fixtureParts[name].map { (name, $0) }
        }, method: .none))
        return corpus
    }

    /// The text seeds in every encoding the text reader accepts.
    static func textCorpus() throws -> [Data] {
        let texts = Seeds.available ? try ["001", "002", "004"].map { String(try Seeds.text($0).prefix(3000)) }
            : [try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)]
        return texts.flatMap { text in
            [Data(text.utf8), Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), utf16(text, littleEndian: true),
             utf16(text, littleEndian: false), Data([0xFF, 0xFE]) + utf16(text, littleEndian: true)]
        }
    }

    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        Data(text.utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    }

    // MARK: - Targets

    @Test func docxReaderSurvivesMutations() async throws {
        let corpus = try Self.docxCorpus()
        let deadline = ContinuousClock.now + .milliseconds(Int(Self.seconds * 1000))
        await propertyCheck(count: Int(Self.seconds * 400), input: Gen.int(in: 0...(corpus.count - 1)), Self.mutations) { seed, mutations in
            guard ContinuousClock.now < deadline else { return }
            Self.check(Self.apply(mutations, to: corpus[seed]), format: .docx)
        }
    }

    @Test func textReaderSurvivesMutations() async throws {
        let corpus = try Self.textCorpus()
        let deadline = ContinuousClock.now + .milliseconds(Int(Self.seconds * 1000))
        await propertyCheck(count: Int(Self.seconds * 400), input: Gen.int(in: 0...(corpus.count - 1)), Self.mutations) { seed, mutations in
            guard ContinuousClock.now < deadline else { return }
            Self.check(Self.apply(mutations, to: corpus[seed]), format: .text)
        }
    }

    /// Any stretch of a seed (of four characters or more: `4E 00` alone is "N" or "一") saved as
    /// UTF-16 without a byte-order mark reads back as itself, in either byte order, whenever it holds
    /// a character with a zero byte (any ASCII, 一, 开, 最…); saved as UTF-8 it stays UTF-8.
    @Test func utf16WithoutBOMRoundTrips() async throws {
        let text = Seeds.available ? try Seeds.text("002") : try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)
        let characters = Array(text)
        let stretches = zip(Gen.int(in: 0...(characters.count - 1)), Gen.int(in: 4...400)).map { start, length in
            String(characters[start..<min(characters.count, start + length)])
        }
        await propertyCheck(count: 300, input: stretches, Gen.bool()) { stretch, littleEndian in
            let data = Self.utf16(stretch, littleEndian: littleEndian)
            guard stretch.count >= 4, data.contains(0), !stretch.unicodeScalars.contains(where: { $0.value < 0x20 && !"\t\n\r\u{C}".unicodeScalars.contains($0) }) else { return }
            let decoded = try? TextDecoding.decode(data, path: "无BOM.txt")
            #expect(decoded?.text == stretch)
            #expect(decoded?.encoding == (littleEndian ? .utf16LEWithoutBOM : .utf16BEWithoutBOM))
            #expect((try? TextDecoding.decode(Data(stretch.utf8), path: "a.txt"))?.encoding == .utf8)
        }
    }
}
