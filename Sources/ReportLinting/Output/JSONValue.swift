import ReportModel

/// A JSON value whose objects keep their keys in the order written, so that lint's JSON and SARIF
/// output have a stable, documented key order (JSONEncoder can only sort keys alphabetically).
public indirect enum JSONValue: Hashable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// The text, indented by two spaces per level, ending without a newline.
    public func serialized() -> String {
        var writer = JSONWriter()
        write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, for callers that send it on as bytes (the server).
    public func serializedUTF8() -> [UInt8] {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.bytes
    }

    /// Writes the value through `writer` (which lays it out and escapes its strings).
    func write(to writer: inout JSONWriter) {
        switch self {
        case .object(let members):
            writer.beginObject()
            for (key, value) in members {
                writer.key(key)
                value.write(to: &writer)
            }
            writer.endObject()
        case .array(let elements):
            writer.beginArray()
            for element in elements {
                writer.nextItem()
                element.write(to: &writer)
            }
            writer.endArray()
        case .string(let string): writer.string(string)
        case .int(let int): writer.int(int)
        case .bool(let bool): writer.bool(bool)
        case .null: writer.null()
        }
    }
}
