import ReportModel

/// The four families of markers GB/T 9704 orders (一、 （一） 1. （1）), whatever the bracket or dot.
enum MarkerFamily: Hashable, CaseIterable {
    case chineseComma, chineseParen, arabicDot, arabicParen

    init(_ style: MarkerStyle) {
        switch style {
        case .chineseComma: self = .chineseComma
        case .chineseFullWidthParen, .chineseHalfWidthParen: self = .chineseParen
        case .arabicDot, .arabicFullWidthDot, .arabicComma: self = .arabicDot
        case .arabicFullWidthParen, .arabicHalfWidthParen: self = .arabicParen
        }
    }

    /// The standard way to write this family.
    var standardStyle: MarkerStyle {
        switch self {
        case .chineseComma: .chineseComma
        case .chineseParen: .chineseFullWidthParen
        case .arabicDot: .arabicDot
        case .arabicParen: .arabicFullWidthParen
        }
    }
}

extension String {
    /// A marker without the punctuation some drafts put after a bracket (`（一）、` → `（一）`).
    var trimmingMarkerPunctuation: String {
        guard let close = lastIndex(where: { $0 == "）" || $0 == ")" }) else {
            return trimmingCharacters(" 　")
        }
        return String(self[...close])
    }

    /// Whether `trimmingMarkerPunctuation` may cut more than spaces: false when the marker has no
    /// closing bracket, or when only spaces follow its last one.
    var mayHaveTrailingMarkerPunctuation: Bool {
        let scalars = unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let last = scalars[scalars.index(before: end)]
            if last == " " || last == "　" {
                end = scalars.index(before: end)
                continue
            }
            if last == "）" || last == ")" { return false }
            break
        }
        return scalars.contains { $0 == "）" || $0 == ")" }
    }

    func trimmingCharacters(_ set: String) -> String {
        var result = Substring(self)
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
