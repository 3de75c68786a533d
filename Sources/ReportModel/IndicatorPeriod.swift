/// The period a column of an indicator table speaks for, read from its header:
/// `2025年主要目标` is the year 2025, `2023年1—6月完成` the first half of 2023.
public struct IndicatorPeriod: Hashable, Sendable {
    public var year: Int
    public var firstMonth: Int
    public var lastMonth: Int

    /// Reads the first `YYYY年` of a header and the months after it (`1—6月`, `1-6月`, `上半年`,
    /// `前三季度`, `1至9月`); nil when the header names no year (`目标值`, `完成值`).
    public init?(header: String) {
        let characters = Array(header)
        var index = 0
        var found: Int?
        while index + 4 < characters.count {
            let digits = characters[index..<(index + 4)]
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }), characters[index + 4] == "年",
               index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) {
                found = Int(String(digits))
                index += 5
                break
            }
            index += 1
        }
        guard let year = found else { return nil }
        self.year = year
        self.firstMonth = 1
        self.lastMonth = 12
        let rest = String(characters[index...])
        if rest.hasPrefix("上半年") {
            lastMonth = 6
        } else if rest.hasPrefix("前三季度") {
            lastMonth = 9
        } else if rest.hasPrefix("一季度") || rest.hasPrefix("第一季度") {
            lastMonth = 3
        } else if let months = Self.monthRange(rest) {
            (firstMonth, lastMonth) = months
        }
    }

    public init(year: Int, firstMonth: Int = 1, lastMonth: Int = 12) {
        self.year = year
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
    }

    /// `1—6月…` → (1, 6); `6月…` → (1, 6) (to the end of June); nil otherwise.
    private static func monthRange(_ text: String) -> (Int, Int)? {
        var numbers: [Int] = []
        var current = ""
        for character in text {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else if ["—", "-", "–", "~", "～", "至", "到", "－"].contains(character), !current.isEmpty {
                numbers.append(Int(current) ?? 0)
                current = ""
            } else if character == "月", !current.isEmpty {
                numbers.append(Int(current) ?? 0)
                break
            } else {
                return nil
            }
        }
        guard let last = numbers.last, (1...12).contains(last) else { return nil }
        let first = numbers.count >= 2 ? numbers[0] : 1
        return (1...last).contains(first) ? (first, last) : nil
    }

    /// Year and month of the period's last month, comparable: 202306 for `2023年1—6月`.
    public var endKey: Int { year * 100 + lastMonth }

    /// The period as a reader writes it: `2025年`, `2023年1—6月`.
    public var text: String {
        firstMonth == 1 && lastMonth == 12 ? "\(year)年" : "\(year)年\(firstMonth)—\(lastMonth)月"
    }

    /// Whether the period is over on `today`.
    public func hasEnded(on today: (year: Int, month: Int, day: Int)) -> Bool {
        today.year * 100 + today.month > endKey
    }
}
