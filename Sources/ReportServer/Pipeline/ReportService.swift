import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportQuantities
import ReportReading
import ReportReview
import ReportScheme

/// What the server does with an upload, independent of HTTP: parse, lint, render, fix. It reuses the
/// CLI's pipeline (the reader, `LintEngine` with the registry's rules, the lint JSON formatter, the
/// writers by id, `FixApplier`), so the page and the API show what the command line shows.
public struct ReportService: Sendable {
    /// A rendered file to send back.
    public struct Rendered: Sendable {
        public var data: Data
        public var contentType: String
        public var fileName: String
    }

    /// A fixed draft: its text and how many fixes were applied and skipped.
    public struct Fixed: Sendable {
        public var text: String
        public var fileName: String
        public var applied: Int
        public var skipped: Int
    }

    public let registry: PluginRegistry
    /// Evaluation schemes the page offers, by id (such as `chongqing/2023`).
    public let schemes: [String: EvaluationScheme]
    private let engine: LintEngine

    public init(registry: PluginRegistry, schemes: [String: EvaluationScheme] = [:]) {
        self.registry = registry
        self.schemes = schemes
        self.engine = LintEngine(rules: registry.rules)
    }

    /// `[{"id", "title"}]`, sorted by id, for the page's scheme choice.
    public func schemeList() -> String {
        JSONValue.array(schemes.keys.sorted().map { id in
            .object([("id", .string(id)), ("title", .string(schemes[id]?.title ?? id))])
        }).serialized() + "\n"
    }

    /// `[{"id", "fileExtension", "mediaType", "title", "label", "fileNameSuffix", "needsIndicatorTables"}]` in the registry's
    /// order: the page builds its download buttons from it, so a new writer needs no edit here.
    public func writerList() -> String {
        JSONValue.array(registry.writers.map { writer in
            .object([
                ("id", .string(writer.id)), ("fileExtension", .string(writer.fileExtension)),
                ("mediaType", .string(writer.mediaType)), ("title", .string(writer.title)),
                ("label", .string(writer.label)), ("fileNameSuffix", .string(writer.fileNameSuffix)),
                ("needsIndicatorTables", .bool(writer.needsIndicatorTables)),
            ])
        }).serialized() + "\n"
    }

    /// `[{"id", "title"}]` of every rule, for the page's Chinese group titles.
    public func ruleList() -> String {
        JSONValue.array(registry.rules.map { rule in
            .object([("id", .string(rule.metadata.id)), ("title", .string(rule.metadata.title))])
        }).serialized() + "\n"
    }

    /// `parse --format json`: the report model with its figures.
    public func parse(_ upload: Upload) throws(ServerError) -> String {
        let document = try upload.read()
        do {
            return try QuantityJSON.encode(document.report)
        } catch {
            throw .badRequest("\(upload.name): 无法把报告编码为 JSON")
        }
    }

    /// `lint --format json` for the one draft.
    public func lint(_ upload: Upload, scheme: String? = nil) throws(ServerError) -> String {
        String(decoding: try lintUTF8(upload, scheme: scheme), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, which the server sends as they are.
    func lintUTF8(_ upload: Upload, scheme: String? = nil) throws(ServerError) -> [UInt8] {
        JSONLintFormatter().formatUTF8(LintRun(files: [try lintResult(upload, scheme: scheme).1]))
    }

    /// Everything the page shows at once: the lines, the outline, the lint JSON and the indicator tables.
    public func analyze(_ upload: Upload, scheme: String? = nil) throws(ServerError) -> String {
        String(decoding: try analyzeUTF8(upload, scheme: scheme), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes.
    func analyzeUTF8(_ upload: Upload, scheme: String? = nil) throws(ServerError) -> [UInt8] {
        let (document, result) = try lintResult(upload, scheme: scheme)
        var bytes = PageModel.make(document: document, result: result, name: upload.name).serializedUTF8()
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The draft through the writer `id`; a writer that needs a path gets a temporary file that is
    /// removed before this returns.
    public func render(_ upload: Upload, to id: String) throws(ServerError) -> Rendered {
        guard let writer = registry.writer(id: id) else {
            let known = registry.writers.map(\.id).joined(separator: "、")
            throw .badRequest("没有名为“\(id)”的输出格式；可用的格式：\(known)")
        }
        let document = try upload.read(wordNotes: .leftOut)
        let data = try written(upload, title: writer.title, fileExtension: writer.fileExtension) { output in
            try writer.write(document.report, to: output, options: WriterOptions(sourceDescription: upload.name, command: "reportkit serve"))
        }
        return Rendered(data: data, contentType: writer.mediaType,
                        fileName: "\(upload.stem)\(writer.fileNameSuffix).\(writer.fileExtension)")
    }

    /// Applies every safe fix to a text or Markdown draft and returns the fixed text (UTF-8).
    public func fix(_ upload: Upload, scheme: String? = nil) throws(ServerError) -> Fixed {
        guard upload.format != .docx else {
            throw .badRequest("\(upload.name): 暂时只能自动修复纯文本（.txt）或 Markdown（.md）草稿，不能修复 Word 文档")
        }
        let (_, result) = try lintResult(upload, scheme: scheme)
        let source: SourceText
        do {
            source = try SourceText(data: upload.data, path: upload.name)
        } catch {
            throw .badRequest(error.description)
        }
        var fixed = source
        let applied = FixApplier.apply(result.diagnostics.compactMap(\.fix), to: source.lines)
        fixed.lines = applied.lines
        let fileName = "\(upload.stem)（修复）.\((upload.name as NSString).pathExtension)"
        return Fixed(text: fixed.text, fileName: fileName, applied: applied.applied.count, skipped: applied.skipped.count)
    }

    /// The draft's findings as a list (the first findings export the registry offers: Excel).
    public func export(_ upload: Upload, scheme: String? = nil) throws(ServerError) -> Rendered {
        guard let writer = registry.findingsWriters.first else { throw .badRequest("没有可用的问题清单格式") }
        let (_, result) = try lintResult(upload, scheme: scheme)
        let findings = FindingsExport.report(LintRun(files: [result]), titles: registry.ruleTitles, checked: Date())
        let data = try written(upload, title: writer.title, fileExtension: writer.fileExtension) { output in
            try writer.write(findings, to: output)
        }
        return Rendered(data: data, contentType: writer.mediaType, fileName: "\(upload.stem)-检查结果.\(writer.fileExtension)")
    }

    /// The bytes a writer puts into a temporary file (writers write files; libxlsxwriter only can),
    /// the file and its folder removed before this returns.
    private func written(_ upload: Upload, title: String, fileExtension: String, write: (URL) throws -> Void)
        throws(ServerError) -> Data
    {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("reportkit-serve-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let output = folder.appendingPathComponent("output.\(fileExtension)")
            try write(output)
            return try Data(contentsOf: output)
        } catch let error as WriterError {
            throw .badRequest("\(upload.name): 无法生成\(title)：\(error.message)")
        } catch {
            throw ServerError(status: 500, message: "\(upload.name): 无法生成\(title)（服务器临时文件夹不可写）")
        }
    }

    /// A reviewed Word draft: its bytes and what was written into it.
    public struct Reviewed: Sendable {
        public var data: Data
        public var contentType: String
        public var fileName: String
        public var comments: Int
        public var revisions: Int
    }

    /// A copy of a Word draft with every finding as a comment (批注), or (`revise`) with every safe
    /// fix as a tracked change (修订) and the other findings as comments: what `lint --annotate` and
    /// `lint --annotate --fix` write.
    public func review(_ upload: Upload, scheme: String? = nil, revise: Bool) throws(ServerError) -> Reviewed {
        guard upload.format == .docx else {
            throw .badRequest("\(upload.name): 只有 Word 文档（.docx）可以生成带批注或修订的副本；文本草稿请用“下载修复后的草稿”")
        }
        let (document, result) = try lintResult(upload, scheme: scheme)
        let plan = ReviewPlan(annotate: true, revise: revise, titles: registry.ruleTitles)
        do {
            let (data, outcome) = try WordReview.reviewedPackage(
                data: upload.data, path: upload.name, document: document, diagnostics: Array(result.diagnostics), plan: plan, date: Date())
            return Reviewed(
                data: data, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                fileName: "\(upload.stem)-\(revise ? "修订" : "批注").docx", comments: outcome.comments, revisions: outcome.revisions)
        } catch let error as ReadError {
            throw .badRequest(error.description)
        } catch let error as ReviewError {
            throw .badRequest("\(upload.name): \(error.description)")
        } catch {
            throw .badRequest("\(upload.name): 无法生成 Word 副本")
        }
    }

    private func lintResult(_ upload: Upload, scheme id: String? = nil) throws(ServerError)
        -> (SourceDocument, FileLintResult)
    {
        var extensions: [String: any Sendable] = [:]
        if let id, !id.isEmpty {
            guard let scheme = schemes[id] else {
                let known = schemes.keys.sorted().joined(separator: "、")
                throw .badRequest("没有名为“\(id)”的评价方案；可用的方案：\(known.isEmpty ? "（无）" : known)")
            }
            extensions = scheme.ruleExtensions
        }
        let document = try upload.read()
        guard !extensions.isEmpty else {
            return (document, FileLinter(engine: engine).lint(document, path: upload.name, configuration: .standard).result)
        }
        var result = FileLintResult(
            path: upload.name, diagnostics: engine.findings(in: document.report, extensions: extensions), lines: document.lines)
        result.paragraphLocator = document.paragraphLocator
        return (document, result)
    }
}
