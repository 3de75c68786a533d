import Foundation
import ReportModel

/// The unit written after a figure (`万元`, `人`, `%`, `个百分点`), split into its Chinese-numeral
/// multiplier (`万`, `亿`) and its base unit, so that `24.07亿元` and `12170.21万元` compare in yuan.
public struct QuantityUnit: Hashable, Sendable, Codable {
    /// The unit as written, without approximation words: `亿元`, `万余名` is written `万名`.
    public var text: String
    /// The base unit: `元` for `亿元`, `人` for `万人`.
    public var base: String
    /// What the multiplier scales the written number by (10000 for `万元`, 1 for `元`).
    public var scale: Decimal {
        didSet { exactScale = ScaledDecimal(scale) }
    }
    /// `scale` in the fast exact arithmetic (a power of ten for the units `FigureScanner` reads).
    package private(set) var exactScale: ScaledDecimal?

    public init(text: String, base: String, scale: Decimal) {
        self.init(text: text, base: base, scale: scale, exactScale: ScaledDecimal(scale))
    }

    /// A unit whose exact scale is known (`exactScale` must equal `scale`).
    package init(text: String, base: String, scale: Decimal, exactScale: ScaledDecimal?) {
        self.text = text
        self.base = base
        self.scale = scale
        self.exactScale = exactScale
    }

    /// The keys of the JSON form: `exactScale` is derived from `scale` and not written.
    enum CodingKeys: String, CodingKey { case text, base, scale }

    public init(from decoder: any Decoder) throws {
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            text: keyed.decode(String.self, forKey: .text), base: keyed.decode(String.self, forKey: .base),
            scale: keyed.decode(Decimal.self, forKey: .scale))
    }

    /// Units that measure the same kind of thing and may be added or compared: `人` and `名` both
    /// count people; every other base unit is its own family.
    public var family: String {
        switch singleScalar(of: base) {
        case 0x540D, 0x4F4D: "人"  // 名 位
        case 0xFF05: "%"  // ％
        default: base
        }
    }

    /// Whether the unit is a percentage (`%`, `‰`): a rate or a share, never added up.
    public var isPercent: Bool {
        switch singleScalar(of: base) {
        case 0x25, 0xFF05, 0x2030: true  // % ％ ‰
        default: false
        }
    }

    /// Whether figures in this unit can be added up into a total (counts, money, areas; not shares).
    public var isAdditive: Bool { !isPercent && !isPercentagePoints }

    /// Whether a change in this unit can be measured against `other`: the same family, or
    /// percentage points against percentages.
    public func measuresChange(of other: QuantityUnit) -> Bool {
        isSameFamily(as: other) || (isPercentagePoints && other.isPercent)
    }

    /// Whether `family == other.family`, compared as UTF-8 bytes (the base units are the fixed words
    /// of `baseUnits`; `==` on non-ASCII strings first normalises both, at many times the cost).
    package func isSameFamily(as other: QuantityUnit) -> Bool {
        family.utf8.elementsEqual(other.family.utf8)
    }

    private static let percentagePoints = Array("个百分点".utf8)

    private var isPercentagePoints: Bool { base.utf8.elementsEqual(Self.percentagePoints) }

    /// The value of the only Unicode scalar of `text`, or 0 when it has none or several.
    @inline(__always) private func singleScalar(of text: String) -> UInt32 {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return 0 }
        return first.value
    }

    /// Base units recognised after a figure, longest first where one is the prefix of another.
    static let baseUnits: [String] = [
        "个百分点", "平方公里", "平方米", "立方米", "人次", "校次", "所次", "户次", "家次", "课时", "学时",
        "小时", "个月", "千米", "公里", "千克", "公斤", "台套",
        "元", "人", "名", "位", "所", "个", "次", "项", "件", "份", "家", "间", "台", "套", "册", "本", "篇",
        "张", "场", "期", "批", "轮", "班", "天", "亩", "米", "起", "支", "辆", "座", "栋", "处", "条", "种",
        "门", "节", "%", "％", "‰",
    ]

    /// The base units as scalar codes with their text, indexed by their first scalar, longest first.
    static let baseUnitsByFirst: [UInt32: [(codes: [UInt32], text: String)]] = {
        var table: [UInt32: [(codes: [UInt32], text: String)]] = [:]
        for unit in baseUnits {
            let codes = unit.unicodeScalars.map(\.value)
            table[codes[0], default: []].append((codes, unit))
        }
        for key in table.keys { table[key]!.sort { $0.codes.count > $1.codes.count } }
        return table
    }()

    private static let hundred: Decimal = 100
    private static let thousand: Decimal = 1000
    private static let tenThousand: Decimal = 10000
    private static let hundredMillion: Decimal = 100_000_000

    /// The power of ten a Chinese numeral stands for inside a unit (百 2, 千 3, 万 4, 亿 8), or nil.
    static func multiplierPower(_ code: UInt32) -> Int? {
        switch code {
        case 0x767E: 2  // 百
        case 0x5343: 3  // 千
        case 0x4E07: 4  // 万
        case 0x4EBF: 8  // 亿
        default: nil
        }
    }

    /// A written unit's multiplier as a power of ten and its base: 亿元 is (8, 元), 千万元 (7, 元),
    /// 万人次 (4, 人次), 人 (0, 人). A unit that is only numerals (万) is its own base.
    package static func powerAndBase(of unit: String) -> (power: Int, base: String) {
        let scalars = Array(unit.unicodeScalars)
        var power = 0, index = 0
        while index < scalars.count - 1, let step = multiplierPower(scalars[index].value) {
            power += step
            index += 1
        }
        return (power, String(String.UnicodeScalarView(scalars[index...])))
    }

    /// The multiplier a Chinese numeral stands for inside a unit, or nil.
    static func multiplier(_ code: UInt32) -> Decimal? {
        switch code {
        case 0x767E: hundred  // 百
        case 0x5343: thousand  // 千
        case 0x4E07: tenThousand  // 万
        case 0x4EBF: hundredMillion  // 亿
        default: nil
        }
    }

    /// Whether `code` is a multiplier (`百`, `千`, `万`, `亿`).
    @inline(__always) static func isMultiplier(_ code: UInt32) -> Bool {
        code == 0x767E || code == 0x5343 || code == 0x4E07 || code == 0x4EBF
    }

    /// The longest base unit starting at `index` in `codes`: its length and its text.
    static func baseUnit(in codes: [UInt32], at index: Int) -> (length: Int, text: String)? {
        guard index < codes.count, let candidates = baseUnitsByFirst[codes[index]] else { return nil }
        for candidate in candidates where index + candidate.codes.count <= codes.count {
            var matches = true
            for offset in 1..<max(candidate.codes.count, 1) where codes[index + offset] != candidate.codes[offset] {
                matches = false
                break
            }
            if matches { return (candidate.codes.count, candidate.text) }
        }
        return nil
    }
}
