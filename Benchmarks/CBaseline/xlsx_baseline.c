/*
 * Baseline for the XLSX writer benchmark (issue 6): plain C calling libxlsxwriter for the same cells
 * the Swift writer produces for a synthetic appendix of N indicator rows (default 100,000) in
 * constant-memory mode: merged title, header, one row per indicator (category repeated, name, unit,
 * target, actual, status), cached SUM formulas for the parent rows, conditional format, frozen header,
 * autofilter and print setup. The rows repeat a 7-row pattern (see SampleReports.large in the tests).
 *
 * Build: cc -O2 xlsx_baseline.c $(pkg-config --cflags --libs xlsxwriter) -o xlsx_baseline
 * Run:   ./xlsx_baseline out.xlsx [rows]
 */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

static lxw_format *cell_format(lxw_workbook *wb, const char *num_format, uint8_t align) {
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, "宋体");
    format_set_font_size(f, 11);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(f, LXW_BORDER_THIN);
    if (align) format_set_align(f, align);
    if (num_format) format_set_num_format(f, num_format);
    return f;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "baseline.xlsx";
    long rows = argc > 2 ? atol(argv[2]) : 100000;
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    if (!wb) return 1;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "主要指标");

    lxw_format *title = workbook_add_format(wb);
    format_set_font_name(title, "宋体");
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *header = cell_format(wb, NULL, LXW_ALIGN_CENTER);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    lxw_format *category = cell_format(wb, NULL, LXW_ALIGN_CENTER);
    lxw_format *name = cell_format(wb, NULL, 0);
    lxw_format *indented = cell_format(wb, NULL, 0);
    format_set_indent(indented, 1);
    lxw_format *unit = cell_format(wb, NULL, LXW_ALIGN_CENTER);
    lxw_format *text = cell_format(wb, NULL, LXW_ALIGN_RIGHT);
    lxw_format *status = cell_format(wb, NULL, LXW_ALIGN_CENTER);
    lxw_format *integer = cell_format(wb, "0", 0);
    lxw_format *greater1 = cell_format(wb, "\">\"0.0", 0);
    lxw_format *one = cell_format(wb, "0.0", 0);
    lxw_format *two = cell_format(wb, "0.00", 0);
    lxw_format *unmet = workbook_add_format(wb);
    format_set_bg_color(unmet, 0xFFC7CE);
    format_set_font_color(unmet, 0x9C0006);

    double widths[6] = {12, 18, 8, 8, 8, 8};
    for (int c = 0; c < 6; c++) worksheet_set_column(ws, c, c, widths[c], NULL);
    worksheet_set_row(ws, 0, 30, NULL);
    worksheet_merge_range(ws, 0, 0, 0, 5, "临江区2023年主要指标完成情况", title);
    const char *headers[6] = {"分类", "指标", "单位", "目标", "完成", "完成情况"};
    for (int c = 0; c < 6; c++) worksheet_write_string(ws, 1, c, headers[c], header);

    char cat[32], formula[64];
    for (long i = 0; i < rows; i++) {
        lxw_row_t r = (lxw_row_t)(i + 2);
        snprintf(cat, sizeof cat, "分类%ld", i / 7);
        worksheet_write_string(ws, r, 0, cat, category);
        switch (i % 7) {
        case 0:
            worksheet_write_string(ws, r, 1, "在校学生数", name);
            worksheet_write_string(ws, r, 2, "人", unit);
            if (i + 2 < rows) {
                snprintf(formula, sizeof formula, "=SUM(D%ld:D%ld)", (long)r + 2, (long)r + 3);
                worksheet_write_formula_num(ws, r, 3, formula, integer, 300);
                snprintf(formula, sizeof formula, "=SUM(E%ld:E%ld)", (long)r + 2, (long)r + 3);
                worksheet_write_formula_num(ws, r, 4, formula, integer, 290);
            } else {
                worksheet_write_number(ws, r, 3, 300, integer);
                worksheet_write_number(ws, r, 4, 290, integer);
            }
            worksheet_write_string(ws, r, 5, "未完成", status);
            break;
        case 1:
            worksheet_write_string(ws, r, 1, "其中：普通小学", indented);
            worksheet_write_string(ws, r, 2, "人", unit);
            worksheet_write_number(ws, r, 3, 200, integer);
            worksheet_write_number(ws, r, 4, 195, integer);
            worksheet_write_string(ws, r, 5, "未完成", status);
            break;
        case 2:
            worksheet_write_string(ws, r, 1, "普通初中", indented);
            worksheet_write_string(ws, r, 2, "人", unit);
            worksheet_write_number(ws, r, 3, 100, integer);
            worksheet_write_number(ws, r, 4, 95, integer);
            worksheet_write_string(ws, r, 5, "未完成", status);
            break;
        case 3:
            worksheet_write_string(ws, r, 1, "巩固率", name);
            worksheet_write_string(ws, r, 2, "%", unit);
            worksheet_write_number(ws, r, 3, 98.5, greater1);
            worksheet_write_number(ws, r, 4, 99.1, one);
            worksheet_write_string(ws, r, 5, "已完成", status);
            break;
        case 4:
            worksheet_write_string(ws, r, 1, "生均面积", name);
            worksheet_write_string(ws, r, 2, "平方米", unit);
            worksheet_write_number(ws, r, 3, 12.5, two);
            worksheet_write_number(ws, r, 4, 11.75, two);
            worksheet_write_string(ws, r, 5, "未完成", status);
            break;
        case 5:
            worksheet_write_string(ws, r, 1, "生机比", name);
            worksheet_write_blank(ws, r, 2, unit);
            worksheet_write_string(ws, r, 3, "100：12.8", text);
            worksheet_write_string(ws, r, 4, "100：13", text);
            worksheet_write_blank(ws, r, 5, status);
            break;
        default:
            worksheet_write_string(ws, r, 1, "教师数", name);
            worksheet_write_string(ws, r, 2, "人", unit);
            worksheet_write_number(ws, r, 3, 25, integer);
            worksheet_write_number(ws, r, 4, 25, integer);
            worksheet_write_string(ws, r, 5, "已完成", status);
            break;
        }
    }
    lxw_row_t last = (lxw_row_t)(rows + 1);
    worksheet_freeze_panes(ws, 2, 0);
    worksheet_autofilter(ws, 1, 0, last, 5);
    lxw_conditional_format cf = {0};
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = "=$F3=\"未完成\"";
    cf.format = unmet;
    worksheet_conditional_format_range(ws, 2, 1, last, 5, &cf);
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 1, 1);

    lxw_doc_properties properties = {.title = "主要指标完成情况", .created = 946684800};
    workbook_set_properties(wb, &properties);
    lxw_error error = workbook_close(wb);
    if (error) {
        fprintf(stderr, "workbook_close: %s\n", lxw_strerror(error));
        return 1;
    }
    return 0;
}
