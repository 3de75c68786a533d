import ReportModel
import Testing

@Suite("Indicator parts")
struct IndicatorPartsTests {
    @Test("partIndices groups the 其中 rows of every parent in one pass, as parts(of:) finds them one by one")
    func partIndicesMatchPartsOf() {
        func row(_ name: String, parent: Int?) -> Indicator {
            Indicator(
                category: nil, name: name, unit: "人", target: nil, targetText: "", actual: nil, actualText: "",
                parent: parent, range: SourceRange(line: 1, column: 1, length: 1))
        }
        let table = IndicatorTable(targetHeader: "目标", actualHeader: "完成", indicators: [
            row("在校学生数", parent: nil), row("小学", parent: 0), row("初中", parent: 0),
            row("教师数", parent: nil), row("巩固率", parent: nil), row("专任教师", parent: 3), row("代课教师", parent: 3),
            row("职工", parent: 3),
        ], range: SourceRange(line: 1, column: 1, length: 1))
        let parts = table.partIndices
        #expect(parts == [0: [1, 2], 3: [5, 6, 7]])
        for index in table.indicators.indices {
            #expect((parts[index] ?? []).map { table.indicators[$0] } == table.parts(of: index))
        }
    }
}
