/// A paragraph as the scanners see it: one code per Character (its first Unicode scalar), so that
/// offsets are Character offsets while every test is a plain integer comparison.
struct ScalarCodes {
    let characters: [Character]
    let codes: [UInt32]

    init(_ text: String) {
        var characters: [Character] = []
        var codes: [UInt32] = []
        characters.reserveCapacity(text.utf8.count / 2)
        codes.reserveCapacity(text.utf8.count / 2)
        for character in text {
            characters.append(character)
            codes.append(character.unicodeScalars.first!.value)
        }
        self.characters = characters
        self.codes = codes
    }

    var count: Int { codes.count }

    func string(_ range: Range<Int>) -> String { String(characters[range]) }

    /// The value of an ASCII or full-width digit.
    @inline(__always) static func digit(_ code: UInt32) -> UInt64? {
        switch code {
        case 0x30...0x39: UInt64(code - 0x30)
        case 0xFF10...0xFF19: UInt64(code - 0xFF10)
        default: nil
        }
    }

    @inline(__always) static func isASCIILetter(_ code: UInt32) -> Bool {
        (0x41...0x5A).contains(code) || (0x61...0x7A).contains(code)
    }

    /// `-`, `—`, `–`, `~`, `～`, `至`, `到`, `－`, `−`: what joins the two ends of a range.
    @inline(__always) static func isRangeMark(_ code: UInt32) -> Bool {
        switch code {
        case 0x2D, 0x2014, 0x2013, 0x7E, 0xFF5E, 0x81F3, 0x5230, 0xFF0D, 0x2212: true
        default: false
        }
    }

    /// `。；;！!？?` and line breaks: where a sentence, and the scope of `其中`, ends.
    @inline(__always) static func isSentenceEnd(_ code: UInt32) -> Bool {
        switch code {
        case 0x3002, 0xFF1B, 0x3B, 0xFF01, 0x21, 0xFF1F, 0x3F, 0x0A, 0x0D: true
        default: false
        }
    }

    /// Commas, colons, brackets, quotes and spaces: where a clause (and a figure's lead) starts.
    @inline(__always) static func isClauseMark(_ code: UInt32) -> Bool {
        switch code {
        case 0xFF0C, 0x2C, 0x3001, 0xFF1A, 0x3A, 0xFF08, 0xFF09, 0x28, 0x29, 0x201C, 0x201D, 0x300A, 0x300B, 0x22,
             0x20, 0x3000, 0x09:
            true
        default: false
        }
    }
}
