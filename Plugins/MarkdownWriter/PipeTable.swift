import Foundation

/// A table as a Markdown pipe table: the first row is the header, followed by the delimiter row;
/// every row keeps its own cells (merged cells stay empty) so that reading it back gives the same rows.
struct PipeTable {
    let rows: [[String]]

    func render() -> String {
        guard let header = rows.first else { return "" }
        var lines = [line(header), line(Array(repeating: "---", count: max(header.count, 1)))]
        for row in rows.dropFirst() { lines.append(line(row)) }
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    /// A `|` inside a cell would end it; Markdown writes it as `\|`.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
