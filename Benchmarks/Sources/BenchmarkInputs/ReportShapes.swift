/// Drafts of the odd shapes that once made commands quadratic (issue 21), made to a size: the
/// growth from the small to the large one shows whether a command stays linear.
public enum ReportShapes {
    public enum Shape: String, CaseIterable, Sendable {
        /// An appendix indicator table of `size` rows (a 7-row pattern with 其中 parts, misses and
        /// subtotals that do not add up, so the figure rules report on every group).
        case table
        /// `size` sections of one short paragraph each, nested four deep as reports number them
        /// (一、 › （一） › 1． › （1）, ten of each under its parent: 1,111 sections under each 一、).
        case sections
        /// `size` short paragraphs led by `1、` … : the first 99 are sections, the rest (`100、` is
        /// no heading marker) pile up as paragraphs of the 99th, a very long section.
        case paragraphs
        /// One list of `size` numbered items (`1．` … ) with `（1）` sub-items, under 一、（一）.
        case numbering
        /// One line of `size` half-width commas in Chinese text: as many findings and fixes on one line.
        case marks
    }

    private static let head = """
        临江区人民政府履行教育职责自查自评报告

        一、自查情况

        我区认真落实各项教育职责。

        二、存在的主要问题

        部分学校师资不足。

        三、下一步工作打算

        继续加大投入。


        """

    /// The Markdown text of `shape` at `size` (rows, sections, items or marks).
    public static func text(_ shape: Shape, size: Int) -> String {
        var text = ""
        switch shape {
        case .table:
            text = head + "附件：主要指标完成情况\n\n| 分类 | 指标 | 单位 | 2024年目标 | 2024年完成 |\n| --- | --- | --- | --- | --- |\n"
            let pattern = [
                ("在校学生数", "人", "300", "290"), ("其中：普通小学", "人", "200", "185"), ("普通初中", "人", "100", "95"),
                ("巩固率", "%", ">98.5", "97.1"), ("生均面积", "平方米", "12.50", "11.75"), ("生机比", "", "100：12.8", "100：13"),
                ("教师数", "人", "25", "25"),
            ]
            for row in 0..<size {
                let (name, unit, target, actual) = pattern[row % 7]
                let category = row % 7 == 0 ? "分类\(row / 7)" : ""
                text += "| \(category) | \(name) | \(unit) | \(target) | \(actual) |\n"
            }
        case .sections:
            text = "临江区人民政府履行教育职责自查自评报告\n\n"
            var made = 0
            var top = 0
            while made < max(size, 1) {
                top += 1
                text += "\(chineseNumeral(top))、第\(top)部分\n\n本部分说明第\(top)方面的情况。\n\n"
                made += 1
                for second in 1...10 where made < size {
                    text += "（\(chineseNumeral(second))）第\(top)部分第\(second)项\n\n本项说明\(made)号工作。\n\n"
                    made += 1
                    for third in 1...10 where made < size {
                        text += "\(third).第\(second)项第\(third)目\n\n本目说明\(made)号工作。\n\n"
                        made += 1
                        for fourth in 1...10 where made < size {
                            text += "（\(fourth)）第\(third)目第\(fourth)细目\n\n本细目说明\(made)号工作。\n\n"
                            made += 1
                        }
                    }
                }
            }
        case .paragraphs:
            text = "临江区人民政府履行教育职责自查自评报告\n\n"
            for number in 1...max(size, 1) {
                text += "\(number)、第\(number)部分\n\n本部分说明第\(number)项工作的情况。\n\n"
            }
        case .numbering:
            text = head + "四、具体情况\n\n（一）各项工作\n\n"
            for number in 1...max(size, 1) {
                text += "\(number)．第\(number)项工作按期完成。\n"
                if number % 10 == 1 { text += "（1）细目一。\n（2）细目二。\n" }
            }
        case .marks:
            text = head + "四、其他\n\n" + String(repeating: "文,", count: size) + "\n"
        }
        return text
    }

    /// 一 … 九十九, as section markers write them.
    private static func chineseNumeral(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let tens = number / 10, units = number % 10
        guard tens > 0 else { return digits[units] }
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[units]
    }
}
