import ArgumentParser
import Foundation
import ReportDrafting
import ReportKitBuiltins
import ReportModel
import ReportOutput
import ReportPluginKit
import ReportScheme

/// `reportkit draft --scheme TEMPLATE --data DATA -o DIR [--to markdown,text,xlsx]`: drafts the
/// report from the year's evaluation scheme and the district's data, one file per output format.
///
/// Exit codes: 0 written; 2 nothing written (bad template or data, unknown format, existing files
/// without `--force`, a folder that cannot be made).
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft", abstract: "按评价方案模板和区县数据起草自查自评报告（Markdown、纯文本、Word 和指标表）。",
        discussion: """
            每个评价要点都会按方案顺序成为带编号的一节；数据没有回答的要点写作【待填写：要点标题】。\
            增长率、合计和完成情况由数据算出。输出文件为 DIR/report.md、DIR/report.txt、DIR/report.docx、DIR/report.xlsx（--to 可只选其中几种）；\
            数据没有主送机关、落款单位或成文日期时，草稿写作【待填写：主送机关】等，lint 会列为未填写的占位符。\
            Word 稿按 GB/T 9704 排：正文之后写“附件：主要指标完成情况”，落款和成文日期之后另起一页为附件。\
            DIR 不存在时会新建（其上级文件夹须已存在）。--form 填报表.xlsx 则按方案生成 Excel 填报表，填好后用 --data 填报表.xlsx 起草。\
            给出多份 --data（或一个文件夹）时，全部数据无误才写出，每个区县写到 DIR/区县名/；--summary 另写各区县的汇总表。全部文件先写入临时文件夹，都成功后才一起放到 DIR，任何一步失败都不留下文件。退出码：0 已生成；2 无法起草（什么也不写）。
            """)

    /// The base name of every output file in DIR.
    static let baseName = "report"

    @Option(name: .long, help: "评价方案模板（如 Templates/chongqing/2023.yml）。")
    var scheme: String

    @Option(name: .long, help: "区县数据：YAML（如 Examples/青溪区/data.yml）或填好的 Excel 填报表（.xlsx）；可重复给出，或给出一个文件夹，每个区县起草到 DIR/区县名/。")
    var data: [String] = []

    @Option(name: .shortAndLong, help: "输出文件夹。")
    var output: String?

    @Option(name: .long, help: "不起草，改为按方案生成 Excel 填报表（.xlsx）；同时给出 --data 时填入其中的数据。")
    var form: String?

    @Option(name: .long, help: "输出格式，用逗号分隔：markdown、text、docx、xlsx（默认生成其中本版本支持的全部格式）。")
    var to: String?

    @Option(name: .long, help: "上年数据（.yml 或 .xlsx 填报表，格式同 --data）或上年报告（.docx，取其附件指标表的完成值和各要点标题下的文字）：补上本年数据没填的上年数，算出增减和增长率；在标准错误上列出变化超过 --change-threshold（默认30%）的数据和指标，以及文字与上年相同的要点。")
    var previous: String?

    @Option(name: .long, help: "与 --previous 同用：变化超过多少算“变化较大”，写作百分数，如 20%（默认 30%）。")
    var changeThreshold: String?

    @Option(name: .long, help: "另写一份汇总表（.xlsx）：各区县的要点填写情况和指标完成情况。")
    var summary: String?

    @Flag(name: .long, help: "不起草，列出方案的全部评价要点（编号、评价内容、要点标题，以制表符分隔），供填写数据时对照。")
    var listPoints = false

    @Flag(name: .long, help: "覆盖输出文件夹中已有的同名文件。")
    var force = false

    /// The formats written when `--to` is not given.
    static let defaultFormats = ["markdown", "text", "docx", "xlsx"]

    var formats: [String] {
        guard let to else { return Self.defaultFormats }
        return to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if listPoints {
            guard data.isEmpty, output == nil, form == nil, summary == nil else {
                throw ValidationError("--list-points 只列出方案的评价要点，不能与 --data、-o、--form、--summary 同时使用")
            }
            return
        }
        if form == nil {
            guard !data.isEmpty else { throw ValidationError("缺少 --data：请给出区县数据（.yml 或 .xlsx），或用 --form 生成填报表") }
            guard output != nil else { throw ValidationError("缺少 -o/--output：请给出输出文件夹") }
        } else {
            guard data.count <= 1 else { throw ValidationError("--form 只能配一份 --data（用来填入填报表的数据）") }
            guard summary == nil else { throw ValidationError("--summary 用于起草，不能与 --form 同时使用") }
            guard previous == nil else { throw ValidationError("--previous 用于起草，不能与 --form 同时使用") }
        }
        if let changeThreshold {
            guard previous != nil else { throw ValidationError("--change-threshold 须与 --previous 一起使用（它是与上年相比的变化幅度）") }
            guard PreviousYear.threshold(parsing: changeThreshold) != nil else {
                throw ValidationError(PreviousYear.thresholdError(changeThreshold))
            }
        }
        if previous != nil, data.count > 1 {
            throw ValidationError("--previous 只能配一份 --data（同一区县的本年数据）")
        }
        guard !formats.isEmpty else { throw ValidationError("--to 至少要指定一种输出格式，如 markdown,text,docx,xlsx") }
        if let duplicate = formats.first(where: { id in formats.filter { $0 == id }.count > 1 }) {
            throw ValidationError("--to 中的“\(duplicate)”重复了")
        }
    }

    func run() throws {
        do {
            try draft()
        } catch let error as DraftingError {
            fail(error.description)
        } catch let error as DraftingErrors {
            error.errors.dropLast().forEach { Console.error($0.description) }
            fail(error.errors.last?.description ?? "")
        } catch let error as OutputError {
            fail(error.description)
        } catch let error as WriterError {
            fail(error.description)
        }
    }

    private func fail(_ message: String) -> Never {
        Console.error(message)
        Foundation.exit(2)
    }

    private func draft() throws {
        // Input first: a bad template or data is reported whatever formats were asked for.
        let schemeURL = URL(fileURLWithPath: scheme)
        let evaluationScheme = try SchemeTemplateLoader.load(contentsOf: schemeURL, displayPath: scheme)
        if listPoints { return Console.out(Self.pointList(evaluationScheme)) }
        if let form {
            return try DraftForm.write(form, scheme: evaluationScheme, schemePath: scheme, data: data.first, force: force)
        }
        guard let output else { return }
        var previousYear: PreviousYear?
        if let previous {
            let threshold = changeThreshold.flatMap(PreviousYear.threshold(parsing:)) ?? PreviousYear.defaultThreshold
            if PreviousReportLoader.isReport(previous) {
                let report = try PreviousReportLoader.load(
                    contentsOf: URL(fileURLWithPath: previous), displayPath: previous, scheme: evaluationScheme)
                previousYear = PreviousYear(report, threshold: threshold, isFromReport: true)
            } else {
                previousYear = PreviousYear(try DraftForm.loadData(previous, scheme: evaluationScheme), threshold: threshold)
            }
        }
        let batch = try DraftBatch(data: data, scheme: evaluationScheme, previous: previousYear)
        if let summary { try DraftBatch.checkSummary(summary, force: force) }
        let writers = try selectedWriters()
        if batch.isSingle, let draft = batch.drafts.first {
            try write(draft.report, from: draft.path, with: writers, into: output)
        } else {
            let folders = batch.drafts.map { (output as NSString).appendingPathComponent($0.data.district) }
            // Every district's files are checked before the first is written.
            for folder in folders where !force {
                for writer in writers {
                    let file = (folder as NSString).appendingPathComponent("\(Self.baseName).\(writer.fileExtension)")
                    if FileManager.default.fileExists(atPath: file) {
                        throw OutputError(path: file, detail: "文件已存在；如需覆盖请加 --force")
                    }
                }
            }
            if FileManager.default.fileExists(atPath: output) {
                try DraftBatch.prepareFolder(output)
                for (draft, folder) in zip(batch.drafts, folders) {
                    try write(draft.report, from: draft.path, with: writers, into: folder)
                }
            } else {
                try writeNewFolder(batch, with: writers, into: output)
            }
        }
        if let previous, let previousYear {
            for draft in batch.drafts {
                if let findings = draft.previousYear {
                    let lines = findings.messages(previousPath: previous, threshold: previousYear.threshold)
                    lines.forEach(Console.note)
                }
                if draft.previousYear.map({ $0.filled.isEmpty && $0.largeChanges.isEmpty && $0.unchangedPoints.isEmpty }) == true {
                    Console.note("提示：上年数据 \(previous) 中没有与本年同名的数据或相同的要点文字")
                }
            }
        }
        if let summary {
            try DraftBatch.writeSummary(summary, batch: batch, scheme: evaluationScheme, inputs: [scheme] + data, force: force)
        }
    }

    /// The draft as `writer` should have it: plain text gets the appendix's categories on every row, so
    /// that its table is tab-separated rows, not a Markdown-style table.
    static func version(of report: Report, for writer: any ReportWriter) -> Report {
        writer.id == "text" ? Drafter.plainTextVersion(of: report) : report
    }

    /// `编号	评价内容	评价要点` and one line per point, in the scheme's order.
    static func pointList(_ scheme: EvaluationScheme) -> String {
        var lines = ["编号\t评价内容\t评价要点"]
        for (category, point) in scheme.allPoints {
            lines.append([point.id, category.title, point.title].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func selectedWriters() throws -> [any ReportWriter] {
        let registry = BuiltinPlugins.registry
        var writers: [any ReportWriter] = []
        for id in formats {
            // Without --to, a default format this build lacks is skipped with a note, not an error.
            if to == nil, registry.writer(id: id) == nil {
                Console.note("提示：本版本暂不支持输出格式“\(id)”，已跳过")
                continue
            }
            guard let writer = registry.writer(id: id) else {
                let known = registry.writers.isEmpty ? "（暂无）" : registry.writers.map(\.id).joined(separator: "、")
                fail("不支持输出格式“\(id)”：当前可用的格式有：\(known)；请修改 --to")
            }
            writers.append(writer)
        }
        return writers
    }

    /// Several districts into a folder that does not exist yet: every district's folder is written
    /// inside one temporary folder, which becomes `output` when all are complete, so that a writer
    /// failing on the last district leaves nothing behind.
    private func writeNewFolder(_ batch: DraftBatch, with writers: [any ReportWriter], into output: String) throws {
        let staging = try OutputStaging(folder: URL(fileURLWithPath: output, isDirectory: true), displayFolder: output)
        var written: [String] = []
        for draft in batch.drafts {
            let district = staging.temporaryURL(for: draft.data.district)
            do {
                try FileManager.default.createDirectory(at: district, withIntermediateDirectories: false)
            } catch {
                throw OutputError(path: output, detail: "无法创建输出文件夹（权限不足？）")
            }
            let options = WriterOptions(
                sourceDescription: "\(scheme) + \(draft.path)",
                command: "reportkit draft --scheme \(scheme) --data \(draft.path)")
            for writer in writers {
                let name = "\(Self.baseName).\(writer.fileExtension)"
                try writer.write(Self.version(of: draft.report, for: writer), to: district.appendingPathComponent(name), options: options)
                written.append("已生成 \(((output as NSString).appendingPathComponent(draft.data.district) as NSString).appendingPathComponent(name))（\(writer.title)）\n")
            }
        }
        try staging.commit(existing: .refuse, inputs: [URL(fileURLWithPath: scheme)] + data.map { URL(fileURLWithPath: $0) })
        written.forEach(Console.out)
    }

    /// Writes one district's report in every format into `output`, all files or none.
    private func write(_ report: Report, from data: String, with writers: [any ReportWriter], into output: String) throws {
        let schemeURL = URL(fileURLWithPath: scheme), dataURL = URL(fileURLWithPath: data)
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let targets = writers.map { writer in
            (writer, folder.appendingPathComponent("\(Self.baseName).\(writer.fileExtension)"),
             (output as NSString).appendingPathComponent("\(Self.baseName).\(writer.fileExtension)"))
        }
        if !force, let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0.1.path) }) {
            throw OutputError(path: existing.2, detail: "文件已存在；如需覆盖请加 --force")
        }
        // All outputs are written into one temporary folder and moved into place only when every one
        // is complete: a writer that fails leaves nothing behind.
        let staging = try OutputStaging(folder: folder, displayFolder: output)
        let options = WriterOptions(
            sourceDescription: "\(scheme) + \(data)", command: "reportkit draft --scheme \(scheme) --data \(data)")
        for (writer, url, _) in targets {
            try writer.write(Self.version(of: report, for: writer), to: staging.temporaryURL(for: url.lastPathComponent), options: options)
        }
        try staging.commit(existing: force ? .replace : .refuse, inputs: [schemeURL, dataURL])
        for (writer, _, display) in targets {
            Console.out("已生成 \(display)（\(writer.title)）\n")
        }
    }
}
