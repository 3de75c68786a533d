import ReportModel

/// An example text with `↓` marks: the text without them, and the position each mark stood at.
struct MarkedText {
    var text: String
    var marks: [SourcePosition]

    init(_ marked: String) {
        var text = ""
        var marks: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == "↓" {
                marks.append(SourcePosition(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.marks = marks
    }

    /// Every line of `text` behind `prefix` (the usual paragraph indent "　　").
    static func prefixingLines(_ text: String, with prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
    }
}
