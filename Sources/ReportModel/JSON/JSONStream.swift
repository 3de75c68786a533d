import Foundation

/// Writes values through `JSONWriter` (the layout of every ReportKit JSON output), object keys in the
/// order of their UTF-8 bytes, handing the bytes to the sink whenever about a chunk is ready.
final class JSONStream {
    private var writer: JSONWriter
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void
    /// Whether values that are `JSONWritable` write themselves (false: everything through Codable,
    /// what the tests compare the direct writing with).
    private let writesDirectly: Bool

    init(
        chunkSize: Int, layout: JSONWriter.Layout = .indented, writesDirectly: Bool = true,
        sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        self.sink = sink
        self.writesDirectly = writesDirectly
        writer = JSONWriter(chunkSize: chunkSize, layout: layout, sink: sink)
    }

    /// Hands what is left to the sink.
    func finish() { writer.drain(into: sink) }

    private func drainIfFull() { writer.drainIfFull() }

    func write<T: Encodable>(_ value: T, depth: Int) throws {
        if let member = try JSONMember.scalar(value) { return try write(member, depth: depth) }
        // The model's types write themselves: the same bytes without an encoder, containers or a
        // sort per object (`JSONWritable`).
        if writesDirectly, let writable = value as? any JSONWritable {
            writable.writeJSON(to: &writer)
            return drainIfFull()
        }
        let encoder = StreamingEncoder(stream: self, depth: depth)
        try value.encode(to: encoder)
        try encoder.finish()
    }

    func write(_ member: JSONMember, depth: Int) throws {
        switch member {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .int(let value): writer.int(value)
        case .uint(let value): writer.uint(value)
        case .string(let value): writer.string(value)
        case .number(let value): writer.number(value)
        case .value(let value): try write(value, depth: depth)
        case .node(let node): try write(node, depth: depth)
        }
        drainIfFull()
    }

    func write(_ node: JSONNode, depth: Int) throws {
        switch node.kind {
        case .unset, .object: try writeObject(node.members, depth: depth)
        case .single: try write(node.single ?? .null, depth: depth)
        case .array:
            beginArray()
            for element in node.elements {
                startElement()
                try write(element, depth: depth + 1)
            }
            endArray()
        }
    }

    /// Writes an object's members in the order of their keys' UTF-8 bytes; of members with the same
    /// key (a type that encodes a key twice), the last one, as `JSONEncoder` keeps it.
    func writeObject(_ members: [(key: String, value: JSONMember)], depth: Int) throws {
        writer.beginObject()
        // The keys apart from the values, so that comparing does not copy members.
        let keys = members.map(\.key)
        let order = keys.indices.sorted { left, right in
            keys[left] == keys[right] ? left > right : keys[left].utf8.lexicographicallyPrecedes(keys[right].utf8)
        }
        var previous: String?
        for index in order {
            let key = keys[index]
            if key == previous { continue }
            previous = key
            writer.key(key)
            try write(members[index].value, depth: depth + 1)
        }
        writer.endObject()
    }

    func beginArray() { writer.beginArray() }

    /// The comma after the previous element and the new line of the next.
    func startElement() { writer.nextItem() }

    func endArray() {
        writer.endArray()
        drainIfFull()
    }
}

extension JSONMember {
    /// The values `JSONEncoder` writes as they are rather than through their `encode(to:)`: strings,
    /// numbers, booleans, and the Foundation types it special-cases (`Decimal`, `URL`, `Data`).
    /// Told apart by comparing types, not by casting: casts took a quarter of the time.
    static func scalar<T: Encodable>(_ value: T) throws -> JSONMember? {
        if T.self == String.self { return .string(reinterpret(value, as: String.self)) }
        if T.self == Int.self { return .int(Int64(reinterpret(value, as: Int.self))) }
        if T.self == Bool.self { return .bool(reinterpret(value, as: Bool.self)) }
        if T.self == Decimal.self { return .number(reinterpret(value, as: Decimal.self).description) }
        if T.self == Int64.self { return .int(reinterpret(value, as: Int64.self)) }
        if T.self == Int32.self { return .int(Int64(reinterpret(value, as: Int32.self))) }
        if T.self == Int16.self { return .int(Int64(reinterpret(value, as: Int16.self))) }
        if T.self == Int8.self { return .int(Int64(reinterpret(value, as: Int8.self))) }
        if T.self == UInt.self { return .uint(UInt64(reinterpret(value, as: UInt.self))) }
        if T.self == UInt64.self { return .uint(reinterpret(value, as: UInt64.self)) }
        if T.self == UInt32.self { return .uint(UInt64(reinterpret(value, as: UInt32.self))) }
        if T.self == UInt16.self { return .uint(UInt64(reinterpret(value, as: UInt16.self))) }
        if T.self == UInt8.self { return .uint(UInt64(reinterpret(value, as: UInt8.self))) }
        if T.self == Double.self || T.self == Float.self { return .number(try foundationNumber(value)) }
        if T.self == URL.self { return .string(reinterpret(value, as: URL.self).absoluteString) }
        if T.self == Data.self { return .string(reinterpret(value, as: Data.self).base64EncodedString()) }
        return nil
    }

    /// `value` as `U`, which the caller has checked is its type.
    @inline(__always)
    private static func reinterpret<T, U>(_ value: T, as type: U.Type) -> U {
        withUnsafePointer(to: value) { $0.withMemoryRebound(to: U.self, capacity: 1) { $0.pointee } }
    }

    /// A floating-point number exactly as `JSONEncoder` formats it (rare in the model: not worth a copy).
    private static func foundationNumber<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// The member for `value`: the value itself when it is a scalar, else the value to encode later.
    static func of<T: Encodable>(_ value: T) throws -> JSONMember {
        try scalar(value) ?? .value(value)
    }
}
