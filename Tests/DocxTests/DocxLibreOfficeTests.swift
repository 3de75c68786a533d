import DocxWriter
import Foundation
import ReportModel
import ReportReading
import Testing
import TestSupport

/// The written `.docx` as LibreOffice lays it out, measured on the page (`pdftotext -layout`): 28
/// characters a line, titles broken between words, the attachment on its own page after the date.
/// Skips when LibreOffice (`soffice`) or poppler (`pdftotext`) is not installed.
@Suite(.enabled(if: LibreOffice.available, "跳过：没有 LibreOffice（soffice）或 pdftotext，无法检查排版效果"), .serialized)
struct DocxLibreOfficeTests {
    /// The pages of `report` rendered to PDF by LibreOffice, as `pdftotext -layout` prints them, each
    /// line without its spaces.
    static func pages(_ report: Report) throws -> [[String]] {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("report.docx")
        try DocxWriter().data(for: report).write(to: docx)
        let pdf = try LibreOffice.pdf(from: docx, in: directory)
        let text = try LibreOffice.run("pdftotext", ["-layout", pdf.path, "-"])
        return text.components(separatedBy: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        }.filter { !$0.isEmpty }
    }

    /// The lengths of the lines of Chinese only (no digits or Latin letters, whose width differs) long
    /// enough to be full lines of a paragraph.
    static func fullLineLengths(_ pages: [[String]]) -> [Int] {
        pages.flatMap { $0 }.filter { line in line.unicodeScalars.allSatisfy { !$0.isASCII } }.map(\.count).filter { $0 >= 27 }
    }

    static func check(_ report: Report, titleLines: [String]) throws {
        let pages = try Self.pages(report)
        // Full lines hold 28 characters; a 29th is a punctuation mark LibreOffice compresses into the line.
        let lengths = Self.fullLineLengths(pages)
        let counts = Dictionary(grouping: lengths, by: { $0 }).mapValues(\.count)
        let mostCommon = counts.max { $0.value < $1.value }?.key
        #expect(mostCommon == 28, "每行字数：\(counts.sorted { $0.key < $1.key })")
        #expect(lengths.allSatisfy { $0 <= 29 }, "超过 29 字的行：\(lengths.filter { $0 > 29 })")
        // Title lines whole, each on its own line of the first page.
        let first = try #require(pages.first)
        for line in titleLines { #expect(first.contains(line), "标题行“\(line)”不在第一页：\(first.prefix(6))") }
        let date = try #require(report.metadata.date?.text)
        let datePage = try #require(pages.firstIndex { $0.contains { $0.hasSuffix(date) } })
        if let attachment = pages.firstIndex(where: { $0.first == "附件" }) {
            #expect(attachment > datePage)
            #expect(pages[attachment].dropFirst().first == "主要指标完成情况")
        }
    }

    @Test func exampleReport() throws {
        let report = try ReportReader.read(contentsOf: Repository.root.appendingPathComponent("Examples/青溪区/report.md")).report
        try Self.check(report, titleLines: ["青溪区人民政府2022年", "履行教育职责自查自评报告"])
        #expect(try Self.pages(report).contains { $0.first == "附件" })
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func seed002() throws {
        let report = try ReportReader.read(contentsOf: Seeds.url("002")).report
        try Self.check(report, titleLines: ["重庆市荣昌区人民政府办公室", "关于2022年履行教育职责自查自评报告的函"])
    }
}

/// LibreOffice in headless mode, with a profile of its own so that runs in parallel do not share one.
enum LibreOffice {
    static let available: Bool = ["soffice", "pdftotext"].allSatisfy { tool in
        ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"].contains {
            FileManager.default.isExecutableFile(atPath: $0 + "/" + tool)
        }
    }

    /// Converts `docx` to PDF in `directory`; the PDF's URL.
    static func pdf(from docx: URL, in directory: URL) throws -> URL {
        let profile = directory.appendingPathComponent("profile").absoluteString
        _ = try run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                                "--outdir", directory.path, docx.path])
        let pdf = docx.deletingPathExtension().appendingPathExtension("pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw CocoaError(.fileNoSuchFile) }
        return pdf
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
