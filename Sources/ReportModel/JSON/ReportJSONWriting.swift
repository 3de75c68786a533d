// The report's types writing their JSON directly (`JSONWritable`): the members of their `Encodable`
// conformances (ModelCoding.swift and the synthesised ones), keys in the order of their UTF-8 bytes.

extension Report: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writeJSON(to: &writer, extraKey: nil) { _ in }
    }

    /// The report's object with one more member, `extraKey`, written by `writeExtra` where its key
    /// sorts (replacing a member of the report with that key, as a later `encode` of a key does):
    /// the report with its figures (`QuantityJSON`).
    public func writeJSON(
        to writer: inout JSONWriter, extraKey: String?, writeExtra: (inout JSONWriter) -> Void
    ) {
        var extra = ExtraMember(key: extraKey)
        writer.beginObject()
        if extra.comesBefore("indicatorTables", writer: &writer, writeExtra) {
            writer.key(ascii: "indicatorTables")
            writer.array(indicatorTables)
        }
        if extra.comesBefore("locationUnit", writer: &writer, writeExtra) {
            writer.key(ascii: "locationUnit")
            writer.string(locationUnit.rawValue)
        }
        if extra.comesBefore("metadata", writer: &writer, writeExtra) {
            writer.key(ascii: "metadata")
            metadata.writeJSON(to: &writer)
        }
        if extra.comesBefore("path", writer: &writer, writeExtra) {
            writer.key(ascii: "path")
            writer.string(path)
        }
        if extra.comesBefore("preamble", writer: &writer, writeExtra) {
            writer.key(ascii: "preamble")
            writer.array(preamble)
        }
        if extra.comesBefore("sections", writer: &writer, writeExtra) {
            writer.key(ascii: "sections")
            writer.array(sections)
        }
        extra.writeIfPending(writer: &writer, writeExtra)
        writer.endObject()
    }
}

/// A member added to an object whose own members are written in a fixed order: written before the
/// first own key that sorts after it, and instead of an own member with the same key.
private struct ExtraMember {
    var key: String?

    /// Writes the extra member if its turn has come before `own`; whether `own` is still to be written.
    mutating func comesBefore(
        _ own: StaticString, writer: inout JSONWriter, _ write: (inout JSONWriter) -> Void
    ) -> Bool {
        guard let extra = key else { return true }
        let ownBytes = UnsafeBufferPointer(start: own.utf8Start, count: own.utf8CodeUnitCount)
        let order: Int
        if extra.utf8.elementsEqual(ownBytes) {
            order = 0
        } else {
            order = extra.utf8.lexicographicallyPrecedes(ownBytes) ? -1 : 1
        }
        guard order <= 0 else { return true }
        writeIfPending(writer: &writer, write)
        return order < 0
    }

    mutating func writeIfPending(writer: inout JSONWriter, _ write: (inout JSONWriter) -> Void) {
        guard let extra = key else { return }
        key = nil
        writer.key(extra)
        write(&writer)
    }
}

extension ReportMetadata: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let date {
            writer.key(ascii: "date")
            date.writeJSON(to: &writer)
        }
        if let district {
            writer.key(ascii: "district")
            writer.string(district)
        }
        if let documentNumber {
            writer.key(ascii: "documentNumber")
            documentNumber.writeJSON(to: &writer)
        }
        if let issuer {
            writer.key(ascii: "issuer")
            issuer.writeJSON(to: &writer)
        }
        if let recipients {
            writer.key(ascii: "recipients")
            recipients.writeJSON(to: &writer)
        }
        if let title {
            writer.key(ascii: "title")
            title.writeJSON(to: &writer)
        }
        if let year {
            writer.key(ascii: "year")
            writer.int(year)
        }
        writer.endObject()
    }
}

extension MetadataField: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "text")
        writer.string(text)
        writer.key(ascii: "written")
        written.writeJSON(to: &writer)
        writer.endObject()
    }
}

extension Section: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "blocks")
        writer.array(blocks)
        writer.key(ascii: "children")
        writer.array(children)
        writer.key(ascii: "level")
        writer.int(level)
        writer.key(ascii: "line")
        writer.int(line)
        if let marker {
            writer.key(ascii: "marker")
            marker.writeJSON(to: &writer)
        }
        writer.key(ascii: "role")
        writer.string(role.rawValue)
        writer.key(ascii: "title")
        writer.string(title)
        writer.key(ascii: "titleSpan")
        titleSpan.writeJSON(to: &writer)
        writer.endObject()
    }
}

extension Marker: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "level")
        writer.int(level)
        writer.key(ascii: "ordinal")
        writer.int(ordinal)
        writer.key(ascii: "range")
        range.writeJSON(to: &writer)
        writer.key(ascii: "raw")
        writer.string(raw)
        writer.key(ascii: "style")
        writer.string(style.rawValue)
        writer.endObject()
    }
}

extension Block: JSONWritable {
    /// The block's own members with `kind` and `line` among them, in one object.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        switch self {
        case .paragraph(let paragraph):
            writer.key(ascii: "kind")
            writer.string("paragraph")
            writer.key(ascii: "line")
            writer.int(paragraph.range.start.line)
            writer.key(ascii: "span")
            paragraph.span.writeJSON(to: &writer)
        case .item(let item):
            writer.key(ascii: "kind")
            writer.string("item")
            writer.key(ascii: "line")
            writer.int(item.range.start.line)
            item.writeMembers(afterLineTo: &writer)
        case .table(let table):
            if let index = table.indicatorTableIndex {
                writer.key(ascii: "indicatorTableIndex")
                writer.int(index)
            }
            writer.key(ascii: "kind")
            writer.string("table")
            writer.key(ascii: "line")
            writer.int(table.range.start.line)
            table.writeMembers(afterLineTo: &writer)
        }
        writer.endObject()
    }
}

extension Paragraph: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "span")
        span.writeJSON(to: &writer)
        writer.endObject()
    }
}

extension EnumeratedItem: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writeMembers(afterLineTo: &writer)
        writer.endObject()
    }

    /// The members whose keys sort after `line` (all of them): shared with the block's object.
    fileprivate func writeMembers(afterLineTo writer: inout JSONWriter) {
        writer.key(ascii: "ordinal")
        writer.int(ordinal)
        writer.key(ascii: "raw")
        writer.string(raw)
        writer.key(ascii: "span")
        span.writeJSON(to: &writer)
    }
}

extension Table: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let indicatorTableIndex {
            writer.key(ascii: "indicatorTableIndex")
            writer.int(indicatorTableIndex)
        }
        writeMembers(afterLineTo: &writer)
        writer.endObject()
    }

    /// The members whose keys sort after `line`: shared with the block's object.
    fileprivate func writeMembers(afterLineTo writer: inout JSONWriter) {
        writer.key(ascii: "range")
        range.writeJSON(to: &writer)
        writer.key(ascii: "rows")
        writer.beginArray()
        for row in rows {
            writer.nextItem()
            writer.beginArray()
            for cell in row {
                writer.nextItem()
                cell.writeJSON(to: &writer)
            }
            writer.endArray()
            writer.drainIfFull()
        }
        writer.endArray()
    }
}

extension Table.Cell: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "range")
        range.writeJSON(to: &writer)
        writer.key(ascii: "text")
        writer.string(text)
        writer.endObject()
    }
}

extension SourceRange: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "end")
        end.writeJSON(to: &writer)
        writer.key(ascii: "start")
        start.writeJSON(to: &writer)
        writer.endObject()
    }
}

extension SourcePosition: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "column")
        writer.int(column)
        writer.key(ascii: "line")
        writer.int(line)
        writer.endObject()
    }
}

extension IndicatorTable: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "actualHeader")
        writer.string(actualHeader)
        writer.key(ascii: "indicators")
        writer.array(indicators)
        writer.key(ascii: "line")
        writer.int(line)
        writer.key(ascii: "range")
        range.writeJSON(to: &writer)
        writer.key(ascii: "targetHeader")
        writer.string(targetHeader)
        writer.endObject()
    }
}

extension Indicator: JSONWritable {
    /// Every member, `null` for what is absent (its `encode(to:)` uses `encode`, not `encodeIfPresent`).
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "actual")
        writer.valueOrNull(actual)
        writer.key(ascii: "actualText")
        writer.string(actualText)
        writer.key(ascii: "category")
        writer.stringOrNull(category)
        writer.key(ascii: "line")
        writer.int(line)
        writer.key(ascii: "name")
        writer.string(name)
        writer.key(ascii: "parent")
        writer.intOrNull(parent)
        writer.key(ascii: "range")
        range.writeJSON(to: &writer)
        writer.key(ascii: "target")
        writer.valueOrNull(target)
        writer.key(ascii: "targetText")
        writer.string(targetText)
        writer.key(ascii: "unit")
        writer.stringOrNull(unit)
        writer.endObject()
    }
}
