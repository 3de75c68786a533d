import ReportModel
import ReportPluginKit
import ReportReading

/// Applies fixes to source lines, in one pass. Columns are Characters. Of fixes that overlap, the
/// first in source order wins and the rest are left for a later run; fixes pointing outside the text
/// are left too.
public enum FixApplier {
    /// The fixed lines and what happened to each fix.
    public struct Outcome: Sendable {
        public var lines: SourceLines
        /// The fixes applied, in source order.
        public var applied: [Fix]
        /// Fixes not applied because they overlap an applied one or point outside the text.
        public var skipped: [Fix]
    }

    /// Applies `fixes` to lines given one by one (each stays one line, even with a line break in it).
    public static func apply(_ fixes: [Fix], to lines: [String]) -> Outcome {
        apply(fixes, to: SourceLines(lines))
    }

    public static func apply(_ fixes: [Fix], to lines: SourceLines) -> Outcome {
        var accepted: [Fix] = []
        var skipped: [Fix] = []
        var lengths = LineLengths(lines: lines)
        let ordered = fixes.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        for fix in ordered {
            guard isValid(fix.range, lengths: &lengths) else { skipped.append(fix); continue }
            if let last = accepted.last {
                if last == fix { continue }  // two rules proposing the same edit
                let overlaps = fix.range.start < last.range.end
                    || (fix.range.start == last.range.start && fix.range.start == fix.range.end)
                if overlaps { skipped.append(fix); continue }
            }
            accepted.append(fix)
        }
        return Outcome(lines: rewrite(lines, with: accepted), applied: accepted, skipped: skipped)
    }

    /// The Character count of each line looked at, counted once however many fixes point into it.
    private struct LineLengths {
        let lines: SourceLines
        var counted: [Int: Int] = [:]

        /// The length of line `number` (1-based).
        mutating func of(_ number: Int) -> Int {
            if let length = counted[number] { return length }
            let length = lines.slice(number - 1).characterCount
            counted[number] = length
            return length
        }
    }

    private static func isValid(_ range: SourceRange, lengths: inout LineLengths) -> Bool {
        guard range.start <= range.end, range.start.line >= 1, range.end.line <= lengths.lines.count,
              range.start.column >= 1, range.end.column >= 1 else { return false }
        return range.start.column <= lengths.of(range.start.line) + 1
            && range.end.column <= lengths.of(range.end.line) + 1
    }

    /// `lines` with the sorted, non-overlapping `fixes` applied, in one pass: the lines between fixes
    /// are taken as slices of the original text and copied once, into the new text, and the lines a
    /// chain of fixes touches are joined, edited and split again (a replacement may hold line breaks).
    /// The same as applying the fixes one by one, last first.
    private static func rewrite(_ lines: SourceLines, with fixes: [Fix]) -> SourceLines {
        guard !fixes.isEmpty else { return lines }
        var result: [Substring] = []
        result.reserveCapacity(lines.count)
        var copied = 0  // lines before this index are in `result`
        var next = 0
        while next < fixes.count {
            var lineIndex = fixes[next].range.start.line - 1
            for index in copied..<lineIndex { result.append(lines.slice(index)) }
            var segment = ""
            var line = lines.slice(lineIndex)
            var cursor = line.startIndex, column = 1
            repeat {
                let range = fixes[next].range
                let start = line.index(cursor, offsetBy: range.start.column - column)
                segment += line[cursor..<start]
                segment += fixes[next].replacement
                if range.end.line == range.start.line {
                    cursor = line.index(start, offsetBy: range.end.column - range.start.column)
                } else {
                    lineIndex = range.end.line - 1
                    line = lines.slice(lineIndex)
                    cursor = line.index(line.startIndex, offsetBy: range.end.column - 1)
                }
                column = range.end.column
                next += 1
            } while next < fixes.count && fixes[next].range.start.line - 1 == lineIndex
            segment += line[cursor...]
            result.append(contentsOf: segment.split(separator: "\n", omittingEmptySubsequences: false))
            copied = lineIndex + 1
        }
        for index in copied..<lines.count { result.append(lines.slice(index)) }
        return SourceLines(result)
    }
}
