import Foundation
import ReportLinting
import ReportOutput
import ReportPluginKit
import ReportReading

/// The `--fix` and `--diff` half of `reportkit lint`: applies the findings' fixes to a draft's text,
/// then either writes it back atomically (keeping FILE.bak) and re-lints it, or prints the changes as a
/// unified diff and leaves the file alone. Notes for the user go to stderr.
struct LintFixer {
    let linter: FileLinter
    let keepBackup: Bool

    /// Prints what `--fix` would change; returns the outcome unchanged.
    func showDiff(_ outcome: FileLinter.Outcome, path: String) throws -> FileLinter.Outcome {
        guard let (original, source, applied) = try fixedSource(outcome, path: path) else { return outcome }
        Console.out(UnifiedDiff.make(old: original, new: source.lines, path: path))
        reportSkipped(applied, path: path)
        return outcome
    }

    /// Applies the fixes in place and returns the outcome of linting the fixed text.
    func fixInPlace(_ outcome: FileLinter.Outcome, path: String, configuration: LintConfiguration) throws
        -> FileLinter.Outcome
    {
        guard let document = outcome.document, let (_, source, applied) = try fixedSource(outcome, path: path) else {
            return outcome
        }
        let url = URL(fileURLWithPath: path)
        let data = try source.data()
        // A link is followed (the file it names is fixed, the link stays); the fixed file keeps the
        // original's owner and mode, and FILE.bak is complete before the original is replaced.
        let target = try AtomicOutput.write(
            to: url, displayPath: path, existing: keepBackup ? .replaceKeepingBackup : .replace
        ) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw OutputError(path: path, detail: "无法写入修复后的文件（文件夹只读或磁盘已满）")
            }
        }
        var backup = ""
        if keepBackup, case .regularFile(let file, _) = target {
            let linked = file.standardizedFileURL.path != url.standardizedFileURL.path
            backup = "，原文件已保存为 \(linked ? file.path : path).bak"
        }
        Console.note("\(path): 已自动修复 \(applied.applied.count) 处\(backup)")
        reportSkipped(applied, path: path)
        let fixed = ReportReader.read(text: source.text, path: path, format: document.format)
        return linter.lint(fixed, path: path, configuration: configuration)
    }

    /// The draft's original lines and its text with every fix applied, or nil when no finding has a fix.
    private func fixedSource(_ outcome: FileLinter.Outcome, path: String) throws
        -> (SourceLines, SourceText, FixApplier.Outcome)?
    {
        let fixes = outcome.result.diagnostics.compactMap(\.fix)
        guard !fixes.isEmpty else {
            Console.note("\(path): 没有可自动修复的问题")
            return nil
        }
        var source = try readSource(path)
        let original = source.lines
        let applied = FixApplier.apply(fixes, to: original)
        source.lines = applied.lines
        return (original, source, applied)
    }

    private func readSource(_ path: String) throws -> SourceText {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError(.unreadable, path: path, detail: "无法再次读取文件以应用修复")
        }
        return try SourceText(data: data, path: path)
    }

    private func reportSkipped(_ applied: FixApplier.Outcome, path: String) {
        guard !applied.skipped.isEmpty else { return }
        Console.note("\(path): 另有 \(applied.skipped.count) 处修复与其他修复重叠或位置无效，未应用；修复后可再次运行 --fix")
    }
}
