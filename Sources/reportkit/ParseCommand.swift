import ArgumentParser
import Foundation
import ReportModel
import ReportQuantities
import ReportReading

/// `reportkit parse FILE [--format tree|json]`: shows the report as the model understood it.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "读取草稿并显示识别出的结构（大纲或 JSON）。")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case tree, json }

    @Argument(help: "草稿文件（.txt、.md、.docx）。")
    var file: String

    @Option(name: .long, help: "输出格式：tree（大纲）或 json（文档模型）。")
    var format: OutputFormat = .tree

    @Option(name: .long, help: "按此格式读取草稿（text、markdown、docx），默认按扩展名判断。")
    var inputFormat: InputFormat?

    func run() throws {
        let document = try ReportReader.read(contentsOf: URL(fileURLWithPath: file), displayPath: file, format: inputFormat)
        switch format {
        case .tree: OutlineFormatter.write(document.report, locator: document.paragraphLocator) { Console.out($0) }
        case .json:
            // Streamed in chunks: the whole JSON of a long report is many times the draft's size.
            try QuantityJSON.write(document.report) { Console.out(utf8: $0) }
            Console.out("\n")
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
