import ReportPluginKit
/// Finds document numbers (发文字号) such as `渝教发〔2023〕40号` in a text and says what is wrong with
/// each: the brackets around the year, a lost 〔 or 〕, a short year, a `第`, a leading zero.
struct DocumentNumberScanner {
    /// One document number found, from its year bracket (or year) to its `号`.
    struct Match {
        /// Scalar offsets of the number without its 机关代字: `〔2023〕40号`.
        var range: Range<Int>
        /// What is wrong, in Chinese; empty when the number is well formed.
        var problems: [String]
        /// The corrected `〔2023〕40号`, when the correction is unambiguous.
        var fixed: String?
        /// Whether a 机关代字 (Chinese characters) stands before the number.
        var hasIssuerCode: Bool
    }

    static let openings: Set<Unicode.Scalar> = ["〔", "[", "【", "(", "（", "［", "﹝", "〖"]
    static let closings: Set<Unicode.Scalar> = ["〕", "]", "】", ")", "）", "］", "﹞", "〗"]
    static let spaces: Set<Unicode.Scalar> = [" ", "　", "\u{00A0}"]
    /// The last character of a 机关代字 (`渝教发`, `青山府办函`, `教督字`) before a year written without
    /// brackets (`青山教发2024118号`).
    static let codeEndings: Set<Unicode.Scalar> = ["发", "函", "字", "办", "文", "通", "令", "复", "规", "督", "告"]

    static let problemMissingClose = "缺少后一个六角括号“〕”"
    static let problemMissingOpen = "缺少前一个六角括号“〔”"
    static func problemBrackets(_ open: Unicode.Scalar?, _ close: Unicode.Scalar) -> String {
        "年份应使用六角括号“〔〕”，不用“\(open.map(String.init) ?? "")\(String(close))”"
    }
    static func problemYear(_ year: String) -> String { "年份“\(year)”应写全四位" }
    static let problemOrdinalPrefix = "序号前不加“第”"
    static let problemSpaces = "发文字号中间不加空格"
    static let problemNoBrackets = "年份应用六角括号“〔〕”括入，不能与序号连写"
    static func problemLeadingZero(_ serial: String) -> String { "序号“\(serial)”不编虚位（不加前导零）" }

    /// Every document number in `text`, in order. `strict` (the 发文字号 field itself) accepts a number
    /// in round or square brackets without a 机关代字 before it; body text needs one.
    static func matches(in text: RuleText, strict: Bool) -> [Match] {
        var result: [Match] = []
        // Jump from 号 to 号.
        var index = text.firstIndex(of: "号")
        while let hao = index {
            if let match = match(endingAt: hao, in: text, strict: strict) { result.append(match) }
            index = text.firstIndex(of: "号", from: hao + 1)
        }
        return result
    }

    private static func match(endingAt hao: Int, in text: RuleText, strict: Bool) -> Match? {
        var hasSpaces = false
        /// Steps `position` back over spaces (`〔2023〕 5 号`), noting that there were some.
        func skipSpaces(_ position: inout Int) {
            while let scalar = text[position], spaces.contains(scalar) {
                position -= 1
                hasSpaces = true
            }
        }
        var position = hao - 1
        skipSpaces(&position)
        let serialEnd = position + 1
        while let scalar = text[position], scalar.isASCIIDigit { position -= 1 }
        let serialStart = position + 1
        guard serialStart < serialEnd else { return nil }
        var serial = text.text(serialStart..<serialEnd)
        skipSpaces(&position)
        var hasOrdinalPrefix = false
        if text[position] == "第" {
            hasOrdinalPrefix = true
            position -= 1
            skipSpaces(&position)
        }
        guard let before = text[position] else { return nil }
        var problems: [String] = []
        var year: String
        var start: Int
        if closings.contains(before) {
            let close = position
            var yearEnd = close - 1
            skipSpaces(&yearEnd)
            var yearStart = yearEnd + 1
            while let scalar = text[yearStart - 1], scalar.isASCIIDigit { yearStart -= 1 }
            guard yearStart <= yearEnd else { return nil }
            year = text.text(yearStart..<(yearEnd + 1))
            var openAt = yearStart - 1
            skipSpaces(&openAt)
            let open = text[openAt].flatMap { openings.contains($0) ? $0 : nil }
            if open == nil, openAt != yearStart - 1 { return nil }
            start = open == nil ? yearStart : openAt
            let hasCode = text[start - 1]?.isHan == true
            if before == "〕" {
                guard open != nil || hasCode || strict else { return nil }
            } else {
                guard open != nil, year.count >= 2, year.count <= 4, hasCode || strict else { return nil }
            }
            if open == nil {
                problems.append(problemMissingOpen)
            } else if open != "〔" || before != "〕" {
                problems.append(problemBrackets(open, before))
            }
        } else if before == "〔" {
            start = position
            guard serial.count >= 5, serial.hasPrefix("19") || serial.hasPrefix("20") else {
                return Match(range: start..<(hao + 1), problems: [problemMissingClose], fixed: nil,
                             hasIssuerCode: text[start - 1]?.isHan == true)
            }
            year = String(serial.prefix(4))
            serial = String(serial.dropFirst(4))
            problems.append(problemMissingClose)
        } else if codeEndings.contains(before), text[position - 1]?.isHan == true, !hasSpaces, !hasOrdinalPrefix,
                  serial.count >= 5, serial.count <= 8, serial.hasPrefix("19") || serial.hasPrefix("20") {
            // `青山教发2024118号`: the year run into the serial, no brackets at all.
            start = serialStart
            year = String(serial.prefix(4))
            serial = String(serial.dropFirst(4))
            problems.append(problemNoBrackets)
        } else {
            return nil
        }
        if hasSpaces { problems.append(problemSpaces) }
        var fixable = true
        if year.count != 4 {
            problems.append(problemYear(year))
            fixable = false
        }
        if hasOrdinalPrefix { problems.append(problemOrdinalPrefix) }
        var trimmedSerial = Substring(serial)
        while trimmedSerial.count > 1, trimmedSerial.first == "0" { trimmedSerial = trimmedSerial.dropFirst() }
        if trimmedSerial.count != serial.count { problems.append(problemLeadingZero(serial)) }
        if trimmedSerial == "0" { fixable = false }
        let fixed = fixable ? "〔\(year)〕\(trimmedSerial)号" : nil
        return Match(range: start..<(hao + 1), problems: problems, fixed: fixed,
                     hasIssuerCode: text[start - 1]?.isHan == true)
    }
}
