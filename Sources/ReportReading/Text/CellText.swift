import ReportModel

/// The text of a table cell: trimmed of the spaces around it and unescaped, scalar by scalar
/// (Foundation's `trimmingCharacters` made table reading ten times slower than prose).
enum CellText {
    /// Whether `scalar` is trimmed from a cell's ends: Unicode's space separators (Zs), the tab and
    /// the zero-width space — what `CharacterSet.whitespaces` holds.
    @inline(__always)
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether `scalar` counts as indentation before a cell's text: a space or a full-width space.
    @inline(__always)
    static func isIndent(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{3000}" }

    /// The UTF-8 bytes of a cell whose every scalar is a Character of its own: its text without the
    /// spaces around it, its length in Characters, and how many spaces or full-width spaces came
    /// before the text. `scalars`, the number of scalars of the bytes when the caller has counted
    /// them, spares counting the text's: each space trimmed is one scalar.
    static func trimmed(utf8 bytes: Slice<UnsafeBufferPointer<UInt8>>, scalars: Int? = nil) -> (text: String, length: Int, leading: Int) {
        // The usual cell, `␣text␣`: one space on each side of a text whose first and last scalars
        // are no spaces (see `mayStartTrimmed`, `endsUntrimmed`) is that text, indented by one.
        let start = bytes.startIndex, stop = bytes.endIndex
        if stop - start >= 3, bytes[start] == 0x20, bytes[stop - 1] == 0x20, !mayStartTrimmed(bytes[start + 1]),
           endsUntrimmed(bytes, before: stop - 1, after: start + 1) {
            let text = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(stop - 1)])
            return (String(decoding: text, as: UTF8.self), scalars.map { $0 - 2 } ?? scalarCount(text), 1)
        }
        // The indentation (spaces and full-width spaces) is trimmed too: trimming goes on after it.
        var leading = 0, first = bytes.startIndex
        while first < bytes.endIndex {
            if bytes[first] == 0x20 {
                first += 1
            } else if bytes[first] == 0xE3, first + 2 < bytes.endIndex, bytes[first + 1] == 0x80, bytes[first + 2] == 0x80 {
                first += 3
            } else {
                break
            }
            leading += 1
        }
        var trimmedScalars = leading
        while let length = trimmedLength(startingAt: first, in: bytes) {
            first += length
            trimmedScalars += 1
        }
        var end = bytes.endIndex
        while end > first, let length = trimmedLength(endingAt: end, in: bytes) {
            end -= length
            trimmedScalars += 1
        }
        let text = UnsafeBufferPointer(rebasing: bytes[first..<end])
        return (String(decoding: text, as: UTF8.self), scalars.map { $0 - trimmedScalars } ?? scalarCount(text), leading)
    }

    /// The number of scalars of valid UTF-8 `bytes`.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether a scalar whose UTF-8 starts with `byte` may be trimmed or counted as indentation:
    /// space, tab, or a lead byte that a trimmed scalar has (C2, E1, E2, E3; see `isTrimmed`).
    @inline(__always)
    private static func mayStartTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
    }

    /// Whether the scalar that ends just before `end` (and starts at or after `start`) is never
    /// trimmed: ASCII other than space and tab, or a scalar whose lead byte no trimmed scalar has.
    @inline(__always)
    private static func endsUntrimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, before end: Int, after start: Int) -> Bool {
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let byte = bytes[lead]
        if byte < 0x80 { return byte != 0x20 && byte != 0x09 }
        return byte != 0xC2 && byte != 0xE1 && byte != 0xE2 && byte != 0xE3
    }

    /// The byte length of the trimmed space (`isTrimmed`) starting at `index`, or nil.
    private static func trimmedLength(startingAt index: Int, in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard index < bytes.endIndex else { return nil }
        let lead = bytes[index]
        if lead == 0x20 || lead == 0x09 { return 1 }
        if lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 {
            let length = lead == 0xC2 ? 2 : 3
            guard index + length <= bytes.endIndex else { return nil }
            let (value, _) = UTF8Scalars.decode(at: bytes.base.baseAddress.unsafelyUnwrapped + index)
            return isTrimmed(Unicode.Scalar(value) ?? "x") ? length : nil
        }
        return nil
    }

    /// The byte length of the trimmed space (`isTrimmed`) ending just before `end`, or nil.
    private static func trimmedLength(endingAt end: Int, in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard end > bytes.startIndex else { return nil }
        if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { return 1 }
        for length in [2, 3] where end - length >= bytes.startIndex {
            let lead = bytes[end - length]
            guard lead & 0xC0 != 0x80 else { continue }
            guard (length == 2 && lead == 0xC2) || (length == 3 && lead >= 0xE1 && lead <= 0xE3) else { return nil }
            return trimmedLength(startingAt: end - length, in: bytes) == length ? length : nil
        }
        return nil
    }

    /// `piece` without the spaces around it (as a String), and how many spaces or full-width spaces
    /// came before its text.
    static func trimmed(_ piece: Substring) -> (text: String, leading: Int) {
        let scalars = piece.unicodeScalars
        let leading = scalars.prefix(while: isIndent).count
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return ("", leading) }
        return (String(scalars[first...last]), leading)
    }

    /// A cell's UTF-8 bytes with each `\` escape resolved to the scalar it escapes; a `\` at the
    /// very end stays.
    static func unescaped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if !escaped, byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                result.append(byte)
                // A scalar's continuation bytes follow its lead byte: the escape ends with the lead.
                escaped = false
            }
        }
        if escaped { result.append(UInt8(ascii: "\\")) }
        return result
    }
}
