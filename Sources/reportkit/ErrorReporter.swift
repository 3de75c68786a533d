import ArgumentParser
import Foundation
import ReportLinting
import ReportOutput
import ReportReading

/// Turns every failure of every command into `reportkit: <中文消息>` on stderr and exit code 2 (help
/// and version go to stdout with 0; an explicit `ExitCode` keeps its code), never a stack trace.
enum ErrorReporter {
    static func exit(with error: any Error) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        if let message = knownMessage(error) {
            Console.error(message)
            Foundation.exit(2)
        }
        // Errors from ArgumentParser: help and version requests, usage mistakes, `ValidationError`.
        let code = ReportKitCommand.exitCode(for: error)
        if code == .success {
            Console.out(ReportKitCommand.fullMessage(for: error) + "\n")
            Foundation.exit(0)
        }
        var message = ReportKitCommand.message(for: error)
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        if message.unicodeScalars.contains(where: { $0.value >= 0x3000 }) {
            Console.error(message)  // our own ValidationError, already in Chinese
        } else {
            // ArgumentParser's own (English) usage messages.
            Console.error("命令行参数有误（\(message)）；运行 reportkit help <子命令> 查看用法")
        }
        Foundation.exit(2)
    }

    /// The Chinese message of the project's own errors, which already name file and line.
    private static func knownMessage(_ error: any Error) -> String? {
        switch error {
        case let error as ReadError: error.description
        case let error as OutputError: error.description
        case let error as ConfigurationError: error.description
        case let error as PluginError: error.description
        case let error as TextEncodingError: error.description
        case let error as ValidationError: error.message
        default: nil
        }
    }
}

extension ReportKitCommand {
    /// Parses the command line and runs the command, reporting any failure through `ErrorReporter`.
    static func main() {
        MemoryTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorReporter.exit(with: error)
        }
    }
}
