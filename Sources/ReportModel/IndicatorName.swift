/// How an indicator's name cell reads: `其中：在园幼儿数（万人）` is a part (`其中`), named
/// `在园幼儿数`, in `万人`. The table reader and an indicator read from a table's cells
/// (`IndicatorTable.Indicators`) both read names here, so that they always agree.
package enum IndicatorName {
    /// The name, its unit when the name ends with one in brackets, and whether it began with `其中`.
    package static func read(_ cell: String) -> (name: String, unit: String?, isPart: Bool) {
        let rest = droppingPartPrefix(cell)
        let (name, unit) = splitUnit(rest ?? cell)
        return (name, unit, rest != nil)
    }

    /// `name` without a leading `其中：`, `其中:` or `其中` (the first that `hasPrefix` finds, in that
    /// order), or nil when it has none. Answered from the UTF-8 bytes when the byte after the prefix
    /// is ASCII or an ideograph's lead byte (nothing there can join the prefix's last Character).
    package static func droppingPartPrefix(_ name: String) -> String? {
        let fromBytes = name.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            // 其中 is E5 85 B6 E4 B8 AD; the full-width colon ： is EF BC 9A.
            guard bytes.count >= 6, bytes[0] == 0xE5, bytes[1] == 0x85, bytes[2] == 0xB6,
                  bytes[3] == 0xE4, bytes[4] == 0xB8, bytes[5] == 0xAD else { return .some(nil) }
            var length = 6
            if bytes.count >= 9, bytes[6] == 0xEF, bytes[7] == 0xBC, bytes[8] == 0x9A {
                length = 9
            } else if bytes.count >= 7, bytes[6] == UInt8(ascii: ":") {
                length = 7
            }
            if length < bytes.count, bytes[length] >= 0x80, !(0xE4...0xE9).contains(bytes[length]) { return nil }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[length...]), as: UTF8.self))
        }
        if let fromBytes, let answer = fromBytes { return answer }
        for prefix in ["其中：", "其中:", "其中"] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return nil
    }

    private static let unitCharacters: Set<Character> = [
        "%", "％", "‰", "人", "元", "年", "所", "个", "名", "米", "岁", "次", "项", "台", "册", "间", "班", "校", "户", "亩", "天", "时", "万", "亿", "千", "平", "方", "生",
        "处", "座", "家", "张", "套", "本", "节", "件", "位", "场", "辆", "块", "条", "篇", "门",
    ]

    /// `在园幼儿数（万人）` → (`在园幼儿数`, `万人`).
    package static func splitUnit(_ name: String) -> (name: String, unit: String?) {
        // Most names do not end with a bracket: answered from the last byte (`)` or the last of `）`).
        guard let lastByte = name.utf8.last, lastByte == UInt8(ascii: ")") || lastByte == 0x89 else { return (name, nil) }
        guard let last = name.last, last == "）" || last == ")",
              let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return (name, nil) }
        let unit = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !unit.isEmpty, unit.count <= 5, unit.allSatisfy({ unitCharacters.contains($0) || $0 == "/" }) else {
            return (name, nil)
        }
        return (String(name[..<open]), String(unit))
    }
}
