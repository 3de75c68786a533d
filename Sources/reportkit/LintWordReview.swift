import Foundation
import ReportLinting
import ReportOutput
import ReportPluginKit
import ReportReading
import ReportReview

/// The Word half of `reportkit lint`: `--annotate` and `--fix` on a `.docx` write a copy of the draft
/// (`-o`) with the findings as comments (批注) and the fixes as tracked changes (修订); the input is
/// never written over.
struct LintWordReview {
    let plan: ReviewPlan
    let output: String
    let force: Bool

    func write(_ outcome: FileLinter.Outcome, path: String) throws {
        guard let document = outcome.document else { return }
        let input = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: input)
        } catch {
            throw ReadError(.unreadable, path: path, detail: "无法再次读取文件以写入批注或修订")
        }
        let reviewed: ReviewOutcome
        let packed: Data
        do {
            (packed, reviewed) = try WordReview.reviewedPackage(
                data: data, path: path, document: document, diagnostics: Array(outcome.result.diagnostics), plan: plan, date: Date())
        } catch let error as ReviewError {
            throw OutputError(path: output, detail: error.description)
        }
        try AtomicOutput.write(packed, to: URL(fileURLWithPath: output), displayPath: output,
                               existing: force ? .replace : .refuse, inputs: [input])
        var done: [String] = []
        if plan.annotate { done.append("批注 \(reviewed.comments) 条") }
        if plan.revise { done.append("修订 \(reviewed.revisions) 处") }
        Console.note("\(path): 已写入 \(output)（\(done.joined(separator: "，"))）")
        if plan.revise, reviewed.fixesNotRevised > 0 {
            let instead = plan.annotate ? "已改为批注" : "未写入；加 --annotate 可作为批注写入"
            Console.note("\(path): 另有 \(reviewed.fixesNotRevised) 处修复位于域、已有修订或多段落的表格单元格中，无法标为修订，\(instead)")
        }
    }
}
