import Foundation

/// A value that writes its own JSON straight through a `JSONWriter`: the same bytes its `Encodable`
/// conformance gives through `SortedJSONEncoder` (keys in the order of their UTF-8 bytes, the same
/// members, `null` and absent members where `encode` and `encodeIfPresent` put them), without an
/// encoder, collected members or a sort per object.
///
/// The report's types adopt it: a long table's JSON through Codable cost fifteen times reading the
/// table. `SortedJSONEncoder` takes this path for every value that has it; tests hold each type's
/// output to its Codable output byte for byte.
public protocol JSONWritable: Encodable {
    func writeJSON(to writer: inout JSONWriter)
}

extension JSONWriter {
    /// An array of values that write themselves, handing the bytes on after each element when a
    /// chunk is full (`drainIfFull()`).
    public mutating func array<Element: JSONWritable>(_ elements: some Sequence<Element>) {
        beginArray()
        for element in elements {
            nextItem()
            element.writeJSON(to: &self)
            drainIfFull()
        }
        endArray()
    }

    /// A value, or `null` when there is none (what `encode` writes for a nil optional).
    public mutating func valueOrNull<Value: JSONWritable>(_ value: Value?) {
        if let value { value.writeJSON(to: &self) } else { null() }
    }

    /// A string, or `null` when there is none.
    public mutating func stringOrNull(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// A whole number, or `null` when there is none.
    public mutating func intOrNull(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// A `Decimal` as `JSONEncoder` (and `SortedJSONEncoder`) writes it: its `description`.
    public mutating func decimal(_ value: Decimal) { number(value.description) }
}
