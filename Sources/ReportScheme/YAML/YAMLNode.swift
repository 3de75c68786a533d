import Foundation
import YAMLLimits
import Yams

/// A YAML node with the file it came from, so that every complaint names file, line and column.
///
/// Templates and data are walked node by node (rather than decoded) so that each value keeps its
/// position and numbers keep the digits they were written with.
package struct YAMLNode {
    package let node: Node
    package let path: String
    /// The source lines, to turn libYAML's Unicode-scalar columns into Character columns.
    package let lines: [Substring]
    /// The full-width mends made before parsing, to give columns back in the user's terms.
    package let tolerance: FullWidthTolerance

    /// Parses `text` into its root node; a syntax error names its line and column.
    package static func parse(_ source: String, path: String) throws(DraftingError) -> YAMLNode {
        let tolerance = FullWidthTolerance(source)
        let text = tolerance.text
        let lines = FullWidthTolerance.lines(of: text)
        do {
            // The basic resolver: every value is read as written (`scalar.string`), so the default
            // resolver's tags were never used, and its regular expressions, compiled on first use and
            // tried on every scalar, were most of the time of loading a template.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw DraftingError(path: path, line: 1, column: 1, detail: "文件是空的")
            }
            if let line = YAMLExpansionLimit.excessLine(in: node) {
                throw DraftingError(path: path, line: line, column: 1, detail: YAMLExpansionLimit.message)
            }
            return YAMLNode(node: node, path: path, lines: lines, tolerance: tolerance)
        } catch let error as DraftingError {
            throw error
        } catch let error as YamlError {
            let described = Self.describe(error, path: path, lines: lines, tolerance: tolerance)
            // A key typed with a full-width colon makes libYAML fail a line or more later: name it.
            if let line = described.line, let colon = FullWidthTolerance.fullWidthColonKey(in: source, atOrBefore: line) {
                throw DraftingError(path: path, line: colon.line, column: colon.column, detail: Self.fullWidthColonDetail)
            }
            throw described
        } catch {
            throw DraftingError(path: path, detail: "无法解析 YAML：\(error)")
        }
    }

    package static let fullWidthColonDetail = "冒号应为半角“:”，这里是全角“：”（中文输入法下输入的）；请改为英文冒号，冒号后加一个空格"

    private static func describe(
        _ error: YamlError, path: String, lines: [Substring], tolerance: FullWidthTolerance
    ) -> DraftingError {
        func at(_ mark: Mark, _ detail: String) -> DraftingError {
            let column = tolerance.originalColumn(line: mark.line, column: characterColumn(mark, lines: lines))
            return DraftingError(path: path, line: mark.line, column: column, detail: detail)
        }
        let located = YAMLSyntaxMessage.describe(error)
        guard let mark = located.mark else { return DraftingError(path: path, detail: located.detail) }
        return at(mark, located.detail)
    }

    /// libYAML counts columns in Unicode scalars; positions here count Characters.
    package static func characterColumn(_ mark: Mark, lines: [Substring]) -> Int {
        guard lines.indices.contains(mark.line - 1) else { return mark.column }
        let line = lines[mark.line - 1]
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex)
        else { return mark.column }
        return line[line.startIndex..<index].count + 1
    }

    package var line: Int { node.mark?.line ?? 1 }
    package var column: Int {
        node.mark.map { tolerance.originalColumn(line: $0.line, column: Self.characterColumn($0, lines: lines)) } ?? 1
    }

    /// An error at this node.
    package func error(_ detail: String) -> DraftingError {
        DraftingError(path: path, line: line, column: column, detail: detail)
    }

    private func child(_ node: Node) -> YAMLNode { YAMLNode(node: node, path: path, lines: lines, tolerance: tolerance) }

    /// The scalar's text; `what` names the value in the message when it is not a scalar.
    package func string(_ what: String) throws(DraftingError) -> String {
        guard case .scalar(let scalar) = node else { throw error("“\(what)”应为一段文字") }
        return scalar.string
    }

    /// The scalar as an exact decimal, with the digits after the point as written.
    package func decimal(_ what: String) throws(DraftingError) -> (value: Decimal, fractionDigits: Int) {
        let text = try string(what).trimmingCharacters(in: .whitespaces)
        guard let value = Self.parseDecimal(text) else { throw error("“\(what)”应为数字，这里是“\(text)”") }
        return value
    }

    package static func parseDecimal(_ text: String) -> (value: Decimal, fractionDigits: Int)? {
        let digits = text.replacingOccurrences(of: ",", with: "")
        guard !digits.isEmpty, digits.first != ".",
              digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              digits.filter({ $0 == "." }).count <= 1, digits.lastIndex(of: "-").map({ $0 == digits.startIndex }) ?? true,
              let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        let fraction = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return (value, fraction)
    }

    package func int(_ what: String) throws(DraftingError) -> Int {
        let text = try string(what)
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw error("“\(what)”应为整数，这里是“\(text)”")
        }
        return value
    }

    package func sequence(_ what: String) throws(DraftingError) -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error("“\(what)”应为列表（每项以“- ”开头）") }
        return sequence.map(child)
    }

    /// A list of strings, also accepting one string for a one-item list.
    package func strings(_ what: String) throws(DraftingError) -> [String] {
        if case .scalar = node { return [try string(what)] }
        var result: [String] = []
        for item in try sequence(what) { result.append(try item.string(what)) }
        return result
    }

    /// The mapping's entries; keys outside `allowed` are reported at the key.
    package func mapping(_ what: String, allowed: Set<String>? = nil) throws(DraftingError) -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            if case .scalar(let scalar) = node, scalar.string.contains(FullWidthTolerance.fullWidthColon) {
                throw error(Self.fullWidthColonDetail)
            }
            throw error("“\(what)”应为键值对（“键: 值”）")
        }
        var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for (key, value) in mapping {
            let keyNode = child(key)
            let name = try keyNode.string("键")
            if let allowed, !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: "、")
                throw keyNode.error("“\(what)”中没有“\(name)”这一项；可用的有：\(known)")
            }
            entries.append((name, keyNode, child(value)))
        }
        return YAMLMapping(owner: self, what: what, entries: entries)
    }
}

/// A YAML mapping's entries in file order, looked up by key.
package struct YAMLMapping {
    package let owner: YAMLNode
    package let what: String
    package let entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]

    package subscript(_ key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    package func required(_ key: String) throws(DraftingError) -> YAMLNode {
        guard let value = self[key] else { throw owner.error("“\(what)”缺少“\(key)”") }
        return value
    }
}
