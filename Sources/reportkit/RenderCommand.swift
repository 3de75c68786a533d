import ArgumentParser
import Foundation
import ReportModel
import ReportOutput
import ReportPluginKit
import ReportReading

/// `reportkit render FILE --to <writer> -o OUT [--force]`: reads a draft and writes it in another format
/// through one of the registered writers, atomically and never over its input.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "把草稿转换为其他格式（\(writerList)）。",
        discussion: """
            读取 .txt 或 .md 草稿，按 --to 指定的格式写到 -o 指定的文件。
            输出先写入目标文件夹中的临时文件再改名，失败时不留下半成品；不会覆盖输入文件，\
            不会创建文件夹；目标文件已存在时须加 --force。
            可用格式：\(writerList)
            """)

    @Argument(help: ArgumentHelp("草稿文件（.txt、.md）。", valueName: "草稿文件"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("输出格式（必填）：\(writerIDs)。", valueName: "格式"))
    var to: String?

    @Option(name: .short, help: ArgumentHelp("输出文件（必填）；所在文件夹必须已存在。", valueName: "输出文件"))
    var output: String?

    @Flag(name: .long, help: "目标文件已存在时覆盖它。")
    var force = false

    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "草稿格式：\(InputFormat.allCases.map(\.rawValue).joined(separator: "、"))；默认按扩展名判断。",
        valueName: "格式"))
    var inputFormat: String?

    func run() throws {
        do {
            try render()
        } catch {
            FileHandle.standardError.write(Data("reportkit: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func render() throws(RenderFailure) {
        guard let file else { throw RenderFailure("缺少草稿文件：用法 reportkit render 草稿文件 --to 格式 -o 输出文件") }
        guard let to else { throw RenderFailure("缺少 --to：请指定输出格式（\(Self.writerIDs)）") }
        guard let writer = BuiltinPlugins.registry.writer(id: to) else {
            throw RenderFailure("没有名为“\(to)”的输出格式；可用的格式：\(Self.writerIDs)")
        }
        guard let output else { throw RenderFailure("缺少 -o：请指定输出文件") }
        var format: InputFormat?
        if let inputFormat {
            guard let known = InputFormat(rawValue: inputFormat) else {
                let known = InputFormat.allCases.map(\.rawValue).joined(separator: "、")
                throw RenderFailure("不认识的草稿格式“\(inputFormat)”；可用的格式：\(known)")
            }
            format = known
        }
        let input = URL(fileURLWithPath: file)
        let document: SourceDocument
        do {
            document = try ReportReader.read(contentsOf: input, displayPath: file, format: format)
        } catch {
            throw RenderFailure(error.description)
        }
        let options = WriterOptions(
            sourceDescription: file,
            command: (["reportkit"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
        do {
            try AtomicOutput.write(
                to: URL(fileURLWithPath: output), displayPath: output, existing: force ? .replace : .refuse,
                inputs: [input]
            ) { temporary in
                try writer.write(document.report, to: temporary, options: options)
            }
        } catch let error as OutputError {
            throw RenderFailure(error.description)
        } catch let error as WriterError {
            throw RenderFailure("\(output): \(error.message)")
        } catch {
            throw RenderFailure("\(output): 无法写入（\(error.localizedDescription)）")
        }
    }

    private static var writerIDs: String {
        BuiltinPlugins.registry.writers.map(\.id).joined(separator: "、")
    }

    private static var writerList: String {
        BuiltinPlugins.registry.writers.map { "\($0.id)：\($0.title)" }.joined(separator: "，")
    }
}

/// Why `render` could not do its job, said in Chinese; the command prints it and exits with 2.
private struct RenderFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
