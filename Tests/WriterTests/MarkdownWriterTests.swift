import MarkdownWriter
import ReportModel
import Testing

/// The Markdown layout, checked on a model built by hand (independent of the reader).
@Suite("Markdown 写出器")
struct MarkdownWriterTests {
    let output = MarkdownWriter().render(ModelBuilder.sample)
    var lines: [String] { output.components(separatedBy: "\n") }

    @Test("元数据在前，署名和日期在后，块之间空一行")
    func layout() {
        #expect(output == """
            东林府办函〔2025〕3号

            # 东林区2024年履行教育职责自查自评报告

            市教委：

            现将自查情况报告如下。

            ## 一、自查情况

            ### (一)教育投入

            一是投入增长。

            二是经费到位。

            1、保障机制

            建立了年度预算保障机制。

            (1)预算编制

            ### （5）学校建设

            | 分类 | 指标 | 目标 | 完成 |
            | --- | --- | --- | --- |
            | 学前 | 入园率（%） | >90 | 92\\|93 |
            |  | 其中：公办 |  | 60 |

            ## 二、存在问题

            学位仍然紧张。

            | 指标 | 缺口 |
            | --- | --- |
            | 小学学位 | 300 |

            东林区人民政府

            2025年2月10日

            """)
    }

    @Test("编号照原样写出：(一)、1、、(1)、第二级的（5）不改，统一写法是 lint --fix 的事")
    func markersAsWritten() {
        #expect(lines.contains("### (一)教育投入"))
        #expect(lines.contains("1、保障机制"))
        #expect(lines.contains("(1)预算编制"))
        #expect(lines.contains("### （5）学校建设"))
        #expect(!output.contains("（一）") && !output.contains("1.保障") && !output.contains("（五）"))
    }

    @Test("没有元数据的报告不以空行开头，以一个换行结尾")
    func noMetadata() {
        let report = Report(path: "x.md", sections: [ModelBuilder.section(1, .chineseComma, 1, "基本情况")])
        #expect(MarkdownWriter().render(report) == "## 一、基本情况\n")
    }

    @Test("没有编号的 Markdown 标题保留为 # 标题")
    func headingWithoutMarker() {
        let report = Report(path: "x.md", sections: [ModelBuilder.section(1, nil, 0, "附表")])
        #expect(MarkdownWriter().render(report) == "## 附表\n")
    }

    @Test("写出器的编号与扩展名")
    func identity() {
        #expect(MarkdownWriter().id == "markdown")
        #expect(MarkdownWriter().fileExtension == "md")
    }
}
