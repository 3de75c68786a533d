import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Namespace URIs of the WordprocessingML parts the reader understands, matched by URI rather than
/// by prefix (a document may bind `w:` to any prefix, and Strict OOXML uses other URIs).
enum OOXML {
    static let wordprocessing: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func isWord(_ namespace: String?) -> Bool {
        guard let namespace else { return false }
        return wordprocessing.contains(namespace)
    }

    /// The attribute whose local name is `name` (`w:val` → `val`), whatever prefix the document used.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        for (key, value) in attributes {
            if let colon = key.lastIndex(of: ":"), key[key.index(after: colon)...] == name { return value }
        }
        return nil
    }

    /// A WordprocessingML on/off value: absent `val`, `true`, `1` and `on` mean on.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return value != "false" && value != "0" && value != "off"
    }
}

/// A small element tree for the definition parts (styles, numbering), built with `XMLParser`.
/// `mc:AlternateContent` is replaced by the content of one branch (the first `mc:Choice`, else
/// `mc:Fallback`), so that callers never see both.
final class PartElement {
    let name: String
    let isWord: Bool
    let attributes: [String: String]
    var children: [PartElement] = []

    init(name: String, isWord: Bool, attributes: [String: String]) {
        self.name = name
        self.isWord = isWord
        self.attributes = attributes
    }

    /// The value of the attribute with local name `name`.
    func attribute(_ name: String) -> String? { OOXML.attribute(name, in: attributes) }

    /// The first WordprocessingML child named `name`.
    func child(_ name: String) -> PartElement? { children.first { $0.isWord && $0.name == name } }

    /// Every WordprocessingML child named `name`.
    func children(_ name: String) -> [PartElement] { children.filter { $0.isWord && $0.name == name } }

    /// `w:val` of the child named `name`.
    func value(of name: String) -> String? { child(name)?.attribute("val") }

    /// Parses `data` into its root element; throws where and why the XML is bad.
    static func parse(_ data: Data) throws(XMLPartError) -> PartElement {
        let builder = TreeBuilder()
        try XMLPartParser.parse(data, into: builder) { builder.isComplete }
        guard let root = builder.root else { throw XMLPartError(line: 1, reason: .incomplete) }
        return root
    }

    /// Releases the subtree without recursion: the default release of a deep tree would recurse
    /// once per level. Depth is bounded while parsing (`DocxLimits.elementDepth`); this keeps
    /// teardown safe for any tree.
    deinit {
        guard !children.isEmpty else { return }
        var pending = children
        children = []
        while var element = pending.popLast() {
            if isKnownUniquelyReferenced(&element) {
                pending.append(contentsOf: element.children)
                element.children = []
            }
        }
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: PartElement?
    private var stack: [PartElement] = []
    /// Whether the root element was closed (the parser on Linux reports no error for a truncated part).
    var isComplete: Bool { root != nil && stack.isEmpty }
    /// Depth of elements being skipped (an unused `mc:AlternateContent` branch); 0 when reading.
    private var skipping = 0
    /// For each open `mc:AlternateContent`, whether a branch has been taken.
    private var alternates: [Bool] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if skipping > 0 { skipping += 1; return }
        if namespaceURI == OOXML.markupCompatibility {
            switch elementName {
            case "AlternateContent": alternates.append(false)
            case "Choice", "Fallback":
                if alternates.last == true { skipping = 1 } else if !alternates.isEmpty { alternates[alternates.count - 1] = true }
            default: break
            }
            return
        }
        let element = PartElement(name: elementName, isWord: OOXML.isWord(namespaceURI), attributes: attributeDict)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if skipping > 0 { skipping -= 1; return }
        if namespaceURI == OOXML.markupCompatibility {
            if elementName == "AlternateContent" { alternates.removeLast() }
            return
        }
        stack.removeLast()
    }
}
