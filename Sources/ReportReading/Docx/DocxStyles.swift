import Foundation

/// The paragraph styles of `word/styles.xml`, reduced to what the reader needs: a style's outline
/// level (from its name, `heading 1` or `标题 1`, or its `w:outlineLvl`, following `w:basedOn`) and
/// any list numbering it carries. Chinese Word writes style ids like `1`, so ids mean nothing.
struct DocxStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numId: String?
        var ilvl: Int?
    }

    private var styles: [String: Style] = [:]
    private var defaultParagraphStyle: String?
    /// Numbering styles (list styles) → the `numId` they apply, for `w:numStyleLink`.
    private(set) var listStyleNumbering: [String: String] = [:]

    init() {}

    init(_ root: PartElement) {
        for element in root.children("style") where element.attribute("type") == "numbering" {
            if let id = element.attribute("styleId"), let numId = element.child("pPr")?.child("numPr")?.value(of: "numId") {
                listStyleNumbering[id] = numId
            }
        }
        for element in root.children("style") where element.attribute("type") == "paragraph" {
            guard let id = element.attribute("styleId") else { continue }
            var style = Style(name: element.value(of: "name"), basedOn: element.value(of: "basedOn"))
            if let pPr = element.child("pPr") {
                style.outlineLevel = pPr.value(of: "outlineLvl").flatMap(Int.init)
                if let numPr = pPr.child("numPr") {
                    style.numId = numPr.value(of: "numId")
                    style.ilvl = numPr.value(of: "ilvl").flatMap(Int.init)
                }
            }
            styles[id] = style
            if OOXML.isOn(element.attribute("default")) && element.attribute("default") != nil { defaultParagraphStyle = id }
        }
    }

    /// The heading level (1 = top) of paragraphs in style `id`, or nil for body styles.
    func headingLevel(of id: String?) -> Int? {
        var current = id ?? defaultParagraphStyle
        var seen: Set<String> = []
        while let styleID = current, !seen.contains(styleID), let style = styles[styleID] {
            seen.insert(styleID)
            if let level = Self.level(named: style.name) { return level }
            if let outline = style.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
            current = style.basedOn
        }
        return nil
    }

    /// Whether paragraphs in style `id` are in Word's title style (`Title`, Chinese Word's `标题`), or
    /// a style based on it.
    func isTitle(_ id: String?) -> Bool {
        var current = id ?? defaultParagraphStyle
        var seen: Set<String> = []
        while let styleID = current, !seen.contains(styleID), let style = styles[styleID] {
            seen.insert(styleID)
            if let name = style.name?.lowercased(), name == "title" || name == "标题" { return true }
            current = style.basedOn
        }
        return false
    }

    /// The list numbering (`numId`, level) a style applies, following `w:basedOn`: the list and the
    /// level are each inherited from the nearest style that sets them (a heading 2 style based on a
    /// numbered heading 1 style may set only `w:ilvl`).
    func numbering(of id: String?) -> (numId: String, ilvl: Int?)? {
        var current = id ?? defaultParagraphStyle
        var seen: Set<String> = []
        var ilvl: Int?
        while let styleID = current, !seen.contains(styleID), let style = styles[styleID] {
            seen.insert(styleID)
            if ilvl == nil { ilvl = style.ilvl }
            if let numId = style.numId { return (numId, ilvl) }
            current = style.basedOn
        }
        return nil
    }

    /// `heading 2`, `Heading 2`, `标题 2`, `标题2` → 2.
    static func level(named name: String?) -> Int? {
        guard let name else { return nil }
        let lower = name.lowercased()
        for prefix in ["heading", "标题"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if let level = Int(rest), (1...9).contains(level) { return level }
        }
        return nil
    }
}
