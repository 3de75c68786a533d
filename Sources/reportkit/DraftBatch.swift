import Foundation
import ReportDrafting
import ReportKitBuiltins
import ReportModel
import ReportOutput
import ReportPluginKit
import ReportScheme

/// `reportkit draft` with several `--data` files or a folder of them: every district is read and
/// drafted before anything is written (the mistakes of every file are reported together), each into
/// its own folder `DIR/<区县名>/`, and `--summary` gives the city office one workbook over all.
struct DraftBatch {
    struct Draft {
        var path: String
        var data: DistrictData
        var report: Report
        /// What carrying last year's data in found (`--previous`).
        var previousYear: PreviousYear.Findings?
    }

    let drafts: [Draft]
    /// One data file given as a file: its outputs go into DIR itself, as they always have.
    let isSingle: Bool

    /// The extensions of data files taken from a folder.
    static let dataExtensions: Set<String> = ["yml", "yaml", "xlsx"]

    init(data: [String], scheme: EvaluationScheme, previous: PreviousYear? = nil) throws {
        var paths: [String] = []
        var sawFolder = false
        for path in data {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                sawFolder = true
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let files = names.filter {
                    !$0.hasPrefix(".") && !$0.hasPrefix("~$")
                        && Self.dataExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
                }.sorted()
                guard !files.isEmpty else {
                    throw DraftingError(path: path, detail: "文件夹中没有区县数据（.yml 或 .xlsx 文件）")
                }
                paths += files.map { (path as NSString).appendingPathComponent($0) }
            } else {
                paths.append(path)
            }
        }
        var drafts: [Draft] = []
        var errors: [DraftingError] = []
        let drafter = try Drafter(scheme: scheme)
        for path in paths {
            do {
                var data = try DraftForm.loadData(path, scheme: scheme)
                var findings: PreviousYear.Findings?
                if let previous { (data, findings) = previous.carry(into: data, scheme: scheme) }
                drafts.append(Draft(path: path, data: data, report: try drafter.draft(data), previousYear: findings))
            } catch let error as DraftingError {
                errors.append(error)
            } catch let error as DraftingErrors {
                errors += error.errors
            }
        }
        var seen: [String: String] = [:]
        for draft in drafts {
            if let other = seen[draft.data.district] {
                errors.append(DraftingError(
                    path: draft.path, detail: "区县“\(draft.data.district)”在“\(other)”中已有一份数据；每个区县只能给一份"))
            }
            seen[draft.data.district] = draft.path
            if paths.count > 1, !Self.isSafeFolderName(draft.data.district) {
                errors.append(DraftingError(
                    path: draft.path, detail: "区县名称“\(draft.data.district)”不能用作文件夹名（含有 / 或以 . 开头）"))
            }
        }
        guard errors.isEmpty else { throw DraftingErrors(errors) }
        self.drafts = drafts
        isSingle = paths.count == 1 && !sawFolder
    }

    /// `与上年比较`: with `--previous`, the figures that moved more than the threshold and the points
    /// whose text is last year's, one row each, for the summary workbook.
    static func previousYearSheet(_ batch: DraftBatch) -> DataEntryForm.Sheet? {
        var rows: [DataEntryForm.Row] = []
        for draft in batch.drafts {
            guard let findings = draft.previousYear else { continue }
            for change in findings.largeChanges {
                rows.append(DataEntryForm.Row([.text(draft.data.district), .text("变化较大的数据"), .text(change)]))
            }
            for point in findings.unchangedPoints {
                rows.append(DataEntryForm.Row([.text(draft.data.district), .text("文字与上年相同的要点"), .text(point)]))
            }
        }
        guard batch.drafts.contains(where: { $0.previousYear != nil }) else { return nil }
        let columns: [DataEntryForm.Column] = [
            .init("区县", kind: .result, width: 12), .init("类别", kind: .result, width: 20),
            .init("内容", kind: .result, width: 70),
        ]
        return DataEntryForm.Sheet(name: "与上年比较", columns: columns, rows: rows, isProtected: false)
    }

    static func isSafeFolderName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0")
    }

    /// The output folder of several districts: made when missing (its parent must exist).
    static func prepareFolder(_ output: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: output, detail: "这是一个文件，不是文件夹；-o 应指定输出文件夹")
            }
            return
        }
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: output, detail: "上级文件夹“\(parent.path)”不存在；请先创建它")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        } catch {
            throw OutputError(path: output, detail: "无法创建输出文件夹（权限不足？）")
        }
    }

    /// Refuses an existing summary before anything is drafted into place.
    static func checkSummary(_ path: String, force: Bool) throws {
        guard DraftForm.isWorkbook(path) else { throw OutputError(path: path, detail: "汇总表应以 .xlsx 结尾") }
        if !force, FileManager.default.fileExists(atPath: path) {
            throw OutputError(path: path, detail: "文件已存在；如需覆盖请加 --force")
        }
    }

    static func writeSummary(
        _ path: String, batch: DraftBatch, scheme: EvaluationScheme, inputs: [String], force: Bool
    ) throws {
        var form = DraftSummaryBuilder(scheme: scheme).form(for: batch.drafts.map { ($0.data, $0.report) })
        if let sheet = previousYearSheet(batch) { form.sheets.append(sheet) }
        try AtomicOutput.write(
            to: URL(fileURLWithPath: path), displayPath: path, existing: force ? .replace : .refuse,
            inputs: inputs.map { URL(fileURLWithPath: $0) }
        ) { temporary in
            try BuiltinPlugins.formWriter.write(form, to: temporary)
        }
        Console.out("已生成 \(path)（汇总表：\(batch.drafts.count) 个区县）\n")
    }
}
