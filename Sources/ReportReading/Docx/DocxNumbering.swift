import ReportModel

/// The list definitions of `word/numbering.xml` and the counters that turn a paragraph's
/// `w:numPr` into the label Word displays (`一、`, `（一）`, `1.`), which is not in the text.
struct DocxNumbering {
    /// One level of a list definition.
    struct Level {
        var start = 1
        var format = "decimal"
        /// The `w:format` of a custom `numFmt` (`一, 二, 三, ...`).
        var customFormat: String?
        var text = ""
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var numAbstract: [String: String] = [:]
    private var overrides: [String: [Int: Level]] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    /// Counters per `numId`: the last value shown at each level.
    private var counters: [String: [Int: Int]] = [:]

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
        return level
    }

    private func level(numId: String, ilvl: Int) -> Level? {
        if let level = overrides[numId]?[ilvl] { return level }
        guard let abstract = numAbstract[numId], var level = abstractLevels[abstract]?[ilvl] else { return nil }
        if let start = startOverrides[numId]?[ilvl] { level.start = start }
        return level
    }

    /// Advances the counters for a numbered paragraph and returns the label it displays, or nil when
    /// the numbering is switched off (`numId` 0) or undefined.
    mutating func label(numId: String, ilvl: Int) -> String? {
        guard numId != "0", let current = level(numId: numId, ilvl: ilvl) else { return nil }
        var values = counters[numId] ?? [:]
        values[ilvl] = values[ilvl].map { $0 + 1 } ?? current.start
        for deeper in values.keys where deeper > ilvl { values[deeper] = nil }
        counters[numId] = values

        var label = ""
        var scalars = Substring(current.text)
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            if first == "%", let digit = scalars.first?.wholeNumberValue, (1...9).contains(digit) {
                scalars = scalars.dropFirst()
                let referenced = digit - 1
                let shown = level(numId: numId, ilvl: referenced)
                let value = values[referenced] ?? shown?.start ?? 1
                label += ListNumberFormat.format(value, as: shown?.format ?? "decimal", custom: shown?.customFormat)
            } else {
                label.append(first)
            }
        }
        return current.format == "bullet" || current.format == "none" ? nil : label
    }
}
