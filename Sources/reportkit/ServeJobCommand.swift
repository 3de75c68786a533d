import ArgumentParser
import Foundation
import ReportDrafting
import ReportKitBuiltins
import ReportModel
import ReportScheme
import ReportServer

/// `reportkit serve-job` (hidden): the document work of one `reportkit serve` request, run in a
/// process of its own so that no upload can take the server down. Reads the upload on stdin, writes
/// the result (one JSON line, then the body) on stdout. Only the server starts it.
struct ServeJobCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-job", abstract: "（内部使用）由 reportkit serve 启动，处理一份上传的草稿。", shouldDisplay: false)

    @Option(name: .long) var operation: String
    @Option(name: .long) var name: String
    @Option(name: .long) var scheme: String?
    @Option(name: .long) var to: String?
    @Option(name: .long) var templates: String = "Templates"
    @Option(name: .customLong("memory-limit")) var memoryLimit: Int?

    func run() throws {
        JobChild.limitResources(memoryLimit: memoryLimit)
        guard let operation = Job.Operation(rawValue: operation) else {
            Console.error("未知的操作“\(operation)”")
            throw ExitCode(2)
        }
        let job = Job(operation: operation, name: name, scheme: scheme, writer: to)
        let input = JobChild.readInput()
        var schemes: [String: EvaluationScheme] = [:]
        if let scheme, !scheme.isEmpty {
            // The server passes only ids it listed from this folder (each checked in full when listed);
            // no job drafts (parse, lint, render, fix, comments, the findings list), so the drafting
            // patterns are not compiled again.
            let path = "\(templates)/\(scheme).yml"
            do {
                schemes[scheme] = try SchemeTemplateLoader.load(
                    contentsOf: URL(fileURLWithPath: path), displayPath: path, checkingPatterns: false)
            } catch {
                Console.error("评价方案 \(error.description)")
                throw ExitCode(2)
            }
        }
        let output = JobChild.run(job, input: input, registry: BuiltinPlugins.registry, schemes: schemes)
        FileHandle.standardOutput.write(Data(output))
    }
}
