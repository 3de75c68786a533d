import Foundation
import ReportDrafting
import ReportKitBuiltins
import ReportModel
import ReportOutput
import ReportScheme

/// The Excel side of `reportkit draft`: writing the district's data form (`--form`) and choosing the
/// reader for `--data` by its extension (`.xlsx` is a filled form, anything else YAML).
enum DraftForm {
    /// Whether `path` names a workbook.
    static func isWorkbook(_ path: String) -> Bool {
        ["xlsx", "xlsm"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    static func loadData(_ path: String, scheme: EvaluationScheme) throws -> DistrictData {
        let url = URL(fileURLWithPath: path)
        // An old `.xls` goes to the workbook reader too, which says to save it as `.xlsx`.
        if isWorkbook(path) || url.pathExtension.lowercased() == "xls" { return try WorkbookDataLoader.load(contentsOf: url, scheme: scheme, displayPath: path) }
        return try DistrictDataLoader.load(contentsOf: url, displayPath: path)
    }

    /// Writes the form for `scheme` to `path` (temporary file, then renamed), filled with `data` when
    /// given; never over the scheme or the data.
    static func write(_ path: String, scheme: EvaluationScheme, schemePath: String, data: String?, force: Bool) throws {
        guard isWorkbook(path) else {
            throw OutputError(path: path, detail: "填报表应以 .xlsx 结尾")
        }
        let filled = try data.map { try loadData($0, scheme: scheme) }
        let form = DataFormBuilder(scheme: scheme).form(filledWith: filled)
        let inputs = [URL(fileURLWithPath: schemePath)] + (data.map { [URL(fileURLWithPath: $0)] } ?? [])
        try AtomicOutput.write(
            to: URL(fileURLWithPath: path), displayPath: path, existing: force ? .replace : .refuse, inputs: inputs
        ) { temporary in
            try BuiltinPlugins.formWriter.write(form, to: temporary)
        }
        Console.out("已生成 \(path)（Excel 填报表：\(form.sheets.map(\.name).joined(separator: "、"))）\n")
    }
}
