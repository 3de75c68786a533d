/// The styles a `styles.xml` defines, by name: Word matches built-in styles by name (`heading 1`),
/// while ids differ between documents (Chinese Word writes `1`, `a3`…), so a template's styles are
/// matched to this writer's by name, case-insensitively.
struct StyleNames {
    /// Lower-cased style name → style id, first definition winning.
    private(set) var ids: [String: String] = [:]
    /// Every style id defined.
    private(set) var definedIDs: Set<String> = []

    init(_ styles: String) {
        var rest = styles[...]
        while let start = rest.range(of: "<w:style ") {
            let tail = rest[start.upperBound...]
            let end = tail.range(of: "</w:style>")?.lowerBound ?? tail.endIndex
            let element = tail[..<end]
            if let id = Self.value(after: "w:styleId=\"", in: element) {
                definedIDs.insert(id)
                if let name = Self.value(after: "<w:name w:val=\"", in: element), ids[name.lowercased()] == nil {
                    ids[name.lowercased()] = id
                }
            }
            rest = tail[end...]
        }
    }

    private static func value(after prefix: String, in text: Substring) -> String? {
        guard let start = text.range(of: prefix), let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(text[start.upperBound..<end])
    }

    /// For each of `ours`' styles that the template (`self`) defines under another id by the same
    /// name, our id → the template's id.
    func renaming(_ ours: StyleNames) -> [String: String] {
        var renames: [String: String] = [:]
        for (name, ourID) in ours.ids {
            if let theirID = ids[name], theirID != ourID { renames[ourID] = theirID }
        }
        return renames
    }

    /// Replaces references to renamed styles (`w:pStyle`, `w:tblStyle`, `w:basedOn`, `w:next`) in `xml`.
    static func apply(_ renames: [String: String], to xml: String) -> String {
        guard !renames.isEmpty else { return xml }
        var result = xml
        for (ours, theirs) in renames {
            for element in ["pStyle", "tblStyle", "basedOn", "next"] {
                result = result.replacingOccurrences(of: "<w:\(element) w:val=\"\(ours)\"/>", with: "<w:\(element) w:val=\"\(theirs)\"/>")
            }
        }
        return result
    }
}
