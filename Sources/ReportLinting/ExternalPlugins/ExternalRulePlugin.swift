import Foundation
import ReportModel
import ReportPluginKit

/// An out-of-process rule plugin, as pandoc has filters: a shell command that reads the report as
/// JSON (the `parse --format json` form) on stdin and prints diagnostics as JSON on stdout, so that a
/// city can add its own checks in any language.
public struct ExternalRulePlugin: Sendable {
    /// The command, run with `/bin/sh -c`.
    public var command: String
    /// The folder to run it in (the configuration file's folder for plugins named there), or nil.
    public var directory: String?
    /// Seconds before the plugin is killed.
    public var timeout: Double

    /// Bytes of output (stdout and stderr together) beyond which the plugin is stopped and reported as failed.
    public var outputLimit: Int = 64 << 20

    public static let defaultTimeout: Double = 10

    public init(command: String, directory: String? = nil, timeout: Double = ExternalRulePlugin.defaultTimeout) {
        self.command = command
        self.directory = directory
        self.timeout = timeout
    }

    /// Runs the plugin on an already encoded report (`ReportJSON.encode`).
    public func check(reportJSON: Data) -> Result<[Diagnostic], PluginError> {
        check(input: .bytes(reportJSON))
    }

    /// Runs the plugin with the file at `path` (an encoded report) as its stdin.
    public func check(reportJSONFile path: String) -> Result<[Diagnostic], PluginError> {
        check(input: .file(path))
    }

    private func check(input: PluginProcess.Input) -> Result<[Diagnostic], PluginError> {
        var shellCommand = command
        if let directory { shellCommand = "cd \(Self.quoted(directory)) && \(command)" }
        let output: PluginProcess.Output
        do {
            output = try PluginProcess(command: shellCommand, timeout: timeout, outputLimit: outputLimit).run(input)
        } catch {
            return .failure(PluginError(command: command, detail: error.detail))
        }
        if output.outputExceeded {
            return .failure(PluginError(command: command, detail: "输出超过 \(Self.size(outputLimit)) 的上限，已终止；插件的输出应为诊断 JSON"))
        }
        if output.timedOut {
            return .failure(PluginError(command: command, detail: "运行超时（超过 \(Self.seconds(timeout)) 秒），已终止；可用 --plugin-timeout 放宽时限"))
        }
        guard output.status == 0 else {
            let message = String(decoding: output.stderr, as: UTF8.self)
                .split(whereSeparator: \.isNewline).last.map { "：\($0)" } ?? ""
            let detail = output.status == 127 ? "无法运行（找不到命令）" : "运行失败（退出码 \(output.status)）"
            return .failure(PluginError(command: command, detail: detail + message))
        }
        return PluginDiagnosticDecoder.decode(output.stdout, command: command)
    }

    /// Runs the plugin on a report.
    public func check(_ report: Report) -> Result<[Diagnostic], PluginError> {
        do {
            return check(reportJSON: try SortedJSONEncoder.data(report, layout: .compact))
        } catch {
            return .failure(PluginError(command: command, detail: "无法把报告编码为 JSON"))
        }
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// `64 MB`, or bytes below a megabyte.
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) 字节"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
