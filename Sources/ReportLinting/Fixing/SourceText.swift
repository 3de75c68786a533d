import Foundation
import ReportReading

/// A text draft as bytes on disk: its lines (split as the reader splits them, so that a finding's line
/// is the line a fix edits even in a text with form feeds or U+2028), the line ending and
/// encoding to write them back with, and whether it ended with a line break. `lint --fix` edits
/// the lines and writes the file back in the form it came in.
public struct SourceText: Sendable {
    public var lines: SourceLines
    /// The line break most lines used (`\n`, `\r\n` or `\r`).
    public var lineEnding: String
    public var endsWithLineBreak: Bool
    public var encoding: TextDecoding.Encoding

    /// Decodes a draft's bytes; throws the reader's error for bytes that are not text.
    public init(data: Data, path: String) throws(ReadError) {
        let (text, encoding) = try TextDecoding.decode(data, path: path)
        self.init(text: text, encoding: encoding)
    }

    public init(text: String, encoding: TextDecoding.Encoding = .utf8) {
        self.encoding = encoding
        lines = SourceLines.split(text)
        var crlf = 0, lf = 0, cr = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                if previous == 0x0D { crlf += 1; cr -= 1 } else { lf += 1 }
            } else if byte == 0x0D {
                cr += 1
            }
            previous = byte
        }
        lineEnding = crlf > lf && crlf >= cr ? "\r\n" : (cr > lf ? "\r" : "\n")
        endsWithLineBreak = text.utf8.last == 0x0A || text.utf8.last == 0x0D
    }

    /// The text, lines joined with the line ending.
    public var text: String {
        var text = ""
        for index in lines.indices {
            if index > 0 { text += lineEnding }
            text += lines.slice(index)
        }
        return text + (endsWithLineBreak && !lines.isEmpty ? lineEnding : "")
    }

    /// The bytes to write back, in the draft's own encoding.
    public func data() throws(TextEncodingError) -> Data {
        try TextEncoding.encode(text, as: encoding)
    }
}
