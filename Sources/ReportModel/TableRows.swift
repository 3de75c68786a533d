extension Table {
    /// The rows of a table, their cells held in one flat list with where each row ends.
    ///
    /// Reads like `[[Cell]]` (`rows[i][j]`, `rows.count`, `for row in rows`, a row's `count`,
    /// `first`, `map`), writes a row in place (`rows[i][j].text = …`), and encodes as an array of
    /// arrays. One list rather than an array per row: a table of 100k rows held 100k small arrays,
    /// each with its header and its block (about 50 bytes a row besides the cells), and reading it
    /// made and freed one per row.
    public struct Rows: RandomAccessCollection, MutableCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
        /// Every cell, row after row.
        @usableFromInline var cells: [Cell]
        /// The index in `cells` after each row's last cell.
        @usableFromInline var ends: [Int32]

        public init() {
            cells = []
            ends = []
        }

        public init(_ rows: some Sequence<some Sequence<Cell>>) {
            self.init()
            for row in rows { append(row) }
        }

        public init(arrayLiteral rows: [Cell]...) { self.init(rows) }

        /// Makes room for `rows` rows of `cells` cells in all.
        public mutating func reserveCapacity(rows: Int, cells: Int) {
            ends.reserveCapacity(rows)
            self.cells.reserveCapacity(cells)
        }

        /// Adds a row after the last.
        @inlinable public mutating func append(_ row: some Sequence<Cell>) {
            cells.append(contentsOf: row)
            ends.append(Int32(cells.count))
        }

        /// Adds a row after the last, its cells added one by one by `fill` (no list of them is made).
        @inlinable public mutating func appendRow(_ fill: (_ add: (Cell) -> Void) throws -> Void) rethrows {
            try fill { cells.append($0) }
            ends.append(Int32(cells.count))
        }

        /// The cells of every row, one after another.
        public var allCells: [Cell] { cells }

        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { ends.count }

        @inlinable func bounds(of row: Int) -> Range<Int> {
            (row == 0 ? 0 : Int(ends[row - 1]))..<Int(ends[row])
        }

        @inlinable public subscript(row: Int) -> Row {
            get { Row(cells[bounds(of: row)]) }
            set {
                let bounds = bounds(of: row)
                if newValue.count == bounds.count {
                    cells.replaceSubrange(bounds, with: newValue)
                } else {
                    cells.replaceSubrange(bounds, with: newValue)
                    let shift = Int32(newValue.count - bounds.count)
                    for index in row..<ends.count { ends[index] += shift }
                }
            }
        }

        public static func == (left: Rows, right: Rows) -> Bool { left.ends == right.ends && left.cells == right.cells }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(ends)
            hasher.combine(cells)
        }
    }

    /// One row of a table: its cells, indexed from 0.
    public struct Row: RandomAccessCollection, MutableCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
        @usableFromInline var cells: ArraySlice<Cell>

        @inlinable init(_ cells: ArraySlice<Cell>) { self.cells = cells }

        public init(_ cells: some Sequence<Cell>) { self.cells = ArraySlice(cells) }

        public init(arrayLiteral cells: Cell...) { self.cells = ArraySlice(cells) }

        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { cells.count }

        @inlinable public subscript(index: Int) -> Cell {
            get { cells[cells.startIndex + index] }
            set { cells[cells.startIndex + index] = newValue }
        }

        public static func == (left: Row, right: Row) -> Bool { left.cells.elementsEqual(right.cells) }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(cells.count)
            for cell in cells { hasher.combine(cell) }
        }
    }
}

extension Table.Rows: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try [[Table.Cell]](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for row in self { try container.encode(Array(row)) }
    }
}
