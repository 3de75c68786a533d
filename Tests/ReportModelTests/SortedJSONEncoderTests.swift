import Foundation
import ReportModel
import Testing

/// `SortedJSONEncoder` must write exactly what `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`: plugins and users compare the texts.
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

    @Test func writesWhatJSONEncoderWrites() throws {
        #expect(try SortedJSONEncoder.string(Everything()) == (try Self.foundation(Everything())))
        #expect(try SortedJSONEncoder.string(Elements()) == (try Self.foundation(Elements())))
        #expect(try SortedJSONEncoder.string([Int]()) == (try Self.foundation([Int]())))
        #expect(try SortedJSONEncoder.string("x") == (try Self.foundation("x")))
    }

    @Test func chunksJoinToTheWholeText() throws {
        var chunks: [[UInt8]] = []
        try SortedJSONEncoder.write(Everything(), chunkSize: 64) { chunks.append(Array($0)) }
        #expect(chunks.count > 5)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == (try Self.foundation(Everything())))
    }
}
