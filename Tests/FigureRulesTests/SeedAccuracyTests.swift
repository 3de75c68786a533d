import FigureRules
import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities
import Testing
import TestSupport

/// The figure rules on the real reports: true figures pass, the one wrong total is caught.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct SeedAccuracyTests {
    @Test func seed001GrowthFiguresAllRecomputeAndPass() throws {
        let report = try Figures.seed("001")
        let growth = QuantityAnalysis.statements(in: report).filter { $0.kind == .growth }
        let described = growth.map { statement in
            [statement.current, statement.base, statement.increase, statement.rate].map { $0?.text ?? "-" }
        }
        #expect(described.contains(["25.46亿元", "24.07亿元", "1.39亿元", "5.77%"]))
        #expect(described.contains(["19434.44元", "19102.41元", "332元", "1.7%"]))
        #expect(described.contains(["37.95亿元", "-", "1.84亿元", "5.09%"]))
        #expect(described.contains(["32.75亿元", "-", "2.59亿元", "8.59%"]))
        let findings = Figures.check(report).filter { $0.ruleID.hasPrefix("arithmetic.") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func seed001PartsLabelledByYearsPass() throws {
        let report = try Figures.seed("001")
        let composition = try #require(QuantityAnalysis.statements(in: report).first { $0.total?.text == "28886万元" })
        #expect(composition.parts.map(\.value) == [72_170_000, 216_690_000])
        #expect(composition.parts.map(\.label) == ["2021年", "2022年"])
        #expect(!Figures.check(report).contains { $0.range.start.line == composition.total?.line })
    }

    @Test func seed002WrongStudentTotalIsReportedAndTheOthersAreNot() throws {
        let report = try Figures.seed("002")
        let sums = Figures.check(report).filter { $0.ruleID == "arithmetic.sum" }
        #expect(sums.count == 1)
        let finding = try #require(sums.first)
        #expect(finding.severity == .error)
        #expect(finding.range == SourceRange(line: 16, column: 44, length: 7))  // 106291人
        #expect(finding.message.contains("98215人"))
        #expect(finding.message.contains("106291人"))
        let compositions = QuantityAnalysis.statements(in: report).filter { $0.kind == .composition }
        #expect(compositions.map { $0.total?.text } .prefix(3) == ["269所", "106291人", "8501人"])
    }

    @Test func seed002IndicatorSubtotalsAllPass() throws {
        let report = try Figures.seed("002")
        let table = try #require(report.indicatorTables.first)
        let parents = table.indicators.indices.filter { !table.parts(of: $0).isEmpty }
        #expect(parents.count == 2)  // 义务教育 and 高中阶段 在校学生数
        #expect(!Figures.check(report).contains { $0.ruleID == "indicator.subtotal" })
    }

    @Test func seed002TargetsFor2025AreProgressWhileTheYearRuns() throws {
        let report = try Figures.seed("002")
        let findings = Figures.check(report, today: (2023, 10, 30)).filter { $0.ruleID.hasPrefix("indicator.") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func seed002MissesCountOnceThe2025PeriodIsOver() throws {
        let report = try Figures.seed("002")
        let findings = Figures.check(report, today: (2026, 3, 1))
        let unmet = findings.filter { $0.ruleID == "indicator.target-unmet" }
        #expect(unmet.allSatisfy { $0.severity == .info })
        let first = try #require(unmet.first)
        #expect(first.message.contains("学前三年毛入园率"))
        #expect(first.message.contains("89.68"))
        // Met targets stay quiet: >98.5 against 100, >98.50 against 98.96, 55 against 55.26.
        #expect(!unmet.contains { $0.message.contains("巩固率") || $0.message.contains("毛入学率") || $0.message.contains("公办在园") })
        let notAddressed = findings.filter { $0.ruleID == "indicator.unmet-not-addressed" }
        #expect(notAddressed.count == unmet.count)
        #expect(notAddressed.allSatisfy { $0.severity == .warning })
    }

    @Test(arguments: ["000", "003", "004"])
    func otherSeedsRaiseNoArithmeticErrors(seed: String) throws {
        let findings = Figures.check(try Figures.seed(seed)).filter { $0.severity == .error }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
