#!/usr/bin/env python3
"""Builds the two Word fixtures the .docx reader tests read, with python-docx (another program than
ReportKit's own writer). Run it from this folder: `pip install python-docx && python3 make_fixtures.py`.
The tests never run Python: the generated files are committed beside this script.

All text is invented for the tests (a fictional county, 青禾县).

numbered.docx   automatic numbering (numbering.xml: chineseCounting `%1、`, `（%1）`, decimal `%3.`),
                an indicator table with merged cells (vMerge, gridSpan), a tracked insertion and a
                tracked deletion, a comment, a header and a footer, a hyperlink.
numbered-libreoffice.docx  numbered.docx opened and saved again by LibreOffice 7.4 (`soffice --headless
                --convert-to "docx:MS Word 2007 XML" numbered.docx`), which rewrites the numbering
                definitions, styles and comments its own way; not made by this script.
pasted.docx     a draft as clerks paste it: the title in Heading 1 below the 发文字号 line, lines broken with
                soft line breaks (Shift+Enter, w:br) including headings, a tab, a hidden run (w:vanish),
                two w:num instances of one w:abstractNum (the count continues: 一、二、三、四、).
pasted-libreoffice.docx  pasted.docx saved again by LibreOffice (`soffice --headless --convert-to
                "docx:MS Word 2007 XML" --outdir lo pasted.docx`, then renamed); not made by this script.
review.docx     a draft with the mistakes reviewers mark, placed where Word keeps them awkwardly: a half-width
                comma at the edge of a bold run, 。。 across two runs, an unfilled ＸＸ in italics, a mistake after
                a tab and on the second soft line of a paragraph, one inside a hyperlink, one inside another
                reviewer's tracked insertion, a page field beside a mistake, a hand-typed （三） after （一）, an
                indicator table whose parts do not add up, and another reviewer's comment already there.
review-libreoffice.docx  review.docx saved again by LibreOffice (`soffice --headless --convert-to "docx:MS Word
                2007 XML" --outdir lo review.docx`, then renamed); not made by this script.
styled.docx     headings by paragraph style only, with the style ids Chinese Word writes (`1`, `2`)
                and a style that sets only w:outlineLvl; literal markers behind full-width spaces;
                mc:AlternateContent with both branches, a content control (w:sdt), a field code.
"""
import copy
import zipfile
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_DATE = "2025-01-01T00:00:00Z"


def set_numbering(paragraph, num_id, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(lvl)
    num_pr.append(nid)
    ppr.append(num_pr)


def add_list_definition(document):
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%3."/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def body_paragraph(document, text):
    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.first_line_indent = None
    return paragraph


def tracked(kind, text, run_id):
    tag = "w:ins" if kind == "ins" else "w:del"
    text_tag = "w:t" if kind == "ins" else "w:delText"
    return parse_xml(
        f'<{tag} {nsdecls("w")} w:id="{run_id}" w:author="审核人" w:date="{FIXED_DATE}">'
        f'<w:r><{text_tag} xml:space="preserve">{text}</{text_tag}></w:r></{tag}>')


def hyperlink(paragraph, url, text):
    rel = paragraph.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                                   is_external=True)
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:t>{text}</w:t></w:r></w:hyperlink>')
    paragraph._p.append(link)


def merge_vertically(table, column, first_row, last_row):
    table.cell(first_row, column).merge(table.cell(last_row, column))


def numbered():
    document = Document()
    document.sections[0].header.paragraphs[0].text = "青禾县人民政府文件（页眉，不是正文）"
    document.sections[0].footer.paragraphs[0].text = "第 1 页（页脚）"
    num_id = add_list_definition(document)

    title = document.add_paragraph("青禾县人民政府关于2024年度履行教育职责情况的自查报告")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("市人民政府教育督导委员会：")
    body_paragraph(document, "按照市教育督导委员会的统一部署，我县对照评价指标逐项开展自查，现将有关情况报告如下。")

    heading = document.add_paragraph("基本情况")
    set_numbering(heading, num_id, 0)
    body_paragraph(document, "全县共有各级各类学校48所，在校学生3.1万人，教职工2600人。")

    heading = document.add_paragraph("履行教育职责情况")
    set_numbering(heading, num_id, 0)
    sub = document.add_paragraph("加强党对教育工作的全面领导")
    set_numbering(sub, num_id, 1)
    paragraph = body_paragraph(document, "县委常委会每季度专题研究教育工作，")
    paragraph._p.append(tracked("ins", "全年召开专题会议6次，", 1))
    paragraph._p.append(tracked("del", "（此句已删除）", 2))
    paragraph.add_run("形成了齐抓共管的工作格局。")
    sub = document.add_paragraph("保障教育经费投入")
    set_numbering(sub, num_id, 1)
    paragraph = body_paragraph(document, "教育经费做到了“两个只增不减”，详见县财政局公开信息：")
    hyperlink(paragraph, "https://example.gov.cn/czj", "县财政局网站")
    item = document.add_paragraph("落实生均公用经费标准")
    set_numbering(item, num_id, 2)
    item = document.add_paragraph("按时足额拨付各项资金")
    set_numbering(item, num_id, 2)

    table = document.add_table(rows=5, cols=5)
    table.style = "Table Grid"
    header = ["分类", "指标", "单位", "目标值", "完成值"]
    rows = [
        ["办学条件", "生均教学仪器设备值", "元", "≥2000", "2350"],
        ["", "生均校舍建筑面积", "平方米", "≥8", "8.6"],
        ["教师队伍", "专任教师本科以上学历比例", "%", "≥85", "80"],
        ["备注：数据截至2024年12月31日,下同", "", "", "", ""],
    ]
    for column, text in enumerate(header):
        table.cell(0, column).text = text
    for row_index, row in enumerate(rows, start=1):
        for column, text in enumerate(row):
            if text:
                table.cell(row_index, column).text = text
    merge_vertically(table, 0, 1, 2)
    table.cell(4, 0).merge(table.cell(4, 4))

    heading = document.add_paragraph("存在的问题")
    set_numbering(heading, num_id, 0)
    sub = document.add_paragraph("教师结构性缺编")
    set_numbering(sub, num_id, 1)
    paragraph = body_paragraph(document, "音乐、美术学科教师仍然不足,部分学校存在学科教师兼课现象。")
    document.add_comment(paragraph.runs, text="请补充缺编人数（批注，不是正文）", author="审核人", initials="SH")

    heading = document.add_paragraph("下一步工作打算")
    set_numbering(heading, num_id, 0)
    body_paragraph(document, "一是补齐教师缺口。二是改善办学条件。")

    document.add_paragraph("青禾县人民政府").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("2025年1月10日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fix_dates(document)
    document.save("numbered.docx")


def add_style(document, style_id, name, outline_level=None):
    styles = document.styles.element
    outline = f'<w:outlineLvl w:val="{outline_level}"/>' if outline_level is not None else ""
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        f'<w:pPr>{outline}</w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'))


def styled_paragraph(document, text, style_id):
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), style_id)
    ppr.insert(0, style)
    return paragraph


def styled():
    document = Document()
    add_style(document, "1", "heading 1")
    add_style(document, "2", "标题 2")
    add_style(document, "a7", "小节标题", outline_level=2)

    document.add_paragraph("青禾县教育局关于学校安全工作的自查报告").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("县人民政府：")
    body_paragraph(document, "根据县政府工作安排，现将学校安全工作自查情况报告如下。")
    styled_paragraph(document, "基本情况", "1")
    body_paragraph(document, "　　全县学校均配备专职保安，安装一键报警装置。")
    styled_paragraph(document, "自查情况", "1")
    styled_paragraph(document, "校园安全管理", "2")
    styled_paragraph(document, "门卫制度", "a7")
    paragraph = body_paragraph(document, "　　各校严格执行来访登记制度")
    paragraph._p.append(parse_xml(
        f'<mc:AlternateContent {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="w14"><w:r><w:t>，</w:t></w:r></mc:Choice>'
        '<mc:Fallback><w:r><w:t>，</w:t></w:r></mc:Fallback></mc:AlternateContent>'))
    paragraph.add_run("外来人员一律登记后进入。")
    paragraph = body_paragraph(document, "　　（二）食品安全")
    paragraph = body_paragraph(document, "　　全县共检查食堂")
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> MERGEFIELD 食堂数 </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>52</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    paragraph.add_run("所，发现问题3个。")
    document.element.body.find(qn("w:sectPr")).addprevious(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="内容控件"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>　　内容控件中的段落也是正文。</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    styled_paragraph(document, "存在问题", "1")
    body_paragraph(document, "　　个别学校监控设备老化.")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 2)).text = "安全检查汇总"
    for column, text in enumerate(["项目", "数量", "整改"]):
        table.cell(1, column).text = text
    for column, text in enumerate(["消防", "12", "已整改"]):
        table.cell(2, column).text = text
    document.add_paragraph("青禾县教育局")
    document.add_paragraph("2025年2月3日")
    fix_dates(document)
    document.save("styled.docx")


def soft_broken(document, lines, hidden=None):
    paragraph = body_paragraph(document, "")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index + 1 < len(lines):
            run.add_break()
    if hidden:
        run = paragraph.add_run(hidden)
        run.font.hidden = True
    return paragraph


def pasted():
    document = Document()
    num_id = add_list_definition(document)
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))

    document.add_paragraph("青禾府文〔2025〕3号").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("青禾县人民政府关于2024年度履行教育职责情况的自查报告", style="Heading 1")
    document.add_paragraph("市人民政府教育督导委员会：")
    body_paragraph(document, "按照市教育督导委员会的统一部署，我县开展了自查，现将有关情况报告如下。")
    set_numbering(document.add_paragraph("基本情况"), num_id, 0)
    soft_broken(document, ["全县共有各级各类学校48所。", "在校学生3.1万人。", "教职工2600人。"],
                hidden="（内部备注：xx待核,勿外发）")
    set_numbering(document.add_paragraph("履行教育职责情况"), num_id, 0)
    soft_broken(document, ["（一）加强党的领导", "全年召开专题会议6次。", "（二）保障经费投入", "教育支出9.6亿元。"])
    paragraph = body_paragraph(document, "生均公用经费")
    paragraph.add_run().add_tab()
    paragraph.add_run("小学800元、初中1000元。")
    set_numbering(document.add_paragraph("存在的问题"), 91, 0)
    body_paragraph(document, "音乐、美术学科教师仍然不足。")
    set_numbering(document.add_paragraph("下一步工作打算"), 91, 0)
    soft_broken(document, ["一是补齐教师缺口。", "二是改善办学条件。"])
    document.add_paragraph("青禾县人民政府").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("2025年1月10日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fix_dates(document)
    document.save("pasted.docx")


def review():
    document = Document()
    title = document.add_paragraph("青禾县人民政府关于2024年度履行教育职责情况的自查报告")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("市人民政府教育督导委员会：")
    document.add_paragraph("一、基本情况")
    paragraph = body_paragraph(document, "")
    paragraph.add_run("全县共有学校52所").bold = True
    paragraph.add_run(",在校学生")
    paragraph.add_run("ＸＸ").italic = True
    paragraph.add_run("人。")
    paragraph.add_run("。专任教师2140人。")
    paragraph = body_paragraph(document, "学校类型")
    paragraph.add_run().add_tab()
    paragraph.add_run("小学30所,初中22所。")
    paragraph = body_paragraph(document, "一是完善制度。")
    paragraph.add_run().add_break()
    paragraph.add_run("二是加强督导,确保落实。")
    document.add_paragraph("二、自查情况")
    document.add_paragraph("（一）落实教育优先发展")
    paragraph = body_paragraph(document, "详见")
    hyperlink(paragraph, "https://example.gov.cn/jyj", "县教育局网站,信息公开栏")
    paragraph.add_run("。")
    paragraph = body_paragraph(document, "县委常委会专题研究教育工作。")
    paragraph._p.append(tracked("ins", "全年召开会议6次,形成纪要。", 1))
    paragraph = body_paragraph(document, "本报告共")
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>'))
    paragraph.add_run("页,请审阅。")
    document.add_paragraph("（三）推进教师队伍建设")
    paragraph = body_paragraph(document, "新招聘教师120名。")
    document.add_comment(paragraph.runs, text="请核对招聘人数（批注，不是正文）", author="审核人", initials="SH")
    document.add_paragraph("主要指标完成情况如下：")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for row_index, row in enumerate([["指标", "目标值", "完成值"], ["在校学生数（万人）", "3.0", "3.05"],
                                     ["其中：小学", "2.0", "1.80"], ["初中", "1.0", "1.10"]]):
        for column, text in enumerate(row):
            table.cell(row_index, column).text = text
    document.add_paragraph("三、存在问题")
    body_paragraph(document, "学前教育资源仍然不足。")
    document.add_paragraph("四、下一步打算")
    body_paragraph(document, "继续加大投入。")
    document.add_paragraph("青禾县人民政府").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("2025年1月10日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fix_dates(document)
    document.save("review.docx")


def fix_dates(document):
    properties = document.core_properties
    import datetime
    properties.created = datetime.datetime(2025, 1, 1)
    properties.modified = datetime.datetime(2025, 1, 1)
    properties.last_modified_by = "fixture"
    properties.author = "fixture"


if __name__ == "__main__":
    numbered()
    styled()
    pasted()
    review()
