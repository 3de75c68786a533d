import Foundation
import ReportModel
import Testing

/// Each fixture renders to exactly its golden file, byte for byte. `REPORTKIT_UPDATE_GOLDEN=1`
/// rewrites the golden files in the source tree instead (review the diff before committing).
@Suite("金标文件")
struct GoldenTests {
    @Test("样例渲染结果与金标文件逐字节一致", arguments: Corpus.fixtures, RenderTarget.allCases)
    func matchesGolden(fixture: String, target: RenderTarget) throws {
        let output = target.render(try Corpus.readFixture(fixture))
        if Corpus.updatingGolden {
            let url = try Corpus.goldenURL(fixture: fixture, fileExtension: target.fileExtension, inSource: true)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            return
        }
        let golden = try String(
            contentsOf: Corpus.goldenURL(fixture: fixture, fileExtension: target.fileExtension), encoding: .utf8)
        let outputLines = output.components(separatedBy: "\n"), goldenLines = golden.components(separatedBy: "\n")
        let firstDifference = zip(goldenLines, outputLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? (goldenLines.count == outputLines.count ? nil : min(goldenLines.count, outputLines.count))
        #expect(firstDifference == nil, "第\((firstDifference ?? 0) + 1)行与金标文件不同")
        #expect(output == golden)
    }

}
