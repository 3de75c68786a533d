import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams `word/document.xml` (or `word/footnotes.xml`, `word/endnotes.xml`) into body blocks:
/// paragraphs with their runs' text joined (runs, hyperlinks, tracked insertions, field results,
/// content controls), soft line breaks (`w:br`, `w:cr`) kept as `\n` and tabs as `\t`, the list label
/// Word displays beside the text, and tables with merged cells. Text boxes (`w:txbxContent`) and
/// footnote and endnote references are attached to their paragraph. Deleted text, hidden text
/// (`w:vanish`), field codes, drawings, ruby annotations and revision history are skipped, and only
/// one branch of each `mc:AlternateContent` is read.
///
/// Check `isComplete` after parsing: on Linux, `XMLParser` reports no error for a truncated part.
final class DocxBodyParser: NSObject, XMLParserDelegate {
    private(set) var blocks: [DocxBlock] = []
    /// For a notes part: each footnote's or endnote's paragraphs by `w:id`.
    private(set) var notes: [String: [DocxParagraph]] = [:]
    /// What was left out (hidden text, deletions, comments), counted for `render` to report.
    private(set) var omissions = DocxOmissions()
    /// Element depth; back at 0 once the root closed (a truncated part leaves it above 0).
    private(set) var depth = 0
    private(set) var sawRoot = false
    private(set) var numbering: DocxNumbering
    private let styles: DocxStyles

    init(numbering: DocxNumbering, styles: DocxStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    /// WordprocessingML elements whose whole subtree holds no report text.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "instrText", "delInstrText", "sectPr", "sdtPr", "sdtEndPr",
        "tabs", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
        "tblGridChange", "numberingChange", "object", "fldData",
        "tblPr", "tblGrid", "trPr", "endnoteRef", "footnoteRef", "commentReference", "rt",
    ]

    var isComplete: Bool { sawRoot && depth == 0 }

    private var skipDepth = 0
    private var alternates: [Bool] = []

    private var paragraph: DocxParagraph?
    private var inParagraphProperties = false
    private var inNumbering = false
    private var inText = false
    private var inRunProperties = false
    /// Whether the current run is hidden (`w:vanish`), and whether it held text.
    private var runHidden = false
    private var hiddenRunHadText = false
    /// Whether the paragraph mark is hidden: with all its text hidden, the paragraph is not shown.
    private var markHidden = false
    /// The text of a paragraph whose mark was deleted (a tracked merge), carried into the next one.
    private var carried: DocxParagraph?
    private var markDeleted = false
    private var bodyParagraphCount = 0

    private var tableDepth = 0
    private var rows: [[String]] = []
    private var row: [String] = []
    private var cell: String?
    private var gridSpan = 1
    private var continuesMerge = false
    private var tableNotes: [DocxNoteReference] = []

    /// Open text boxes: the paragraphs read in each, and the paragraph (and run state) around it.
    private var textBoxes: [[DocxParagraph]] = []
    private var aroundTextBoxes: [(paragraph: DocxParagraph?, hidden: Bool)] = []
    /// The footnote or endnote being read, in a notes part.
    private var noteID: String?

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
        if inRunProperties {
            if name == "rPrChange" { skipDepth = 1 }
            if name == "vanish" { runHidden = OOXML.isOn(OOXML.attribute("val", in: attributes)) }
            return
        }
        if Self.skipped.contains(name) {
            count(skipped: name)
            skipDepth = 1
            return
        }
        let inTable = tableDepth > 0 && textBoxes.isEmpty
        switch name {
        case "p":
            if paragraph == nil { paragraph = DocxParagraph() }
            markHidden = false
        case "pPr":
            if paragraph != nil { inParagraphProperties = true }
        case "r":
            runHidden = false
            hiddenRunHadText = false
        case "rPr":
            inRunProperties = true
        case "t":
            inText = true
        case "tab", "ptab":
            append("\t")
        case "br":
            // A page or column break moves the text on without ending the line Word shows.
            let type = OOXML.attribute("type", in: attributes)
            if type == nil || type == "textWrapping" { append("\n") }
        case "cr":
            append("\n")
        case "noBreakHyphen":
            append("-")
        case "softHyphen":
            break
        case "ins", "moveTo":
            omissions.insertions += 1
        case "footnoteReference", "endnoteReference":
            guard !runHidden, let id = OOXML.attribute("id", in: attributes) else { break }
            let reference: DocxNoteReference = name == "footnoteReference" ? .footnote(id: id) : .endnote(id: id)
            if inTable { tableNotes.append(reference) } else { paragraph?.notes.append(reference) }
        case "txbxContent":
            aroundTextBoxes.append((paragraph, runHidden))
            paragraph = nil
            runHidden = false
            textBoxes.append([])
        case "footnote", "endnote":
            noteID = OOXML.attribute("id", in: attributes)
        case "tbl" where textBoxes.isEmpty:
            tableDepth += 1
            if tableDepth == 1 {
                rows = []
                tableNotes = []
                flushCarried()
            }
        case "tr" where tableDepth == 1 && textBoxes.isEmpty:
            row = []
        case "tc" where tableDepth == 1 && textBoxes.isEmpty:
            cell = ""
            gridSpan = 1
            continuesMerge = false
        case "gridSpan" where tableDepth == 1 && textBoxes.isEmpty:
            gridSpan = min(DocxLimits.gridSpan, max(1, OOXML.attribute("val", in: attributes).flatMap(Int.init) ?? 1))
        case "vMerge" where tableDepth == 1 && textBoxes.isEmpty:
            continuesMerge = OOXML.attribute("val", in: attributes).map { $0 == "continue" } ?? true
        default:
            break
        }
    }

    private func count(skipped name: String) {
        switch name {
        case "del", "moveFrom": omissions.deletions += 1
        case "commentReference": omissions.comments += 1
        default: break
        }
    }

    /// Appends shown text to the paragraph (hidden runs are left out).
    private func append(_ text: String) {
        if runHidden {
            hiddenRunHadText = true
        } else {
            paragraph?.text += text
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
        case "vanish": markHidden = OOXML.isOn(value)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipDepth == 0 { append(string) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        if skipDepth > 0 { skipDepth -= 1; return }
        if namespaceURI == OOXML.markupCompatibility {
            if name == "AlternateContent" { alternates.removeLast() }
            return
        }
        guard OOXML.isWord(namespaceURI) else { return }
        let inTable = tableDepth == 1 && textBoxes.isEmpty
        switch name {
        case "pPr" where inParagraphProperties:
            inParagraphProperties = false
        case "rPr" where inRunProperties:
            inRunProperties = false
        case "numPr":
            inNumbering = false
        case "t":
            inText = false
        case "r":
            if runHidden && hiddenRunHadText { omissions.hiddenRuns += 1 }
            runHidden = false
        case "p":
            endParagraph()
        case "txbxContent":
            guard let box = textBoxes.popLast(), let around = aroundTextBoxes.popLast() else { break }
            paragraph = around.paragraph
            runHidden = around.hidden
            guard !box.isEmpty else { break }
            if tableDepth > 0 && textBoxes.isEmpty { tableNotes.append(.textBox(box)) } else { paragraph?.notes.append(.textBox(box)) }
        case "footnote", "endnote":
            noteID = nil
        case "tc" where inTable:
            row.append(continuesMerge ? "" : (cell ?? ""))
            row.append(contentsOf: repeatElement("", count: gridSpan - 1))
            cell = nil
        case "tr" where inTable:
            rows.append(row)
        case "tbl" where textBoxes.isEmpty:
            if tableDepth == 1 { endTable() }
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
        // A paragraph all of whose text and mark are hidden is not shown, nor numbered.
        // It still counts among the body's `w:p`, so that `bodyIndex` finds later paragraphs in the XML.
        if markHidden && finished.text.isEmpty && finished.notes.isEmpty {
            if textBoxes.isEmpty && tableDepth == 0 && noteID == nil { bodyParagraphCount += 1 }
            markHidden = false
            markDeleted = false
            return
        }
        finished.label = label(of: finished) ?? ""
        if !textBoxes.isEmpty {
            markDeleted = false
            textBoxes[textBoxes.count - 1].append(finished)
            return
        }
        if tableDepth > 0 {
            markDeleted = false
            cell = (cell ?? "") + cellText(finished)
            tableNotes += finished.notes
            return
        }
        if let noteID {
            markDeleted = false
            notes[noteID, default: []].append(finished)
            return
        }
        if let previous = carried {
            finished.text = previous.text + finished.label + finished.text
            finished.label = previous.label
            finished.notes = previous.notes + finished.notes
            finished.bodyIndex = previous.bodyIndex
            carried = nil
        } else {
            finished.bodyIndex = bodyParagraphCount
        }
        bodyParagraphCount += 1
        if markDeleted {
            markDeleted = false
            carried = finished
            return
        }
        blocks.append(.paragraph(finished))
    }

    private func endTable() {
        if let noteID {
            // A table in a footnote: its rows as the note's paragraphs.
            notes[noteID, default: []] += rows.map { DocxParagraph(text: $0.joined(separator: " ")) }
        } else {
            blocks.append(.table(rows, notes: tableNotes))
        }
        tableNotes = []
    }

    /// A merged paragraph's text with no paragraph after it to join (a table or the end follows).
    private func flushCarried() {
        guard let previous = carried else { return }
        carried = nil
        if !previous.text.isEmpty || !previous.label.isEmpty || !previous.notes.isEmpty { blocks.append(.paragraph(previous)) }
    }

    /// The list label Word displays before the paragraph, from its own `w:numPr` or its style's,
    /// advancing the list's counters (paragraphs are labelled in document order).
    private func label(of paragraph: DocxParagraph) -> String? {
        let inherited = styles.numbering(of: paragraph.styleID)
        guard let numId = paragraph.numId ?? inherited?.numId else { return nil }
        return numbering.label(numId: numId, ilvl: paragraph.ilvl ?? inherited?.ilvl ?? 0)
    }

    /// Cell text: the label in front, tabs and soft breaks flattened, since a table row is one
    /// tab-separated line.
    private func cellText(_ paragraph: DocxParagraph) -> String {
        (paragraph.label + paragraph.text).replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: "")
    }
}
