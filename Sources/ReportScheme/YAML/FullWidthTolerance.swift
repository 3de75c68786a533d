import ReportModel

/// What a Chinese input method puts into YAML that libYAML cannot read, mended where the intent is
/// unambiguous and located precisely where it is not.
///
/// Mended, outside block scalars (`text: |` and the lines under it are left alone):
/// - a full-width colon `：` after an ASCII key (`district：青溪区`, `- name：公办学校`, `{value：126}`)
///   becomes `: `, since every key of templates and data is ASCII;
/// - a full-width dash `－ ` opening a list item becomes `- `;
/// - full-width spaces `　` in a line's indentation count two spaces each (their width on screen),
///   also on the lines of a block scalar that would otherwise fall out of it.
///
/// Inserted characters shift the columns libYAML reports; `originalColumn` takes them back, so that
/// every message still names the column as the user's file has it.
package struct FullWidthTolerance {
    /// The text with the mends applied.
    package private(set) var text: String
    /// For each 1-based line, the 1-based columns (in the mended line) of inserted characters.
    package private(set) var insertions: [Int: [Int]] = [:]

    package static let fullWidthColon: Character = "："
    package static let fullWidthSpace: Character = "\u{3000}"

    package init(_ source: String) {
        var lines: [String] = []
        var block: Int?  // the indentation a block scalar's lines exceed, while inside one
        for (index, raw) in Self.lines(of: source).enumerated() {
            var line = String(raw)
            var inserted: [Int] = []
            let indent = Self.indentation(line)
            if let parent = block {
                if line.allSatisfy({ $0 == " " || $0 == Self.fullWidthSpace || $0 == "\r" }) {
                    lines.append(line)
                    continue
                }
                if indent.ascii > parent {
                    lines.append(line)
                    continue
                }
                if indent.visual > parent {
                    // Indented with full-width spaces only: still the block's text.
                    line = Self.widenIndentation(line, inserted: &inserted)
                    lines.append(line)
                    if !inserted.isEmpty { insertions[index + 1] = inserted }
                    continue
                }
                block = nil
            }
            line = Self.widenIndentation(line, inserted: &inserted)
            line = Self.mendListDash(line)
            line = Self.mendColons(line, inserted: &inserted)
            if let keyColumn = Self.blockScalarKeyColumn(line) { block = keyColumn }
            if !inserted.isEmpty { insertions[index + 1] = inserted }
            lines.append(line)
        }
        text = lines.joined(separator: "\n")
    }

    /// The column in the user's line of `column` in the mended one.
    package func originalColumn(line: Int, column: Int) -> Int {
        guard let inserted = insertions[line] else { return column }
        return column - inserted.filter { $0 < column }.count
    }

    /// The lines of `source`, split at each line feed byte as libYAML counts lines: a CR before it
    /// stays at the line's end (a CRLF is one Character, so a split on Characters would see a Windows
    /// file as one line).
    package static func lines(of source: String) -> [Substring] {
        source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    // MARK: - Mends

    /// Leading ASCII spaces, and the width of the indentation counting `　` as two.
    private static func indentation(_ line: String) -> (ascii: Int, visual: Int) {
        var visual = 0
        for character in line {
            if character == " " { visual += 1 } else if character == fullWidthSpace { visual += 2 } else { break }
        }
        return (line.prefix { $0 == " " }.count, visual)
    }

    private static func widenIndentation(_ line: String, inserted: inout [Int]) -> String {
        let lead = line.prefix { $0 == " " || $0 == fullWidthSpace }
        guard lead.contains(fullWidthSpace) else { return line }
        var result = ""
        for character in lead {
            if character == fullWidthSpace {
                result += " "
                inserted.append(result.count + 1)
                result += " "
            } else {
                result.append(character)
            }
        }
        return result + line.dropFirst(lead.count)
    }

    private static func mendListDash(_ line: String) -> String {
        // `－` is EF BC 8D: a line without that lead byte after its spaces has no full-width dash.
        guard line.utf8.first(where: { $0 != UInt8(ascii: " ") }) == 0xEF else { return line }
        let lead = line.prefix { $0 == " " }
        let rest = line.dropFirst(lead.count)
        guard rest.hasPrefix("－ ") || rest == "－" else { return line }
        return lead + "-" + rest.dropFirst()
    }

    /// `key：` → `key: ` at the start of a line (after indentation and list dashes) and after `{` or
    /// `,` on a line with a flow mapping, when `key` is an ASCII name (letters, `_`, then also digits,
    /// `.` and `-`).
    private static func mendColons(_ line: String, inserted: inout [Int]) -> String {
        // A byte search first (the colon is its own bytes), then the Character test.
        guard line.containsText("：") && line.contains(fullWidthColon) else { return line }
        let characters = Array(line)
        var starts: [Int] = []
        var position = 0
        while position < characters.count, characters[position] == " " { position += 1 }
        while position + 1 < characters.count, characters[position] == "-", characters[position + 1] == " " {
            position += 2
            while position < characters.count, characters[position] == " " { position += 1 }
        }
        starts.append(position)
        if characters.contains("{") {
            for (index, character) in characters.enumerated() where character == "{" || character == "," {
                var start = index + 1
                while start < characters.count, characters[start] == " " { start += 1 }
                starts.append(start)
            }
        }
        var result = characters
        var shift = 0
        for start in starts {
            var end = start
            while end < characters.count, isKeyCharacter(characters[end], first: end == start) { end += 1 }
            guard end > start, end < characters.count, characters[end] == fullWidthColon else { continue }
            result[end + shift] = ":"
            let next = end + 1 < characters.count ? characters[end + 1] : " "
            if next != " " && next != "\r" {
                result.insert(" ", at: end + shift + 1)
                shift += 1
                inserted.append(end + shift + 1)
            }
        }
        return String(result)
    }

    private static func isKeyCharacter(_ character: Character, first: Bool) -> Bool {
        guard character.isASCII, let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        // Digits, and the dot and hyphen of rule ids and configuration keys (numbering.style, required-parts).
        case 0x30...0x39, 0x2E, 0x2D: return !first
        default: return false
        }
    }

    /// When the line opens a block scalar (`text: |`, `- |-`), the indentation its lines must exceed:
    /// the column of the key or dash before the indicator.
    private static func blockScalarKeyColumn(_ line: String) -> Int? {
        // A block scalar's header ends in `|` or `>` (before its indicators and any comment).
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ">") }) else { return nil }
        var content = Substring(line)
        if let hash = content.range(of: " #") { content = content[..<hash.lowerBound] }
        content = content.drop { $0 == " " }
        let trimmed = content.reversed().drop { $0 == " " || $0 == "\r" }
        var indicator = Array(trimmed.reversed())
        while let last = indicator.last, last == "-" || last == "+" || last.isNumber { indicator.removeLast() }
        guard let last = indicator.last, last == "|" || last == ">" else { return nil }
        let before = indicator.dropLast()
        guard before.isEmpty || before.last == " " else { return nil }
        guard before.contains(":") || before.first == "-" else { return nil }
        // The key's column: after the indentation and any list dashes.
        var column = line.prefix { $0 == " " }.count
        var rest = line.dropFirst(column)
        while rest.hasPrefix("- ") {
            column += 2
            rest = rest.dropFirst(2)
            let spaces = rest.prefix { $0 == " " }.count
            column += spaces
            rest = rest.dropFirst(spaces)
        }
        return column
    }

    // MARK: - Locating what cannot be mended

    /// The last line at or before `line` (1-based) that writes a key with a full-width colon
    /// (`区县：青溪区`), outside block scalars, and the column of the colon.
    package static func fullWidthColonKey(in source: String, atOrBefore line: Int) -> (line: Int, column: Int)? {
        var found: (Int, Int)?
        var block: Int?
        for (index, raw) in lines(of: source).enumerated()
        where index < line {
            let text = String(raw)
            let indent = indentation(text)
            if let parent = block {
                if text.trimmingCharacters(in: .whitespaces).isEmpty || indent.visual > parent { continue }
                block = nil
            }
            if let keyColumn = blockScalarKeyColumn(text) { block = keyColumn }
            var content = text.drop { $0 == " " || $0 == fullWidthSpace }
            while content.hasPrefix("- ") || content.hasPrefix("－ ") { content = content.dropFirst(2).drop { $0 == " " } }
            guard !content.hasPrefix("#"), let colon = content.firstIndex(of: fullWidthColon),
                  !content[..<colon].contains(":"), !content[..<colon].isEmpty
            else { continue }
            found = (index + 1, text.distance(from: text.startIndex, to: colon) + 1)
        }
        return found
    }
}
