import ArgumentParser
import Dispatch
import Foundation
import ReportDrafting
import ReportKitBuiltins
import ReportModel
import ReportScheme
import ReportServer
import Synchronization

/// `reportkit serve [--port 8080] [--host 127.0.0.1]`: the local web page for the people who write the
/// reports (drop a draft, see the findings beside the text, download the fixed draft and renderings).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "启动本机网页：上传草稿，查看问题，下载修复稿和各种格式。",
        discussion: """
            默认只监听本机（127.0.0.1），在浏览器中打开 http://127.0.0.1:8080/ 即可使用。\
            上传内容只在本机内存中处理，不保存到磁盘；单个文件不超过 20 MB。每份草稿在单独的子进程中处理，\
            超时（30 秒）即终止；同时处理的草稿不超过 CPU 核数，排队已满时请稍后再试。按 Ctrl+C 停止。
            """)

    @Option(name: .long, help: "监听的端口（默认 8080）。")
    var port: Int = 8080

    @Option(name: .long, help: "监听的地址（默认 127.0.0.1，仅本机可访问）。")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "评价方案模板所在文件夹（默认当前文件夹下的 Templates），页面上可选择按其中的方案检查。")
    var templates: String = "Templates"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port 须在 0 到 65535 之间") }
        guard !host.isEmpty else { throw ValidationError("--host 不能为空") }
    }

    func run() throws {
        if !ReportServerApp.isLoopback(host) {
            Console.note("警告：正在监听 \(host)，局域网内的其他计算机也能访问本页面并上传草稿；仅在可信网络中这样做")
        }
        let failure = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        let host = host, port = port
        let schemes = loadSchemes()
        // Each upload is read in a `reportkit serve-job` child of this very program.
        let jobs = ChildProcessJobs(
            executable: Self.executablePath, leadingArguments: ["serve-job", "--templates", URL(fileURLWithPath: templates).path])
        Task {
            do {
                let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                let app = ReportServerApp.application(
                    registry: BuiltinPlugins.registry, schemes: schemes, jobs: jobs, host: host, port: port) {
                    Console.note("已启动：在浏览器中打开 \(address) ，按 Ctrl+C 停止")
                }
                try await app.runService()
            } catch {
                failure.withLock { $0 = "无法在 \(host):\(port) 启动服务（\(error)）；请检查 --host 是否为本机地址、端口是否已被占用（可用 --port 换一个）" }
            }
            done.signal()
        }
        done.wait()
        if let message = failure.withLock({ $0 }) {
            Console.error(message)
            throw ExitCode(2)
        }
    }

    /// This program's own file, for its children.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// The templates under `templates/<region>/<year>.yml`, by id `region/year`; a template that does
    /// not load is left out with a note.
    private func loadSchemes() -> [String: EvaluationScheme] {
        let folder = URL(fileURLWithPath: templates)
        guard let regions = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var schemes: [String: EvaluationScheme] = [:]
        for region in regions.sorted() {
            let regionFolder = folder.appendingPathComponent(region)
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: regionFolder.path)) ?? []).sorted()
            where file.hasSuffix(".yml") {
                let path = "\(templates)/\(region)/\(file)"
                do {
                    let scheme = try SchemeTemplateLoader.load(contentsOf: regionFolder.appendingPathComponent(file), displayPath: path)
                    schemes["\(region)/\((file as NSString).deletingPathExtension)"] = scheme
                } catch {
                    Console.note("未载入评价方案 \(error.description)")
                }
            }
        }
        return schemes
    }
}
