import PlainTextWriter
import ReportModel
import Testing

/// The plain-text layout, checked on a model built by hand (independent of the reader).
@Suite("纯文本写出器")
struct PlainTextWriterTests {
    let output = PlainTextWriter().render(ModelBuilder.sample)
    var lines: [String] { output.components(separatedBy: "\n") }

    @Test("GB/T 9704 顺序：发文字号、标题、主送机关、正文、署名、成文日期；正文缩进两个全角空格")
    func layout() {
        #expect(output == """
            东林府办函〔2025〕3号

            东林区2024年履行教育职责自查自评报告

            市教委：
            　　现将自查情况报告如下。
            　　一、自查情况
            　　(一)教育投入
            　　一是投入增长。
            　　二是经费到位。
            　　1、保障机制
            　　建立了年度预算保障机制。
            　　(1)预算编制
            　　（5）学校建设

            | 分类 | 指标 | 目标 | 完成 |
            | --- | --- | --- | --- |
            | 学前 | 入园率（%） | >90 | 92\\|93 |
            |  | 其中：公办 |  | 60 |

            　　二、存在问题
            　　学位仍然紧张。

            指标\t缺口
            小学学位\t300

            东林区人民政府
            2025年2月10日

            """)
    }

    @Test("表格写成制表符分隔的行；首尾有空单元格（合并单元格）时写成竖线表格，读入时不丢单元格")
    func tables() {
        #expect(lines.contains("小学学位\t300"))
        #expect(lines.contains("|  | 其中：公办 |  | 60 |"))
        #expect(!output.contains("\t其中"))
    }

    @Test("每个正文段落以两个全角空格开头，表格行除外")
    func indentation() {
        let body = lines.drop { !$0.hasSuffix("：") }.dropFirst().prefix { $0 != "东林区人民政府" }
        for line in body where !line.isEmpty && !line.contains("\t") && !line.hasPrefix("|") {
            #expect(line.hasPrefix("\u{3000}\u{3000}"), "\(line)")
            #expect(!line.hasPrefix("\u{3000}\u{3000}\u{3000}"), "\(line)")
        }
    }

    @Test("没有元数据时不以空行开头或结尾")
    func noMetadata() {
        let report = Report(path: "x.txt", preamble: [ModelBuilder.paragraph("正文。")])
        #expect(PlainTextWriter().render(report) == "\u{3000}\u{3000}正文。\n")
        #expect(PlainTextWriter().render(Report(path: "empty.txt")) == "")
    }

    @Test("写出器的编号与扩展名")
    func identity() {
        #expect(PlainTextWriter().id == "text")
        #expect(PlainTextWriter().fileExtension == "txt")
    }
}
