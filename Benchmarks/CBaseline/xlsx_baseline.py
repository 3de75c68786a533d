"""Python XlsxWriter baseline for the XLSX writer benchmark (issue 6).

Writes the same cells as xlsx_baseline.c (a synthetic appendix of N indicator rows, default 100,000,
in constant-memory mode). Needs `pip install xlsxwriter` (not a project dependency).

Run: python3 xlsx_baseline.py out.xlsx [rows]
"""
import datetime
import sys

import xlsxwriter


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "baseline.xlsx"
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    ws = wb.add_worksheet("主要指标")

    def cell(extra=None):
        props = {"font_name": "宋体", "font_size": 11, "valign": "vcenter", "border": 1}
        props.update(extra or {})
        return wb.add_format(props)

    title = wb.add_format({"font_name": "宋体", "bold": True, "font_size": 16, "align": "center"})
    header = cell({"bold": True, "align": "center", "bg_color": "#D9D9D9"})
    category = cell({"align": "center"})
    name = cell()
    indented = cell({"indent": 1})
    unit = cell({"align": "center"})
    text = cell({"align": "right"})
    status = cell({"align": "center"})
    integer = cell({"num_format": "0"})
    greater1 = cell({"num_format": '">"0.0'})
    one = cell({"num_format": "0.0"})
    two = cell({"num_format": "0.00"})
    unmet = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})

    for col, width in enumerate([12, 18, 8, 8, 8, 8]):
        ws.set_column(col, col, width)
    ws.set_row(0, 30)
    ws.merge_range(0, 0, 0, 5, "临江区2023年主要指标完成情况", title)
    for col, head in enumerate(["分类", "指标", "单位", "目标", "完成", "完成情况"]):
        ws.write_string(1, col, head, header)

    for i in range(rows):
        r = i + 2
        ws.write_string(r, 0, "分类%d" % (i // 7), category)
        k = i % 7
        if k == 0:
            ws.write_string(r, 1, "在校学生数", name)
            ws.write_string(r, 2, "人", unit)
            if i + 2 < rows:
                ws.write_formula(r, 3, "=SUM(D%d:D%d)" % (r + 2, r + 3), integer, 300)
                ws.write_formula(r, 4, "=SUM(E%d:E%d)" % (r + 2, r + 3), integer, 290)
            else:
                ws.write_number(r, 3, 300, integer)
                ws.write_number(r, 4, 290, integer)
            ws.write_string(r, 5, "未完成", status)
        elif k == 1:
            ws.write_string(r, 1, "其中：普通小学", indented)
            ws.write_string(r, 2, "人", unit)
            ws.write_number(r, 3, 200, integer)
            ws.write_number(r, 4, 195, integer)
            ws.write_string(r, 5, "未完成", status)
        elif k == 2:
            ws.write_string(r, 1, "普通初中", indented)
            ws.write_string(r, 2, "人", unit)
            ws.write_number(r, 3, 100, integer)
            ws.write_number(r, 4, 95, integer)
            ws.write_string(r, 5, "未完成", status)
        elif k == 3:
            ws.write_string(r, 1, "巩固率", name)
            ws.write_string(r, 2, "%", unit)
            ws.write_number(r, 3, 98.5, greater1)
            ws.write_number(r, 4, 99.1, one)
            ws.write_string(r, 5, "已完成", status)
        elif k == 4:
            ws.write_string(r, 1, "生均面积", name)
            ws.write_string(r, 2, "平方米", unit)
            ws.write_number(r, 3, 12.5, two)
            ws.write_number(r, 4, 11.75, two)
            ws.write_string(r, 5, "未完成", status)
        elif k == 5:
            ws.write_string(r, 1, "生机比", name)
            ws.write_blank(r, 2, None, unit)
            ws.write_string(r, 3, "100：12.8", text)
            ws.write_string(r, 4, "100：13", text)
            ws.write_blank(r, 5, None, status)
        else:
            ws.write_string(r, 1, "教师数", name)
            ws.write_string(r, 2, "人", unit)
            ws.write_number(r, 3, 25, integer)
            ws.write_number(r, 4, 25, integer)
            ws.write_string(r, 5, "已完成", status)

    last = rows + 1
    ws.freeze_panes(2, 0)
    ws.autofilter(1, 0, last, 5)
    ws.conditional_format(2, 1, last, 5, {"type": "formula", "criteria": '=$F3="未完成"', "format": unmet})
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(1, 1)
    wb.set_properties({"title": "主要指标完成情况", "created": datetime.datetime(2000, 1, 1)})
    wb.close()


if __name__ == "__main__":
    main()
