import Foundation
import ReportReading

/// A text draft as bytes on disk: its lines (split as the reader splits them), the line ending and
/// encoding to write them back with, and whether it ended with a line break. `lint --fix` edits
/// the lines and writes the file back in the form it came in.
public struct SourceText: Sendable {
    public var lines: [String]
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
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        var crlf = 0, lf = 0, cr = 0
        for character in text where character.isNewline {
            switch character {
            case "\r\n": crlf += 1
            case "\r": cr += 1
            default: lf += 1
            }
        }
        lineEnding = crlf > lf && crlf >= cr ? "\r\n" : (cr > lf ? "\r" : "\n")
        endsWithLineBreak = text.last?.isNewline ?? false
    }

    /// The text, lines joined with the line ending.
    public var text: String {
        lines.joined(separator: lineEnding) + (endsWithLineBreak && !lines.isEmpty ? lineEnding : "")
    }

    /// The bytes to write back, in the draft's own encoding.
    public func data() throws(TextEncodingError) -> Data {
        try TextEncoding.encode(text, as: encoding)
    }
}
