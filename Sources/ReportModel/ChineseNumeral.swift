/// Chinese numerals as used in outline markers and `一是/二是` items (一 … 九十九).
public enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The value of a numeral such as `十二` or `二十`, or nil when `text` is not one.
    /// (A numeral's Characters are single scalars, so reading scalars reads the same.)
    public static func value(of text: Substring) -> Int? { value(ofScalars: text.unicodeScalars) }

    public static func value(of text: String) -> Int? { value(of: Substring(text)) }

    /// The value of a numeral given as scalars (`十二` as `["十", "二"]`), or nil when they are not
    /// one: the same reading as `value(of:)`, for scanners that step over scalars.
    public static func value<Scalars: Collection<Unicode.Scalar>>(ofScalars scalars: Scalars) -> Int? {
        var reader = Reader()
        for scalar in scalars where !reader.add(scalar) { return nil }
        return reader.value
    }

    /// Reads a numeral one scalar at a time, for a scanner that meets its scalars one by one.
    public struct Reader: Sendable {
        private var total = 0
        private var current = 0
        private var sawTen = false
        /// Scalars added so far.
        public private(set) var count = 0

        public init() {}

        /// Adds the next scalar; false (and the reader is spent) when the scalars so far cannot
        /// begin a numeral of at most three Characters.
        public mutating func add(_ scalar: Unicode.Scalar) -> Bool {
            guard count < 3 else { return false }
            count += 1
            if scalar == "十" {
                guard !sawTen else { return false }
                sawTen = true
                total += (current == 0 ? 1 : current) * 10
                current = 0
                return true
            }
            guard let digit = ChineseNumeral.digit(scalar), current == 0 else { return false }
            current = digit
            return true
        }

        /// The value of the scalars added, or nil when there were none or they made zero.
        public var value: Int? {
            let value = total + current
            return count > 0 && value > 0 ? value : nil
        }
    }

    /// 一 … 九 as 1 … 9.
    @inline(__always)
    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// Writes 1…99 as Chinese numerals: 10 is 十, 12 is 十二, 20 is 二十.
    public static func string(for value: Int) -> String {
        guard value > 0, value < 100 else { return String(value) }
        let tens = value / 10
        let ones = value % 10
        var result = ""
        if tens > 0 {
            if tens > 1 { result.append(digits[tens]) }
            result.append("十")
        }
        if ones > 0 { result.append(digits[ones]) }
        return result
    }

    /// Whether a scalar is one of the numerals used in markers and items (一 … 九, 十), for scanners
    /// that step over scalars.
    @inlinable
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    /// Whether a Character is one of the numerals used in markers.
    public static func isNumeral(_ character: Character) -> Bool {
        character == "十" || (digits.firstIndex(of: character).map { $0 > 0 } ?? false)
    }
}
