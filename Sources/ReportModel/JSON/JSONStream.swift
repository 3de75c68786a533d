import Foundation

/// Writes values through `SortedJSONEncoder`'s layout: two spaces per level, `" : "` after a key,
/// an empty container as an empty line between its brackets, keys in the order of their UTF-8 bytes.
final class JSONStream {
    var output: JSONOutput

    init(output: JSONOutput) { self.output = output }

    func write<T: Encodable>(_ value: T, depth: Int) throws {
        if let member = try JSONMember.scalar(value) { return try write(member, depth: depth) }
        let encoder = StreamingEncoder(stream: self, depth: depth)
        try value.encode(to: encoder)
        try encoder.finish()
    }

    func write(_ member: JSONMember, depth: Int) throws {
        switch member {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.int(value)
        case .uint(let value): output.uint(value)
        case .string(let value): output.string(value)
        case .number(let value): output.ascii(value)
        case .value(let value): try write(value, depth: depth)
        case .node(let node): try write(node, depth: depth)
        }
    }

    func write(_ node: JSONNode, depth: Int) throws {
        switch node.kind {
        case .unset, .object: try writeObject(node.members, depth: depth)
        case .single: try write(node.single ?? .null, depth: depth)
        case .array:
            output.append(UInt8(ascii: "["))
            for (index, element) in node.elements.enumerated() {
                startElement(index, depth: depth)
                try write(element, depth: depth + 1)
            }
            close(UInt8(ascii: "]"), isEmpty: node.elements.isEmpty, depth: depth)
        }
    }

    /// Writes an object's members in the order of their keys' UTF-8 bytes; of members with the same
    /// key (a type that encodes a key twice), the last one, as `JSONEncoder` keeps it.
    func writeObject(_ members: [(key: String, value: JSONMember)], depth: Int) throws {
        output.append(UInt8(ascii: "{"))
        // The keys apart from the values, so that comparing does not copy members.
        let keys = members.map(\.key)
        let order = keys.indices.sorted { left, right in
            keys[left] == keys[right] ? left > right : keys[left].utf8.lexicographicallyPrecedes(keys[right].utf8)
        }
        var written = 0
        var previous: String?
        for index in order {
            let key = keys[index]
            if key == previous { continue }
            previous = key
            startElement(written, depth: depth)
            written += 1
            output.string(key)
            output.append(" : ")
            try write(members[index].value, depth: depth + 1)
        }
        close(UInt8(ascii: "}"), isEmpty: written == 0, depth: depth)
    }

    /// The comma after the previous item and the new line of item `index` of a container at `depth`.
    func startElement(_ index: Int, depth: Int) {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        output.newline(indent: depth + 1)
    }

    /// The closing bracket on its own line; an empty container gets an empty line before it.
    func close(_ bracket: UInt8, isEmpty: Bool, depth: Int) {
        if isEmpty { output.append(UInt8(ascii: "\n")) }
        output.newline(indent: depth)
        output.append(bracket)
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
