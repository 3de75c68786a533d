/// A1-style names for 0-based cell coordinates: row 0, column 3 is `D1`.
enum CellReference {
    /// The column letters: 0 is `A`, 25 is `Z`, 26 is `AA`.
    static func column(_ index: Int) -> String {
        var index = index
        var letters: [Character] = []
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(65 + index % 26))))
            index = index / 26 - 1
        } while index >= 0
        return String(letters.reversed())
    }

    /// The name of a cell, e.g. `D5`.
    static func name(row: Int, column: Int) -> String {
        "\(self.column(column))\(row + 1)"
    }
}
