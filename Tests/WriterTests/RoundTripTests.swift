import Foundation
import ReportModel
import Testing

/// Rendering a report and reading the output back gives the same report (positions aside, markers
/// as written), for every seed and fixture, in both text formats; rendering again changes nothing.
@Suite("写出后再读入，文档模型不变")
struct RoundTripTests {
    static func read(_ input: String) throws -> Report {
        let name = String(input.drop { $0 != ":" }.dropFirst())
        return input.hasPrefix("seed:") ? try Corpus.readSeed(name) : try Corpus.readFixture(name)
    }

    @Test("样例：写出再读入得到同一模型", arguments: Corpus.fixtures.map { "fixture:" + $0 }, RenderTarget.allCases)
    func fixtureRoundTrip(input: String, target: RenderTarget) throws {
        try checkRoundTrip(input: input, target: target)
    }

    @Test(
        "种子：写出再读入得到同一模型", .enabled(if: Corpus.seedsAvailable, "跳过：找不到真实公文样本（../shared/seeds 或 REPORTKIT_SEEDS）"),
        arguments: Corpus.seeds.map { "seed:" + $0 }, RenderTarget.allCases)
    func seedRoundTrip(input: String, target: RenderTarget) throws {
        try checkRoundTrip(input: input, target: target)
    }

    private func checkRoundTrip(input: String, target: RenderTarget) throws {
        let original = try Self.read(input)
        let (output, reread) = target.roundTrip(original)
        let expected = ReportShape(original), actual = ReportShape(reread)
        // Six metadata lines always; an input read as (nearly) empty would make the comparison vacuous.
        #expect(expected.lines.count > 12, "\(input) 读入后几乎为空")
        #expect(expected.firstDifference(from: actual) == nil, "\(input) → \(target.rawValue)")
        // Rendering what was read back gives the same bytes: the output is a fixed point.
        #expect(target.render(reread) == output)
    }

    @Test("种子 004 中的（5）照原样写出，读回后仍是第二级第5项，检查照样报出",
          .enabled(if: Corpus.seedsAvailable, "跳过：找不到真实公文样本"), arguments: RenderTarget.allCases)
    func strayMarkerIsKeptAsWritten(target: RenderTarget) throws {
        let original = try Corpus.readSeed("004")
        let stray = try #require(original.allSections.first { $0.marker?.raw.hasPrefix("（5）") == true })
        #expect(stray.marker?.level == 2)
        #expect(stray.marker?.style == .arabicFullWidthParen)
        // Normalising is `lint --fix`'s job: a rendering that did it would hide the warning.
        let (output, reread) = target.roundTrip(original)
        #expect(output.contains("（5）" + stray.title))
        #expect(!output.contains("（五）" + stray.title))
        let kept = try #require(reread.allSections.first { $0.title == stray.title })
        #expect(kept.marker?.raw == stray.marker?.raw)
        #expect(kept.marker?.style == .arabicFullWidthParen)
        #expect(kept.marker?.level == 2)
        #expect(kept.marker?.ordinal == 5)
    }
}
