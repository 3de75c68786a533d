/// How a written form differs from the exact one by a single edit inside it: one character
/// missing, added or replaced, or two neighbours swapped. The first and last characters match, so
/// a longer name that merely begins like an entry ("…督导委员会") is not an edit of it.
enum SingleEdit: Equatable, Sendable {
    case missing(Unicode.Scalar)
    case added(Unicode.Scalar)
    case replaced(Unicode.Scalar, by: Unicode.Scalar)
    case swapped(Unicode.Scalar, Unicode.Scalar)

    /// The single interior edit that turns `exact` into `written`, or nil when they are equal, differ
    /// by more, or differ at either end.
    static func between(_ written: ArraySlice<Unicode.Scalar>, _ exact: [Unicode.Scalar]) -> SingleEdit? {
        let written = Array(written)
        guard written.count >= 2, exact.count >= 2, written.first == exact.first, written.last == exact.last else {
            return nil
        }
        var first = 0
        while first < written.count, first < exact.count, written[first] == exact[first] { first += 1 }
        switch written.count - exact.count {
        case 0:
            guard first < exact.count else { return nil }
            if written[(first + 1)...] == exact[(first + 1)...] { return .replaced(exact[first], by: written[first]) }
            if first + 1 < exact.count, written[first] == exact[first + 1], written[first + 1] == exact[first],
               written[(first + 2)...] == exact[(first + 2)...] {
                return .swapped(exact[first], exact[first + 1])
            }
            return nil
        case -1:
            return written[first...] == exact[(first + 1)...] ? .missing(exact[first]) : nil
        case 1:
            return written[(first + 1)...] == exact[first...] ? .added(written[first]) : nil
        default:
            return nil
        }
    }

    /// Whether the edit is an ordinary variation rather than a slip: a different number (党的二十届
    /// 二中/三中全会 are both right), an added or dropped 的 (办好人民满意教育 is a common short form), or quotation marks around part of the form.
    var isOrdinaryVariation: Bool {
        switch self {
        case .replaced(let original, let written): Self.isNumeral(original) || Self.isNumeral(written)
        case .added(let scalar): scalar == "的" || Self.isQuotation(scalar)
        case .missing(let scalar): scalar == "的" || Self.isNumeral(scalar) || Self.isQuotation(scalar)
        case .swapped: false
        }
    }

    /// What changed, in Chinese, for the message.
    var description: String {
        switch self {
        case .missing(let scalar): "少了“\(scalar)”"
        case .added(let scalar): "多了“\(scalar)”"
        case .replaced(let original, let written): "“\(original)”误作“\(written)”"
        case .swapped(let first, let second): "“\(first)\(second)”顺序颠倒"
        }
    }

    /// Quotation marks and brackets around part of a form (“五育”并举) quote it; they do not change it.
    private static func isQuotation(_ scalar: Unicode.Scalar) -> Bool {
        "“”‘’\"'《》〈〉「」『』".unicodeScalars.contains(scalar)
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil || "〇零一二三四五六七八九十百千万两".unicodeScalars.contains(scalar)
    }
}
