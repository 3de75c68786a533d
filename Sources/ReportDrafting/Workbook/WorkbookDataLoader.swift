import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import ReportScheme

/// Reads a filled data form (`reportkit draft --form` wrote it) into the `DistrictData` the YAML
/// loader fills, so that both draft the same report. Every problem of every sheet is reported at
/// once (`DraftingErrors`), each naming its cell: `工作表“指标”第7行D列：…`.
public enum WorkbookDataLoader {
    public static func load(
        contentsOf url: URL, scheme: EvaluationScheme, displayPath: String? = nil
    ) throws(DraftingErrors) -> DistrictData {
        let path = displayPath ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DraftingErrors([DraftingError(path: path, detail: "文件不存在")])
        }
        guard !isDirectory.boolValue, let data = try? Data(contentsOf: url) else {
            throw DraftingErrors([DraftingError(path: path, detail: isDirectory.boolValue ? "这是一个文件夹，不是 Excel 填报表" : "无法读取文件")])
        }
        return try load(data: data, scheme: scheme, path: path)
    }

    public static func load(data: Data, scheme: EvaluationScheme, path: String) throws(DraftingErrors) -> DistrictData {
        let sheets: [SpreadsheetSheet]
        do {
            sheets = try SpreadsheetReader.read(data: data, path: path)
        } catch {
            throw DraftingErrors([DraftingError(path: path, line: error.line, detail: error.detail)])
        }
        var reader = FormReader(path: path, scheme: scheme, sheets: sheets)
        let result = reader.read()
        guard reader.errors.isEmpty, let result else { throw DraftingErrors(reader.errors) }
        // The contradictions the drafter would stop at one by one, all at once.
        let contradictions = contradictions(in: result)
        guard contradictions.isEmpty else { throw DraftingErrors(contradictions) }
        return result
    }

    /// Parts that add up to more than their total, for every figure of the data.
    static func contradictions(in data: DistrictData) -> [DraftingError] {
        var errors: [DraftingError] = []
        for figure in data.basics + data.points.flatMap(\.figures) {
            do {
                _ = try DerivedFigures.total(of: figure, path: data.path)
            } catch {
                errors.append(error)
            }
        }
        return errors
    }
}
