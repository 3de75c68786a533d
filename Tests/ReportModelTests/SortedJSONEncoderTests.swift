import Foundation
import ReportModel
import Testing

/// `SortedJSONEncoder` must write the values `JSONEncoder` writes, keys sorted, in the one layout of
/// every ReportKit JSON output (the one `lint --format json` has): plugins and users read both.
@Suite struct SortedJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct Everything: Encodable {
        var aZ = 1, ab = 2, a10 = 3, a9 = 4, B = 5, b_ = 6
        var text = "a/b\"c\\d\u{1}\u{8}\u{c}\n\r\t\u{1b}\u{7f}\u{2028}é中👍🏽"
        var decimals = [Decimal(string: "5.20")!, Decimal(string: "-0.001")!, Decimal(0), Decimal(string: "1e-10")!]
        var doubles = [5.0, 0.1, 1e21, 1.5e-7, 123_456_789.125]
        var float: Float = 0.1
        var integers: [Int64] = [Int64.min, -1, 0, Int64.max]
        var unsigned: [UInt8] = [0, 255]
        var absent: Int? = nil
        var present: String? = "有"
        var flags = [true, false]
        var nested: [[Int]] = [[1, 2], []]
        var empty: [String: Int] = [:]
        var dictionary = ["z": 1, "Y": 2, "é": 3, "10": 4, "9": 5, "a-b": 6, "a_b": 7]
        var byNumber = [3: "三", 1: "一"]
        var url = URL(string: "https://example.org/a?b=c")!
        var custom = Custom()
    }

    /// A type that uses every container: nested ones, super encoders, the same key twice.
    struct Custom: Encodable {
        enum Key: String, CodingKey { case first, nested, list, repeated }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("一", forKey: .repeated)
            try container.encode(1, forKey: .first)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
            try nested.encode([Decimal(string: "2.5")!], forKey: .list)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode("x")
            var inner = list.nestedContainer(keyedBy: Key.self)
            try inner.encodeNil(forKey: .first)
            var innerList = list.nestedUnkeyedContainer()
            try innerList.encode(true)
            try list.encode(3)
            try Int(7).encode(to: container.superEncoder())
            try container.encode("二", forKey: .repeated)
            var again = encoder.container(keyedBy: Key.self)
            try again.encode([String](), forKey: .nested)
        }
    }

    struct Elements: Encodable {
        func encode(to encoder: any Encoder) throws {
            var list = encoder.unkeyedContainer()
            try list.encode("a")
            var object = list.nestedContainer(keyedBy: Custom.Key.self)
            try object.encode(2, forKey: .first)
            try list.encodeNil()
            try Custom().encode(to: list.superEncoder())
        }
    }

    /// The parsed values of two JSON texts are equal.
    static func sameValues(_ ours: String, _ theirs: String) throws -> Bool {
        func parse(_ text: String) throws -> NSObject {
            try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as! NSObject
        }
        return try parse(ours).isEqual(try parse(theirs))
    }

    @Test func writesTheValuesJSONEncoderWrites() throws {
        #expect(try Self.sameValues(SortedJSONEncoder.string(Everything()), Self.foundation(Everything())))
        #expect(try Self.sameValues(SortedJSONEncoder.string(Elements()), Self.foundation(Elements())))
        #expect(try SortedJSONEncoder.string([Int]()) == "[]")
        #expect(try SortedJSONEncoder.string("x") == "\"x\"")
        // Keys in the order of their UTF-8 bytes, as JSONEncoder's .sortedKeys has them.
        let text = try SortedJSONEncoder.string(Everything())
        let keys = ["B", "a10", "a9", "aZ", "ab", "absent", "b_", "custom", "decimals"].filter { text.contains("\"\($0)\": ") }
        let positions = keys.map { text.range(of: "\n  \"\($0)\": ")!.lowerBound }
        #expect(positions == positions.sorted() && keys.count == 8, "\(keys)")
    }

    @Test func writesTheLayoutOfLintJSON() throws {
        struct Small: Encodable {
            var b = ["x"]
            var a = 1
            var c: [String: Int] = [:]
            var d = "中\u{2028}"
        }
        #expect(try SortedJSONEncoder.string(Small()) == """
            {
              "a": 1,
              "b": [
                "x"
              ],
              "c": {},
              "d": "中\\u2028"
            }
            """)
    }

    @Test func chunksJoinToTheWholeText() throws {
        var chunks: [[UInt8]] = []
        try SortedJSONEncoder.write(Everything(), chunkSize: 64) { chunks.append(Array($0)) }
        #expect(chunks.count > 5)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == (try SortedJSONEncoder.string(Everything())))
    }
}
