extension IndicatorTable {
    /// The two figure columns of an indicator table.
    public enum ValueColumn: Hashable, Sendable { case target, actual }

    /// Where an indicator table's fields are in the rows of the table it was read from.
    public struct Columns: Hashable, Sendable {
        public var category: Int?
        public var name: Int
        public var unit: Int?
        public var target: Int
        public var actual: Int

        public init(category: Int?, name: Int, unit: Int?, target: Int, actual: Int) {
            self.category = category
            self.name = name
            self.unit = unit
            self.target = target
            self.actual = actual
        }
    }

    /// The rows of an indicator table, in table order.
    ///
    /// Reads like `[Indicator]` (`indicators[i]`, `count`, `for indicator in`, `map`, `enumerated`),
    /// is written like one (`indicators[i].name = …`, `append`), and encodes as an array. A table
    /// read from a draft keeps each row as 16 bytes that say which cells it was read from (the
    /// body's `Table.Rows`, whose storage it shares), and makes the `Indicator` when it is asked
    /// for: a 100,000-row appendix held 14 MB of indicators that repeated its cells, now 1.6 MB.
    /// An indicator given whole (a draft's data, a plugin's JSON, an edited row) is kept whole.
    public struct Indicators: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Hashable, Sendable,
        ExpressibleByArrayLiteral
    {
        /// One row: read from `cells` (`row` ≥ 0, with the rows that give its category and unit and
        /// its parent's index, each −1 for none), or given whole (`stored[-row - 1]`).
        struct Record: Hashable, Sendable {
            var row: Int32
            var categoryRow: Int32
            var unitRow: Int32
            var parent: Int32

            static func stored(_ index: Int) -> Record { Record(row: Int32(-index - 1), categoryRow: -1, unitRow: -1, parent: -1) }
            var storedIndex: Int? { row < 0 ? Int(-row - 1) : nil }
        }

        /// The table the rows were read from (empty when none were).
        private var cells: Table.Rows
        private var columns: Columns
        private var records: [Record]
        /// Indicators given whole; rows replaced or removed leave theirs here unused (`unused` of
        /// them, dropped once they are most of the list).
        private var stored: [Indicator]
        private var unused = 0
        /// How many indicators are stored whole, used or not (for tests).
        var storedCount: Int { stored.count }

        public init() {
            cells = []
            columns = Columns(category: nil, name: 0, unit: nil, target: 0, actual: 0)
            records = []
            stored = []
        }

        public init(_ indicators: some Sequence<Indicator>) {
            self.init()
            stored = Array(indicators)
            records = stored.indices.map(Record.stored)
        }

        public init(arrayLiteral indicators: Indicator...) { self.init(indicators) }

        /// An empty list of rows to be read from `cells` with `columns` (see `appendRow`).
        package init(readingFrom cells: Table.Rows, columns: Columns) {
            self.init()
            self.cells = cells
            self.columns = columns
        }

        /// Adds the indicator read from row `row` of the cells: its category written in row
        /// `categoryRow`, its unit in row `unitRow` (see `unit(ofRow:)`), part of the indicator at
        /// index `parent`.
        package mutating func appendRow(_ row: Int, categoryRow: Int?, unitRow: Int?, parent: Int?) {
            records.append(Record(
                row: Int32(row), categoryRow: Int32(categoryRow ?? -1), unitRow: Int32(unitRow ?? -1),
                parent: Int32(parent ?? -1)))
        }

        // MARK: Reading a row of the cells

        /// The text of `column` in row `row` ("" when the row is shorter).
        package func text(row: Int, column: Int?) -> String { Self.text(of: cells[row], column: column) }

        /// The unit row `row` gives its indicator: its 单位 cell, else the one in its name's brackets.
        package func unit(ofRow row: Int) -> String? { unit(of: cells[row]) }

        /// The text of `column` in a row's `cells` ("" when the row is shorter).
        private static func text(of cells: Table.Row, column: Int?) -> String {
            guard let column, column < cells.count else { return "" }
            return cells[column].text
        }

        private func unit(of cells: Table.Row) -> String? {
            let written = Self.text(of: cells, column: columns.unit)
            return written.isEmpty ? IndicatorName.read(Self.text(of: cells, column: columns.name)).unit : written
        }

        private func indicator(_ record: Record) -> Indicator {
            if let index = record.storedIndex { return stored[index] }
            let cells = cells[Int(record.row)]
            // The row's own cells, or those of the row that wrote its category or unit.
            func row(_ other: Int32) -> Table.Row { other == record.row ? cells : self.cells[Int(other)] }
            let targetText = Self.text(of: cells, column: columns.target)
            let actualText = Self.text(of: cells, column: columns.actual)
            return Indicator(
                category: record.categoryRow < 0 ? nil : Self.text(of: row(record.categoryRow), column: columns.category),
                name: IndicatorName.read(Self.text(of: cells, column: columns.name)).name,
                unit: record.unitRow < 0 ? nil : unit(of: row(record.unitRow)),
                target: IndicatorValue(parsing: targetText), targetText: targetText,
                actual: IndicatorValue(parsing: actualText), actualText: actualText,
                parent: record.parent < 0 ? nil : Int(record.parent), range: Self.range(of: cells))
        }

        /// Where the row at `position` writes its target or actual: the cell it was read from (the
        /// row when that cell is empty), or nil for an indicator given whole, which has no cells.
        public func cellRange(at position: Int, of column: ValueColumn) -> SourceRange? {
            let record = records[position]
            guard record.storedIndex == nil else { return nil }
            let cells = cells[Int(record.row)]
            let index = column == .target ? columns.target : columns.actual
            if !Self.text(of: cells, column: index).isEmpty { return cells[index].range }
            return Self.range(of: cells)
        }

        /// The range of a row: from its first cell to the end of its last.
        private static func range(of cells: Table.Row) -> SourceRange {
            var range = cells.first?.range ?? SourceRange(line: 0, column: 0, length: 0)
            for index in cells.indices.dropFirst() { range = range.union(cells[index].range) }
            return range
        }

        // MARK: Collection

        public var startIndex: Int { 0 }
        public var endIndex: Int { records.count }

        public subscript(position: Int) -> Indicator {
            get { indicator(records[position]) }
            set {
                if let index = records[position].storedIndex {
                    stored[index] = newValue
                } else {
                    records[position] = .stored(stored.count)
                    stored.append(newValue)
                }
            }
        }

        /// The index of the row the row at `position` is part of (`indicators[position].parent`,
        /// without making the indicator).
        public func parent(of position: Int) -> Int? {
            let record = records[position]
            if let index = record.storedIndex { return stored[index].parent }
            return record.parent < 0 ? nil : Int(record.parent)
        }

        /// `indicators[position].missesTarget`, reading only the two figures.
        public func missesTarget(at position: Int) -> Bool {
            let record = records[position]
            if let index = record.storedIndex { return stored[index].missesTarget }
            let cells = cells[Int(record.row)]
            guard let target = IndicatorValue(parsing: Self.text(of: cells, column: columns.target)),
                  let actual = IndicatorValue(parsing: Self.text(of: cells, column: columns.actual)) else { return false }
            return !target.isMet(by: actual)
        }

        public mutating func replaceSubrange(_ subrange: Range<Int>, with newElements: some Collection<Indicator>) {
            let removed = records[subrange].count { $0.storedIndex != nil }
            let first = stored.count
            stored.append(contentsOf: newElements)
            records.replaceSubrange(subrange, with: (first..<stored.count).map(Record.stored))
            unused += removed
            if unused > 16, unused * 2 > stored.count { dropUnusedStored() }
        }

        /// Keeps only the stored indicators some row still refers to (rows replaced or removed left
        /// theirs behind), once they are most of the list.
        private mutating func dropUnusedStored() {
            var kept: [Indicator] = []
            kept.reserveCapacity(stored.count - unused)
            for position in records.indices {
                guard let index = records[position].storedIndex else { continue }
                records[position] = .stored(kept.count)
                kept.append(stored[index])
            }
            stored = kept
            unused = 0
        }

        public mutating func reserveCapacity(_ count: Int) {
            records.reserveCapacity(count)
        }

        // MARK: Equality

        /// Equal when the indicators are: quick for two copies of one list (its arrays share storage).
        public static func == (left: Indicators, right: Indicators) -> Bool {
            if left.records == right.records, left.stored == right.stored, left.columns == right.columns,
               left.cells == right.cells {
                return true
            }
            return left.count == right.count && left.elementsEqual(right)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for indicator in self { hasher.combine(indicator) }
        }
    }
}

extension IndicatorTable.Indicators: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try [Indicator](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for indicator in self { try container.encode(indicator) }
    }
}
