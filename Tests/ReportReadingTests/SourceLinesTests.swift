import PropertyBased
import Testing
@testable import ReportReading

/// Line splitting: LF, CRLF and CR all end a line, whatever is between them, exactly as the
/// standard library's line splitting would cut the text.
@Suite struct SourceLinesTests {
    @Test(arguments: [
        ("一、\n（一）\r\n1.\r（1）", ["一、", "（一）", "1.", "（1）"]),
        ("教育\n\n经费\n", ["教育", "", "经费"]),
        ("\r\n\r\n", ["", ""]),
        ("末行没有换行", ["末行没有换行"]),
        ("", []),
        ("e\u{301}\r\n👍🏽\n", ["e\u{301}", "👍🏽"]),
    ])
    func splitsOnEveryLineBreak(text: String, lines: [String]) {
        #expect(SourceLines.split(text).strings == lines)
    }

    @Test func splitMatchesAReferenceSplit() async {
        let pieces = ["教育", "2023", "\n", "\r\n", "\r", "　", "\t", "👍🏽", "e\u{301}"]
        let texts = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(input: texts) { text in
            // The reference walks scalars: CRLF is one break, not two; a final break ends the last
            // line rather than starting an empty one.
            var expected: [String] = []
            var scalars = Array(text.unicodeScalars)[...]
            var current = String.UnicodeScalarView()
            while let scalar = scalars.popFirst() {
                if scalar == "\r" || scalar == "\n" {
                    expected.append(String(current))
                    current = String.UnicodeScalarView()
                    if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty { expected.append(String(current)) }
            #expect(SourceLines.split(text).strings == expected)
        }
    }

    @Test func linesShareOneTextAndAreMadeOnDemand() {
        let lines = SourceLines.split("　　一、总体情况\r\n全区共有学校32所。\n\n附件")
        #expect(lines.count == 4)
        #expect(lines[1] == "全区共有学校32所。")
        #expect(lines.slice(0) == "　　一、总体情况")
        #expect(lines.slice(2).isEmpty)
        #expect(lines.strings == ["　　一、总体情况", "全区共有学校32所。", "", "附件"])
    }

    @Test func joinedLinesKeepTheirOwnBreaks() {
        // A Word paragraph may hold a line break of its own: it stays one line.
        let lines = SourceLines(["甲\n乙", "", "丙"])
        #expect(lines.count == 3)
        #expect(lines[0] == "甲\n乙")
        #expect(lines.slice(1).isEmpty)
        #expect(lines == ["甲\n乙", "", "丙"])
        #expect(lines != ["甲", "乙", "", "丙"])
        #expect(SourceLines([String]()).isEmpty)
    }

    @Test func equalLinesHashAlike() {
        let split = SourceLines.split("一\r\n二\n")
        let joined: SourceLines = ["一", "二"]
        #expect(split == joined)
        #expect(Set([split, joined]).count == 1)
        #expect(split != ["一", "二", ""])
    }

    /// Line bounds are 32-bit while they fit; a source past 4 GiB switches them to full width and
    /// keeps the lines before.
    @Test func lineBoundsWidenPastFourGibibytes() {
        var bounds = LineBounds()
        bounds.reserveCapacity(3)
        bounds.append(start: 0, end: 10)
        bounds.append(start: 11, end: Int(UInt32.max))
        #expect(bounds.count == 2)
        bounds.append(start: Int(UInt32.max) + 1, end: Int(UInt32.max) + 5)
        #expect(bounds.count == 3)
        #expect(bounds[0] == (0, 10))
        #expect(bounds[1] == (11, Int(UInt32.max)))
        #expect(bounds[2] == (Int(UInt32.max) + 1, Int(UInt32.max) + 5))
    }

    /// Lines ending in breaks of one length keep only their starts; a break of another length
    /// switches to keeping each end, and every line reads back as it was added.
    @Test func lineBoundsReadBackWhateverTheBreaks() async {
        await propertyCheck(input: Gen.int(in: 0...5).array(of: 0...40), Gen.int(in: 0...2).array(of: 0...40)) { lengths, breaks in
            var bounds = LineBounds()
            var expected: [(Int, Int)] = []
            var offset = 0
            for (index, length) in lengths.enumerated() {
                expected.append((offset, offset + length))
                bounds.append(start: offset, end: offset + length)
                offset += length + (breaks.isEmpty ? 1 : breaks[index % breaks.count])
            }
            #expect(bounds.count == expected.count)
            for (line, (start, end)) in expected.enumerated() { #expect(bounds[line] == (start, end)) }
        }
    }
}
