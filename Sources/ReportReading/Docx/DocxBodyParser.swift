import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams `word/document.xml` into body blocks: paragraphs with their runs' text joined (runs,
/// hyperlinks, tracked insertions, field results, content controls), and tables with merged cells.
/// Deleted text, field codes, text boxes, drawings, ruby annotations and revision history are
/// skipped, and only one branch of each `mc:AlternateContent` is read.
///
/// Check `isComplete` after parsing: on Linux, `XMLParser` reports no error for a truncated part.
final class DocxBodyParser: NSObject, XMLParserDelegate {
    private(set) var blocks: [DocxBlock] = []
    /// Element depth; back at 0 once the root closed (a truncated part leaves it above 0).
    private(set) var depth = 0
    private(set) var sawRoot = false
    private var numbering: DocxNumbering
    private let styles: DocxStyles

    init(numbering: DocxNumbering, styles: DocxStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    /// WordprocessingML elements whose whole subtree holds no report text.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "instrText", "delInstrText", "rPr", "sectPr", "sdtPr", "sdtEndPr",
        "tabs", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
        "tblGridChange", "numberingChange", "txbxContent", "drawing", "pict", "object", "fldData",
        "tblPr", "tblGrid", "trPr", "footnoteReference", "endnoteReference", "commentReference", "rt",
    ]

    var isComplete: Bool { sawRoot && depth == 0 }

    private var skipDepth = 0
    private var alternates: [Bool] = []

    private var paragraph: DocxParagraph?
    private var inParagraphProperties = false
    private var inNumbering = false
    private var inText = false
    /// The text of a paragraph whose mark was deleted (a tracked merge), carried into the next one.
    private var carried = ""
    private var markDeleted = false

    private var tableDepth = 0
    private var rows: [[String]] = []
    private var row: [String] = []
    private var cell: String?
    private var gridSpan = 1
    private var continuesMerge = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        if skipDepth > 0 { skipDepth += 1; return }
        if namespaceURI == OOXML.markupCompatibility {
            switch name {
            case "AlternateContent": alternates.append(false)
            case "Choice", "Fallback":
                if alternates.last == true { skipDepth = 1 } else if !alternates.isEmpty { alternates[alternates.count - 1] = true }
            default: break
            }
            return
        }
        guard OOXML.isWord(namespaceURI) else { return }
        if inParagraphProperties {
            readParagraphProperty(name, attributes)
            return
        }
        if Self.skipped.contains(name) { skipDepth = 1; return }
        switch name {
        case "p":
            if paragraph == nil { paragraph = DocxParagraph() }
        case "pPr":
            if paragraph != nil { inParagraphProperties = true }
        case "t":
            inText = true
        case "tab", "ptab":
            paragraph?.text.append("\t")
        case "noBreakHyphen":
            paragraph?.text.append("-")
        case "tbl":
            tableDepth += 1
            if tableDepth == 1 {
                rows = []
                flushCarried()
            }
        case "tr" where tableDepth == 1:
            row = []
        case "tc" where tableDepth == 1:
            cell = ""
            gridSpan = 1
            continuesMerge = false
        case "gridSpan" where tableDepth == 1:
            gridSpan = min(DocxLimits.gridSpan, max(1, OOXML.attribute("val", in: attributes).flatMap(Int.init) ?? 1))
        case "vMerge" where tableDepth == 1:
            continuesMerge = OOXML.attribute("val", in: attributes).map { $0 == "continue" } ?? true
        default:
            break
        }
    }

    private func readParagraphProperty(_ name: String, _ attributes: [String: String]) {
        let value = OOXML.attribute("val", in: attributes)
        switch name {
        case "pPrChange", "tabs", "sectPr", "rPrChange":
            skipDepth = 1
        case "pStyle": paragraph?.styleID = value
        case "numPr": inNumbering = true
        case "numId" where inNumbering: paragraph?.numId = value
        case "ilvl" where inNumbering: paragraph?.ilvl = value.flatMap(Int.init)
        case "outlineLvl": paragraph?.outlineLevel = value.flatMap(Int.init)
        case "del": markDeleted = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipDepth == 0 { paragraph?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        if skipDepth > 0 { skipDepth -= 1; return }
        if namespaceURI == OOXML.markupCompatibility {
            if name == "AlternateContent" { alternates.removeLast() }
            return
        }
        guard OOXML.isWord(namespaceURI) else { return }
        switch name {
        case "pPr" where inParagraphProperties:
            inParagraphProperties = false
        case "numPr":
            inNumbering = false
        case "t":
            inText = false
        case "p":
            endParagraph()
        case "tc" where tableDepth == 1:
            row.append(continuesMerge ? "" : (cell ?? ""))
            row.append(contentsOf: repeatElement("", count: gridSpan - 1))
            cell = nil
        case "tr" where tableDepth == 1:
            rows.append(row)
        case "tbl":
            if tableDepth == 1 { blocks.append(.table(rows)) }
            tableDepth -= 1
        case "body":
            flushCarried()
        default:
            break
        }
    }

    private func endParagraph() {
        guard var finished = paragraph else { return }
        paragraph = nil
        if let label = label(of: finished) { finished.text = label + finished.text }
        if tableDepth > 0 {
            markDeleted = false
            cell = (cell ?? "") + cellText(finished)
            return
        }
        finished.text = carried + finished.text
        carried = ""
        if markDeleted {
            markDeleted = false
            carried = finished.text
            return
        }
        blocks.append(.paragraph(finished))
    }

    /// A merged paragraph's text with no paragraph after it to join (a table or the end follows).
    private func flushCarried() {
        guard !carried.isEmpty else { return }
        blocks.append(.paragraph(DocxParagraph(text: carried)))
        carried = ""
    }

    /// The list label Word displays before the paragraph, from its own `w:numPr` or its style's,
    /// advancing the list's counters (paragraphs are labelled in document order).
    private func label(of paragraph: DocxParagraph) -> String? {
        let inherited = styles.numbering(of: paragraph.styleID)
        guard let numId = paragraph.numId ?? inherited?.numId else { return nil }
        return numbering.label(numId: numId, ilvl: paragraph.ilvl ?? inherited?.ilvl ?? 0)
    }

    /// Cell text: tabs and breaks flattened, since a table row is one tab-separated line.
    private func cellText(_ paragraph: DocxParagraph) -> String {
        paragraph.text.replacingOccurrences(of: "\t", with: " ")
    }
}
