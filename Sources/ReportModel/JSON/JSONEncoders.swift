/// The encoder handed to the value being written: its array elements are written as they arrive;
/// its object members are collected and written in key order once its `encode(to:)` returns.
/// (`codingPath` stays empty: no model type reads it.)
final class StreamingEncoder: Encoder {
    let stream: JSONStream
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum State {
        case empty
        case object(JSONNode)
        case array(count: Int)
        case single
    }
    private var state = State.empty
    /// An element made through `nestedContainer` or `superEncoder`: written before the next one.
    private var pendingElement: JSONNode?

    init(stream: JSONStream, depth: Int) {
        self.stream = stream
        self.depth = depth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let node) = state { return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node)) }
        let node = JSONNode()
        node.kind = .object
        state = .object(node)
        return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = state {} else {
            stream.beginArray()
            state = .array(count: 0)
        }
        return StreamingUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        state = .single
        return StreamingSingleValueContainer(encoder: self)
    }

    /// Starts the next element of the array: the pending one first, then the comma and new line.
    func startElement() throws {
        try writePendingElement()
        guard case .array(let count) = state else { return }
        stream.startElement()
        state = .array(count: count + 1)
    }

    func deferElement(_ node: JSONNode) throws {
        try writePendingElement()
        pendingElement = node
    }

    private func writePendingElement() throws {
        guard let node = pendingElement else { return }
        pendingElement = nil
        try startElement()
        try stream.write(node, depth: depth + 1)
    }

    var elementCount: Int {
        if case .array(let count) = state { return count + (pendingElement == nil ? 0 : 1) }
        return 0
    }

    /// Writes what is still open: the collected object, or the array's closing bracket.
    func finish() throws {
        switch state {
        case .empty: try stream.writeObject([], depth: depth)
        case .object(let node): try stream.writeObject(node.members, depth: depth)
        case .single: break
        case .array:
            try writePendingElement()
            stream.endArray()
        }
    }
}

struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.elementCount }

    mutating func encodeNil() throws { try encode(member: .null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.startElement()
        try encoder.stream.write(value, depth: encoder.depth + 1)
    }

    private func encode(member: JSONMember) throws {
        try encoder.startElement()
        try encoder.stream.write(member, depth: encoder.depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let node = JSONNode()
        node.kind = .object
        try? encoder.deferElement(node)
        return KeyedEncodingContainer(NodeKeyedContainer<NestedKey>(node: node))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let node = JSONNode()
        node.kind = .array
        try? encoder.deferElement(node)
        return NodeUnkeyedContainer(node: node)
    }

    mutating func superEncoder() -> any Encoder {
        let node = JSONNode()
        try? encoder.deferElement(node)
        return NodeEncoder(node: node)
    }
}

struct StreamingSingleValueContainer: SingleValueEncodingContainer {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { try encoder.stream.write(.null, depth: encoder.depth) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.stream.write(value, depth: encoder.depth)
    }
}

/// An encoder that collects into a node, for containers made through `nestedContainer` and
/// `superEncoder`, which are filled after the call that made them returns.
struct NodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .object
        return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.kind = .array
        return NodeUnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        node.kind = .single
        return NodeSingleValueContainer(node: node)
    }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { node.members.append((key.stringValue, .null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.members.append((key.stringValue, .bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.members.append((key.stringValue, .string(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.members.append((key.stringValue, .int(Int64(value)))) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.members.append((key.stringValue, try JSONMember.of(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = JSONNode()
        child.kind = .object
        node.members.append((key.stringValue, .node(child)))
        return KeyedEncodingContainer(NodeKeyedContainer<NestedKey>(node: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        node.members.append((key.stringValue, .node(child)))
        return NodeUnkeyedContainer(node: child)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let child = JSONNode()
        node.members.append((name, .node(child)))
        return NodeEncoder(node: child)
    }
}

struct NodeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.elements.count }

    mutating func encodeNil() throws { node.elements.append(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws { node.elements.append(try JSONMember.of(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = JSONNode()
        child.kind = .object
        node.elements.append(.node(child))
        return KeyedEncodingContainer(NodeKeyedContainer<NestedKey>(node: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        node.elements.append(.node(child))
        return NodeUnkeyedContainer(node: child)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.elements.append(.node(child))
        return NodeEncoder(node: child)
    }
}

struct NodeSingleValueContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { node.single = .null }

    mutating func encode<T: Encodable>(_ value: T) throws { node.single = try JSONMember.of(value) }
}
