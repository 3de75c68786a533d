/// The runs (`w:r`) of one paragraph's XML and the text they show, counted as the reader counts it:
/// `w:t` text, a tab, a soft line break (`w:br` without a page or column type, `w:cr`) and a
/// non-breaking hyphen are characters; hidden runs (`w:vanish`), deleted text, field codes, ruby
/// annotations, text boxes and the `mc:AlternateContent` branches the reader skips are not.
///
/// A run is *splittable* when it holds only text, tabs, breaks and empty marks, so that a comment
/// can start or end at any character in it; it is *revisable* when it is also outside fields,
/// tracked insertions and moves, so that a tracked change may replace part of it.
struct ParagraphRuns {
    enum Item {
        /// `w:t` text (unescaped).
        case text(String)
        /// An element of the run kept as written, `length` characters of text (0 or 1).
        case element(Substring, length: Int)

        var length: Int {
            switch self {
            case .text(let text): text.count
            case .element(_, let length): length
            }
        }
    }

    struct Run {
        /// The run's bytes in the paragraph, `<w:r…>` to `</w:r>`.
        var bytes: Range<String.Index>
        /// `<w:r …>` as written, attributes kept.
        var startTag: Substring
        /// `<w:rPr>…</w:rPr>` as written, or "".
        var properties: Substring
        var items: [Item]
        /// Where the run's text starts in the paragraph's text, in Characters.
        var start: Int
        var length: Int
        var isSplittable: Bool
        var isRevisable: Bool

        var end: Int { start + length }
    }

    let xml: String
    /// The paragraph's bytes in `xml`.
    let bytes: Range<String.Index>
    private(set) var runs: [Run] = []
    /// The paragraph's text as the reader reads it (list label left out).
    private(set) var text = ""
    /// The position of `</w:p>`, or nil for an empty element `<w:p/>`.
    private(set) var closeTag: String.Index?

    /// Elements whose subtree holds no text of this paragraph.
    private static let skipped: Set<Substring> = [
        "w:pPr", "w:del", "w:moveFrom", "w:txbxContent", "w:rt", "w:sdtPr", "w:sdtEndPr", "w:customXmlPr",
        "w:object", "w:fldData", "w:smartTagPr",
    ]
    /// Containers inside which a tracked change must not be written.
    private static let unrevisable: Set<Substring> = ["w:ins", "w:moveTo", "w:fldSimple"]

    init(xml: String, paragraph bytes: Range<String.Index>) {
        self.xml = xml
        self.bytes = bytes
        var scanner = XMLTagScanner(xml, in: bytes)
        guard let opening = scanner.next(), opening.name == "w:p", opening.kind == .start else { return }
        var skipped = SkippedMarkup(skipping: Self.skipped)
        var containers: [Substring] = []
        var fieldDepth = 0
        var offset = 0
        while let tag = scanner.next() {
            guard !skipped.skips(tag) else { continue }
            switch (tag.kind, tag.name) {
            case (.end, "w:p"):
                closeTag = tag.range.lowerBound
                return
            case (.start, "w:r"):
                let inside = containers.contains { Self.unrevisable.contains($0) } || fieldDepth > 0
                guard var run = Self.run(opening: tag, scanner: &scanner, xml: xml, fieldDepth: &fieldDepth) else { return }
                run.start = offset
                run.isRevisable = run.isSplittable && !inside && fieldDepth == 0
                offset += run.length
                for item in run.items { if case .text(let piece) = item { text += piece } else if item.length == 1, case .element(let element, _) = item { text += Self.shown(element) } }
                runs.append(run)
            case (.start, let name):
                containers.append(name)
            case (.end, _):
                _ = containers.popLast()
            default:
                break
            }
        }
    }

    /// The character an element of length 1 shows.
    private static func shown(_ element: Substring) -> String {
        if element.hasPrefix("<w:tab") || element.hasPrefix("<w:ptab") { return "\t" }
        if element.hasPrefix("<w:noBreakHyphen") { return "-" }
        return "\n"
    }

    /// Reads one run from its opening tag to `</w:r>`; `fieldDepth` follows the complex fields'
    /// `w:fldChar` marks.
    private static func run(opening: XMLTagScanner.Tag, scanner: inout XMLTagScanner, xml: String, fieldDepth: inout Int) -> Run? {
        var properties: Substring = ""
        var items: [Item] = []
        var splittable = true
        var hidden = false
        while let tag = scanner.next() {
            switch (tag.kind, tag.name) {
            case (.end, "w:r"):
                if hidden {
                    items = items.map { item in
                        if case .text(let text) = item { return .element(Substring("<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t>"), length: 0) }
                        if case .element(let element, _) = item { return .element(element, length: 0) }
                        return item
                    }
                    splittable = false
                }
                let length = items.reduce(0) { $0 + $1.length }
                return Run(bytes: opening.range.lowerBound..<tag.range.upperBound, startTag: xml[opening.range],
                           properties: properties, items: items, start: 0, length: length,
                           isSplittable: splittable, isRevisable: false)
            case (.start, "w:rPr"):
                guard let close = skip(&scanner, to: "w:rPr") else { return nil }
                properties = xml[tag.range.lowerBound..<close]
                hidden = isHidden(properties)
            case (.empty, "w:rPr"):
                properties = xml[tag.range]
            case (.start, "w:t"):
                guard let close = scanner.next(), close.name == "w:t", close.kind == .end else { return nil }
                items.append(.text(XMLText.unescaped(xml[tag.range.upperBound..<close.range.lowerBound])))
            case (.empty, "w:t"):
                items.append(.element(xml[tag.range], length: 0))
            case (.empty, "w:tab"), (.empty, "w:ptab"), (.empty, "w:cr"), (.empty, "w:noBreakHyphen"):
                items.append(.element(xml[tag.range], length: 1))
            case (.empty, "w:br"):
                let type = XMLTagScanner.attribute("w:type", in: xml[tag.range])
                items.append(.element(xml[tag.range], length: type == nil || type == "textWrapping" ? 1 : 0))
            case (.empty, "w:fldChar"), (.start, "w:fldChar"):
                switch XMLTagScanner.attribute("w:fldCharType", in: xml[tag.range]) {
                case "begin": fieldDepth += 1
                case "end": fieldDepth = max(0, fieldDepth - 1)
                default: break
                }
                if tag.kind == .start { guard skip(&scanner, to: "w:fldChar") != nil else { return nil } }
                splittable = false
                items.append(.element(xml[tag.range], length: 0))
            case (.empty, _):
                items.append(.element(xml[tag.range], length: 0))
            case (.start, let name):
                // An element with content (a drawing, ruby, instruction text, an alternate): kept whole.
                guard let close = skip(&scanner, to: name) else { return nil }
                items.append(.element(xml[tag.range.lowerBound..<close], length: 0))
                splittable = false
            case (.end, _):
                return nil
            }
        }
        return nil
    }

    /// Moves past the end tag of the element named `name` just opened; returns the end of that tag.
    private static func skip(_ scanner: inout XMLTagScanner, to name: Substring) -> String.Index? {
        var depth = 1
        while let tag = scanner.next() {
            switch tag.kind {
            case .start: depth += 1
            case .end:
                depth -= 1
                if depth == 0 { return tag.name == name ? tag.range.upperBound : nil }
            case .empty: break
            }
        }
        return nil
    }

    /// Whether run properties hide the run (`<w:vanish/>`, not `w:val="0"`).
    private static func isHidden(_ properties: Substring) -> Bool {
        guard let found = properties.range(of: "<w:vanish") else { return false }
        guard let close = properties[found.upperBound...].firstIndex(of: ">") else { return false }
        let tag = properties[found.lowerBound...close]
        guard let value = XMLTagScanner.attribute("w:val", in: tag) else { return true }
        return !["0", "false", "off"].contains(value)
    }
}
