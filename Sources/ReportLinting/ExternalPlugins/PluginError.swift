/// Why an out-of-process rule plugin gave no findings, in Chinese, naming the plugin's command.
public struct PluginError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command as configured.
    public var command: String
    public var detail: String

    public init(command: String, detail: String) {
        self.command = command
        self.detail = detail
    }

    /// `插件“python3 check.py”运行超时（超过 10 秒），已终止`.
    public var description: String { "插件“\(command)”\(detail)" }
}
