import ReportModel

/// The list definitions of `word/numbering.xml` and the counters that turn a paragraph's
/// `w:numPr` into the label Word displays (`一、`, `（一）`, `1.`), which is not in the text.
///
/// Counting follows Word: the counters belong to the abstract list (`w:abstractNum`), so two
/// `w:num` instances of one abstract list continue one count (一、二、三), unless the second
/// overrides a level (`w:lvlOverride` with `w:startOverride` or its own `w:lvl`), which restarts that
/// level where the instance is first used. A level restarts when a higher level advances, or only
/// after the level `w:lvlRestart` names (0: never).
struct DocxNumbering {
    /// One level of a list definition.
    struct Level {
        var start = 1
        var format = "decimal"
        /// The `w:format` of a custom `numFmt` (`一, 二, 三, ...`).
        var customFormat: String?
        var text = ""
        /// `w:lvlRestart`: restart after a paragraph of this level (1-based) or higher; 0 never; nil
        /// after any higher level (Word's default).
        var restart: Int?
        /// `w:isLgl`: the levels this one shows are shown as decimal numbers.
        var legal = false
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var numAbstract: [String: String] = [:]
    private var overrides: [String: [Int: Level]] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    /// Counters per abstract list: the last value shown at each level.
    private var counters: [String: [Int: Int]] = [:]
    /// The `w:num` instances already used (an instance's overrides restart its levels once, at first use).
    private var usedInstances: Set<String> = []

    init() {}

    /// Reads the definitions; `listStyles` (numbering style → `numId`) resolves an abstract list that
    /// only links to a list style (`w:numStyleLink`) to the list that style defines.
    init(_ root: PartElement, listStyles: [String: String] = [:]) {
        var links: [String: String] = [:]
        for abstract in root.children("abstractNum") {
            guard let id = abstract.attribute("abstractNumId") else { continue }
            abstractLevels[id] = Self.levels(abstract)
            if let link = abstract.value(of: "numStyleLink") { links[id] = link }
        }
        for num in root.children("num") {
            guard let id = num.attribute("numId"), let abstract = num.value(of: "abstractNumId") else { continue }
            numAbstract[id] = abstract
            for override in num.children("lvlOverride") {
                guard let ilvl = override.attribute("ilvl").flatMap(Int.init) else { continue }
                if let start = override.value(of: "startOverride").flatMap(Int.init) { startOverrides[id, default: [:]][ilvl] = start }
                if let lvl = override.child("lvl") { overrides[id, default: [:]][ilvl] = Self.level(lvl) }
            }
        }
        for (abstract, style) in links where abstractLevels[abstract]?.isEmpty ?? true {
            if let numId = listStyles[style], let target = numAbstract[numId], let levels = abstractLevels[target] {
                abstractLevels[abstract] = levels
                // A list linked to a style counts with the list that style defines.
                for (num, linked) in numAbstract where linked == abstract { numAbstract[num] = target }
            }
        }
    }

    private static func levels(_ element: PartElement) -> [Int: Level] {
        var result: [Int: Level] = [:]
        for lvl in element.children("lvl") {
            guard let ilvl = lvl.attribute("ilvl").flatMap(Int.init) else { continue }
            result[ilvl] = level(lvl)
        }
        return result
    }

    private static func level(_ lvl: PartElement) -> Level {
        var level = Level()
        if let start = lvl.value(of: "start").flatMap(Int.init) { level.start = start }
        if let format = lvl.child("numFmt") {
            level.format = format.attribute("val") ?? "decimal"
            level.customFormat = format.attribute("format")
        }
        level.text = lvl.value(of: "lvlText") ?? ""
        level.restart = lvl.value(of: "lvlRestart").flatMap(Int.init)
        if let legal = lvl.child("isLgl") { level.legal = OOXML.isOn(legal.attribute("val")) }
        return level
    }

    private func level(numId: String, ilvl: Int) -> Level? {
        let abstract = numAbstract[numId]
        var level = overrides[numId]?[ilvl] ?? abstract.flatMap { abstractLevels[$0]?[ilvl] }
        if let start = startOverrides[numId]?[ilvl] { level?.start = start }
        return level
    }

    /// Advances the counters for a numbered paragraph and returns the label it displays, or nil when
    /// the numbering is switched off (`numId` 0), undefined, or a bullet.
    mutating func label(numId: String, ilvl: Int) -> String? {
        guard numId != "0", let current = level(numId: numId, ilvl: ilvl) else { return nil }
        let list = numAbstract[numId] ?? "num:" + numId
        var values = counters[list] ?? [:]
        if !usedInstances.contains(numId) {
            usedInstances.insert(numId)
            // An instance that overrides a level restarts it where the instance is first used.
            for overridden in Set(overrides[numId]?.keys.map { $0 } ?? []).union(startOverrides[numId]?.keys.map { $0 } ?? []) {
                values[overridden] = nil
            }
        }
        values[ilvl] = values[ilvl].map { $0 + 1 } ?? current.start
        for deeper in values.keys where deeper > ilvl {
            let restart = level(numId: numId, ilvl: deeper)?.restart ?? deeper
            if restart != 0 && ilvl < restart { values[deeper] = nil }
        }
        counters[list] = values

        guard current.format != "bullet", current.format != "none" else { return nil }
        var label = ""
        var scalars = Substring(current.text)
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            if first == "%", let digit = scalars.first?.wholeNumberValue, (1...9).contains(digit) {
                scalars = scalars.dropFirst()
                let referenced = digit - 1
                let shown = level(numId: numId, ilvl: referenced)
                let value = values[referenced] ?? shown?.start ?? 1
                let format = current.legal && referenced < ilvl ? "decimal" : shown?.format ?? "decimal"
                label += ListNumberFormat.format(value, as: format, custom: shown?.customFormat)
            } else {
                label.append(first)
            }
        }
        return label
    }
}
