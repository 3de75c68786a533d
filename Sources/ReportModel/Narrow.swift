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
