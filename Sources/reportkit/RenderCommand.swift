import ArgumentParser
import Foundation
import ReportKitBuiltins
import ReportModel
import ReportOutput
import ReportPluginKit
import ReportReading

/// `reportkit render FILE --to <writer> -o OUT [--force]`: reads a draft and writes it in another format
/// through one of the registered writers, atomically and never over its input.
///
/// Every failure is an error that `ErrorReporter` prints as `reportkit: …` with exit code 2.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "把草稿转换为其他格式（\(writerList)）。",
        discussion: """
            读取 .txt、.md 或 .docx 草稿，按 --to 指定的格式写到 -o 指定的文件。
            输出先写入目标文件夹中的临时文件再改名，失败时不留下半成品；不会覆盖输入文件，\
            不会创建文件夹；目标文件已存在时须加 --force。-o 以 / 结尾时表示写入该文件夹（文件名取草稿名）。\
            -o 是符号链接时写入它指向的文件（链接保留）；是设备、FIFO 或 /dev/stdout 时直接写入，不替换它。
            可用格式：\(writerList)
            """)

    @Argument(help: ArgumentHelp("草稿文件（.txt、.md、.docx）。", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("输出格式：\(writerIDs)。", valueName: "writer"))
    var to: String

    @Option(name: .short, help: ArgumentHelp("输出文件（以 / 结尾时为输出文件夹）；所在文件夹必须已存在。", valueName: "out"))
    var output: String

    @Flag(name: .long, help: "目标文件已存在时覆盖它。")
    var force = false

    @Option(name: .long, help: "按此格式读取草稿（text、markdown、docx），默认按扩展名判断。")
    var inputFormat: InputFormat?

    @Option(name: .customLong("reference-docx"),
            help: ArgumentHelp("输出 Word 文档时采用此 .docx 中的样式（如本单位的公文模板），同 pandoc 的 --reference-doc。", valueName: "docx"))
    var referenceDocx: String?

    func validate() throws {
        guard BuiltinPlugins.registry.writer(id: to) != nil else {
            throw ValidationError("没有名为“\(to)”的输出格式；可用的格式：\(Self.writerIDs)")
        }
        if let referenceDocx {
            guard to == "docx" else { throw ValidationError("--reference-docx 只能与 --to docx 一起使用") }
            guard FileManager.default.fileExists(atPath: referenceDocx) else {
                throw ValidationError("\(referenceDocx): 参考文档不存在")
            }
        }
    }

    func run() throws {
        guard let writer = BuiltinPlugins.registry.writer(id: to) else { throw ExitCode(2) }
        let input = URL(fileURLWithPath: file)
        let reference = referenceDocx.map { URL(fileURLWithPath: $0) }
        // Refused before the draft is read: an existing file without --force, a missing folder, the input.
        let output = try destination(extension: writer.fileExtension)
        let policy: AtomicOutput.ExistingFilePolicy = force ? .replace : .refuse
        let inputs = [input] + (reference.map { [$0] } ?? [])
        try AtomicOutput.check(URL(fileURLWithPath: output), displayPath: output, existing: policy, inputs: inputs)
        let document = try ReportReader.read(contentsOf: input, displayPath: file, format: inputFormat, wordNotes: .leftOut)
        if !document.omitted.isEmpty {  // What a Word draft held that the rendering leaves out.
            FileHandle.standardError.write(Data("reportkit: 注意：\(file) 中\(document.omitted.joined(separator: "；"))。\n".utf8))
        }
        let referenceFile = try referenceDocx.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw OutputError(path: path, detail: "参考文档无法读取（权限不足或不是文件）")
            }
            // Taken out with the reader's checks: a damaged or crafted template is refused here.
            let parts = try WordPackage(data: data, path: path).allParts()
            return WriterOptions.ReferenceFile(name: URL(fileURLWithPath: path).lastPathComponent, parts: parts)
        }
        let options = WriterOptions(
            sourceDescription: file,
            command: (["reportkit"] + CommandLine.arguments.dropFirst()).joined(separator: " "),
            referenceDocument: referenceFile)
        do {
            try AtomicOutput.write(to: URL(fileURLWithPath: output), displayPath: output, existing: policy, inputs: inputs) {
                temporary in
                try writer.write(document.report, to: temporary, options: options)
            }
        } catch let error as WriterError {
            throw OutputError(path: output, detail: error.message)
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: output, detail: "无法写入（\(error.localizedDescription)）")
        }
    }

    /// The output file: `-o` itself, or for `-o folder/` (a trailing slash) the input's name with the
    /// writer's extension in that folder, which must exist.
    private func destination(extension fileExtension: String) throws -> String {
        guard output.hasSuffix("/") else { return output }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: output, detail: "文件夹不存在（-o 以 / 结尾表示输出文件夹；render 不会创建文件夹）")
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return output + name + "." + fileExtension
    }

    // From the writers alone: the help text is made for every command the binary runs, and the
    // registry would make every rule first (the wording rules decode their catalogue).
    private static var writerIDs: String {
        BuiltinPlugins.writers.map(\.id).joined(separator: "、")
    }

    private static var writerList: String {
        BuiltinPlugins.writers.map { "\($0.id)：\($0.title)" }.joined(separator: "，")
    }
}
