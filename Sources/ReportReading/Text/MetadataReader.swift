import ReportModel

/// Reads the formal fields at the top (发文字号, title, 主送机关) and the bottom (issuer, 成文日期)
/// of a draft, and says which lines they took.
struct MetadataReader {
    var metadata = ReportMetadata()
    /// Line numbers taken by metadata, which the body must skip.
    var consumed: Set<Int> = []

    @inline(__always)
    private static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "，", ",", "；", ";", "！", "？": true
        default: false
        }
    }

    /// Reads the front matter, stopping at the first heading or body paragraph.
    mutating func readFront(_ lines: VisibleLines, isHeading: (SourceLine) -> Bool) {
        var titleSpan: TextSpan?
        for line in lines where !line.isBlank {
            if isHeading(line) || line.content.first == "|" || line.content.containsASCII(UInt8(ascii: "\t")) { break }
            if metadata.documentNumber == nil, Self.isDocumentNumber(line.content) {
                metadata.documentNumber = MetadataField(text: String(line.content), written: line.span)
            } else if Self.isRecipientLine(line.content) {
                let span = line.span(from: 0, length: line.content.count - 1)
                metadata.recipients = MetadataField(text: span.text, written: line.span)
                consumed.insert(line.number)
                break
            } else if line.headingDepth == 1 || Self.isTitleLike(line.content) {
                if titleSpan == nil { titleSpan = line.span } else { titleSpan?.append(line.span) }
            } else {
                break
            }
            consumed.insert(line.number)
        }
        if let titleSpan {
            metadata.title = MetadataField(text: titleSpan.text, written: titleSpan)
            metadata.year = Self.year(in: titleSpan.text)
            metadata.district = Self.district(in: titleSpan.text)
        }
    }

    /// Reads the issuer and date among the last lines.
    /// An attachment set after the signature and date (GB/T 9704 8.1: a new page headed `附件`) is
    /// not searched: the date is the last one before it.
    mutating func readBack(_ lines: VisibleLines) {
        let end = Self.attachmentStart(lines) ?? lines.endIndex
        // The last six lines with text that are not metadata already, read from the end.
        var tail: [SourceLine] = []
        for line in lines[..<end].reversed() where !line.isBlank && !consumed.contains(line.number) {
            tail.append(line)
            if tail.count == 6 { break }
        }
        tail.reverse()
        guard let dateIndex = tail.lastIndex(where: { DateText.isFullDate($0.content) }) else { return }
        let dateLine = tail[dateIndex]
        metadata.date = MetadataField(text: String(dateLine.content), written: dateLine.span)
        consumed.insert(dateLine.number)
        for line in tail[tail.index(after: dateIndex)...] where Self.isShortName(line.content) {
            consumed.insert(line.number)
        }
        if dateIndex > tail.startIndex {
            let issuerLine = tail[tail.index(before: dateIndex)]
            if Self.isShortName(issuerLine.content), MarkerScanner.match(issuerLine.content) == nil {
                metadata.issuer = MetadataField(text: String(issuerLine.content), written: issuerLine.span)
                consumed.insert(issuerLine.number)
                if metadata.district == nil { metadata.district = Self.district(in: issuerLine.content) }
            }
        }
        if end < lines.endIndex, let first = metadata.issuer?.written.range.start.line ?? metadata.date?.written.range.start.line {
            consumeAttachmentNote(lines[..<end], before: first)
        }
    }

    /// The 附件说明 between the body and the signature (`附件：主要指标完成情况`, or `附件：1．…` and the
    /// names under it) names the attachment that follows the date; it is not a part of the body.
    private mutating func consumeAttachmentNote(_ lines: VisibleLines.SubSequence, before line: Int) {
        var names: [Int] = []
        for candidate in lines.reversed() where candidate.number < line && !candidate.isBlank {
            guard names.count < 10, candidate.content.characterCount <= 40, !candidate.content.containsText("。") else { return }
            names.append(candidate.number)
            if candidate.content.hasPrefix("附件：") || candidate.content.hasPrefix("附件:") {
                consumed.formUnion(names)
                return
            }
        }
    }

    /// Where an attachment set after the date begins: a line that is only `附件` (or `附件2`) with a
    /// full date among the six lines with text before it.
    static func attachmentStart(_ lines: VisibleLines) -> Int? {
        for index in lines.indices where !lines.isBlank(at: index) && lines[index].content.hasUTF8Prefix("附件") {
            let rest = lines[index].content.dropFirst(2)
            guard rest.allSatisfy(\.isNumber) else { continue }
            let before = lines[..<index].reversed().lazy.filter { !$0.isBlank }.prefix(6)
            if before.contains(where: { DateText.isFullDate($0.content) }) { return index }
        }
        return nil
    }

    /// `荣昌府办函〔2023〕40号`, and its malformed variants, which lint reports.
    static func isDocumentNumber(_ text: Substring) -> Bool {
        guard text.characterCount <= 40, text.last == "号", text.filter(\.isNumber).count >= 2 else { return false }
        return !text.contains { "。，、：:".contains($0) } && !text.hasPrefix("第")
    }

    private static let organisationEndings: Set<Character> = [
        "委", "室", "局", "府", "门", "位", "处", "会", "院", "校", "厅", "部", "组", "镇", "乡", "道", "司", "办", "区", "县",
    ]

    /// `市教委、市政府教育督导室：` — organisations, ending in a colon.
    static func isRecipientLine(_ text: Substring) -> Bool {
        guard text.last == "：" || text.last == ":", text.characterCount <= 80, !text.containsText("。") else { return false }
        let names = text.dropLast()
        guard let last = names.last else { return false }
        return names.containsText("、") || organisationEndings.contains(last)
    }

    static func isTitleLike(_ text: Substring) -> Bool {
        text.characterCount <= 45 && text.last != "：" && text.last != ":"
            && !text.unicodeScalars.contains(where: isSentencePunctuation)
    }

    static func isShortName(_ text: Substring) -> Bool {
        text.characterCount <= 30 && !text.unicodeScalars.contains { isSentencePunctuation($0) || $0 == "：" }
    }

    /// The first `2022年` in a title.
    static func year(in text: String) -> Int? {
        let characters = Array(text)
        guard characters.count >= 5 else { return nil }
        for index in 0...(characters.count - 5) where characters[index + 4] == "年" {
            let digits = String(characters[index..<index + 4])
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }),
               index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) {
                return Int(digits)
            }
        }
        return nil
    }

    /// The district or county named in a title or issuer: `渝北区` in `渝北区人民政府…`,
    /// `荣昌区` in `重庆市荣昌区人民政府办公室…`.
    static func district<S: StringProtocol>(in text: S) -> String? {
        var rest = Substring(text)
        if let city = rest.firstIndex(of: "市"), let county = rest.firstIndex(where: { $0 == "区" || $0 == "县" }),
           city < county {
            rest = rest[rest.index(after: city)...]
        }
        guard let end = rest.firstIndex(where: { $0 == "区" || $0 == "县" }) else { return nil }
        let name = rest[rest.startIndex...end]
        guard (2...6).contains(name.count), !name.contains(where: { $0.isNumber || $0 == "关" || $0 == "于" }) else {
            return nil
        }
        return String(name)
    }
}
