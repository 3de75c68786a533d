/// An integer field kept in a narrower type and read as `Int`: the model holds one for every line,
/// cell, span and finding of a draft (millions in a long table), and an outline level, a line number
/// or a column never needs 64 bits. A value beyond the narrow type is clamped when stored.
@propertyWrapper
@frozen
public struct Narrow<Storage: FixedWidthInteger & Hashable & Sendable>: Hashable, Sendable {
    @usableFromInline var storage: Storage

    @inlinable
    public init(wrappedValue: Int) { storage = Storage(clamping: wrappedValue) }

    @inlinable
    public var wrappedValue: Int {
        get { Int(storage) }
        set { storage = Storage(clamping: newValue) }
    }
}

/// Coded as the `Int` it holds, so that a type with narrowed fields keeps its synthesized coding
/// and its JSON (`"ordinal": 12`).
extension Narrow: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}
