import ReportModel

// The figures writing their JSON directly (`JSONWritable`): the members of their `Encodable`
// conformances, keys in the order of their UTF-8 bytes.

extension QuantityAnalysis: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "quantities")
        writer.array(quantities)
        writer.key(ascii: "statements")
        writer.array(statements)
        writer.endObject()
    }
}

extension Quantity: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "fractionDigits")
        writer.int(fractionDigits)
        writer.key(ascii: "isApproximate")
        writer.bool(isApproximate)
        writer.key(ascii: "label")
        writer.string(label)
        writer.key(ascii: "length")
        writer.int(length)
        writer.key(ascii: "number")
        writer.decimal(number)
        writer.key(ascii: "offset")
        writer.int(offset)
        writer.key(ascii: "range")
        range.writeJSON(to: &writer)
        writer.key(ascii: "role")
        writer.string(role.rawValue)
        writer.key(ascii: "sign")
        writer.int(sign)
        writer.key(ascii: "text")
        writer.string(text)
        writer.key(ascii: "unit")
        unit.writeJSON(to: &writer)
        writer.endObject()
    }
}

extension QuantityUnit: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "base")
        writer.string(base)
        writer.key(ascii: "scale")
        writer.decimal(scale)
        writer.key(ascii: "text")
        writer.string(text)
        writer.endObject()
    }
}

extension QuantityStatement: JSONWritable {
    /// The figures it has; an absent one has no member (synthesised `encodeIfPresent`).
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let base {
            writer.key(ascii: "base")
            base.writeJSON(to: &writer)
        }
        if let current {
            writer.key(ascii: "current")
            current.writeJSON(to: &writer)
        }
        if let increase {
            writer.key(ascii: "increase")
            increase.writeJSON(to: &writer)
        }
        writer.key(ascii: "kind")
        writer.string(kind.rawValue)
        writer.key(ascii: "parts")
        writer.array(parts)
        if let rate {
            writer.key(ascii: "rate")
            rate.writeJSON(to: &writer)
        }
        if let total {
            writer.key(ascii: "total")
            total.writeJSON(to: &writer)
        }
        writer.endObject()
    }
}
