import Foundation

/// Reads a template's page setup: the body's last `w:sectPr` (page size, margins, grid, columns,
/// header and footer references), the header and footer parts it references with their own
/// relationships and media, and whether odd and even pages have different headers.
enum TemplatePageSetup {
    static func read(extract: (String) -> Data?) -> PageSetup? {
        guard let documentData = extract("word/document.xml"), let document = String(data: documentData, encoding: .utf8),
              let bodyEnd = document.range(of: "</w:body>", options: .backwards),
              let start = document.range(of: "<w:sectPr", options: .backwards, range: document.startIndex..<bodyEnd.lowerBound),
              let end = document.range(of: "</w:sectPr>", range: start.lowerBound..<bodyEnd.lowerBound)
        else { return nil }
        var sectionProperties = String(document[start.lowerBound..<end.upperBound])
        let relationships = extract("word/_rels/document.xml.rels").flatMap { String(data: $0, encoding: .utf8) }
            .map(Self.relationships) ?? []
        let contentTypes = extract("[Content_Types].xml").flatMap { String(data: $0, encoding: .utf8) } ?? ""
        var setup = PageSetup(sectionProperties: "", parts: [], relationships: [], evenAndOddHeaders: false)
        var extensions = Set<String>()
        for id in Self.values(of: "r:id", in: sectionProperties) {
            guard let relationship = relationships.first(where: { $0.id == id }),
                  !relationship.target.hasPrefix("/"), !relationship.target.contains(".."),
                  let data = extract("word/" + relationship.target) else { continue }
            let newID = "rIdTemplate" + id
            sectionProperties = sectionProperties.replacingOccurrences(of: "r:id=\"\(id)\"", with: "r:id=\"\(newID)\"")
            let kind = relationship.type.hasSuffix("/header") ? "header" : "footer"
            let path = "word/" + relationship.target
            guard !setup.parts.contains(where: { $0.path == path }) else {
                setup.relationships.append(PageSetup.Relationship(id: newID, type: relationship.type, target: relationship.target))
                continue
            }
            setup.parts.append(PageSetup.Part(
                path: path, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.\(kind)+xml", data: data))
            setup.relationships.append(PageSetup.Relationship(id: newID, type: relationship.type, target: relationship.target))
            // The part's own relationships (an emblem picture in a header) and what they point at.
            let directory = (path as NSString).deletingLastPathComponent
            let relsPath = directory + "/_rels/" + (path as NSString).lastPathComponent + ".rels"
            if let rels = extract(relsPath) {
                setup.parts.append(PageSetup.Part(path: relsPath, contentType: "", data: rels))
                for inner in Self.relationships(String(decoding: rels, as: UTF8.self))
                where !inner.target.hasPrefix("/") && !inner.target.contains("..") && !inner.target.contains("://") {
                    let innerPath = directory + "/" + inner.target
                    guard !setup.parts.contains(where: { $0.path == innerPath }), let media = extract(innerPath) else { continue }
                    setup.parts.append(PageSetup.Part(path: innerPath, contentType: "", data: media))
                    extensions.insert((innerPath as NSString).pathExtension.lowercased())
                }
            }
        }
        setup.sectionProperties = sectionProperties
        for name in extensions.sorted() where !["xml", "rels"].contains(name) {
            if let type = Self.defaultContentType(for: name, in: contentTypes) { setup.defaultContentTypes.append((name, type)) }
        }
        if let settingsData = extract("word/settings.xml") {
            let settings = String(decoding: settingsData, as: UTF8.self)
            setup.evenAndOddHeaders = settings.contains("<w:evenAndOddHeaders/>")
                || settings.contains("<w:evenAndOddHeaders w:val=\"1\"") || settings.contains("<w:evenAndOddHeaders w:val=\"true\"")
        }
        return setup
    }

    private static func relationships(_ xml: String) -> [PageSetup.Relationship] {
        var result: [PageSetup.Relationship] = []
        var rest = xml[...]
        while let start = rest.range(of: "<Relationship ") {
            let tail = rest[start.upperBound...]
            let end = tail.firstIndex(of: ">") ?? tail.endIndex
            let element = " " + tail[..<end]  // attributes each after a space
            if let id = values(of: "Id", in: element).first, let type = values(of: "Type", in: element).first,
               let target = values(of: "Target", in: element).first,
               !element.contains("TargetMode=\"External\"") {
                result.append(PageSetup.Relationship(id: id, type: type, target: target))
            }
            rest = tail[end...]
        }
        return result
    }

    /// Every value of attribute `name` (exactly, preceded by a space) in `xml`.
    private static func values(of name: String, in xml: some StringProtocol) -> [String] {
        var result: [String] = []
        var rest = Substring(xml)
        while let start = rest.range(of: " \(name)=\"") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            result.append(String(tail[..<end]))
            rest = tail[end...]
        }
        return result
    }

    private static func defaultContentType(for extensionName: String, in contentTypes: String) -> String? {
        var rest = contentTypes[...]
        while let start = rest.range(of: "<Default ") {
            let tail = rest[start.upperBound...]
            let end = tail.firstIndex(of: ">") ?? tail.endIndex
            let element = " " + tail[..<end]  // attributes each after a space
            if values(of: "Extension", in: element).first?.lowercased() == extensionName {
                return values(of: "ContentType", in: element).first
            }
            rest = tail[end...]
        }
        return nil
    }
}
