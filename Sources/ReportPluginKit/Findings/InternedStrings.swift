import Foundation

/// Strings stored once each and named by a 32-bit index: the messages (or the replacements) of a
/// run's findings, where a rule writes the same message for every finding of a kind.
///
/// Strings are told apart by their UTF-8 bytes, not by `String`'s `==`: the stored text must be the
/// bytes the rule wrote (`==` takes canonically equivalent texts as one), and hashing bytes is many
/// times cheaper than hashing a Chinese `String`, which normalizes it first.
struct InternedStrings: Sendable {
    private var strings: [String] = []
    private var indices: [Key: UInt32] = [:]
    /// The string stored last: a rule's findings come one after another, often with one message.
    private var last: (string: String, index: UInt32)?

    /// The index of `string`, stored now if it was not before.
    mutating func index(of string: String) -> UInt32 {
        if let last, Self.sameBytes(last.string, string) { return last.index }
        let index: UInt32
        if let known = indices[Key(string: string)] {
            index = known
        } else {
            precondition(strings.count < Int(UInt32.max), "more than 4 billion distinct messages")
            index = UInt32(strings.count)
            strings.append(string)
            indices[Key(string: string)] = index
        }
        last = (string, index)
        return index
    }

    subscript(index: UInt32) -> String { strings[Int(index)] }

    /// How many distinct strings are stored.
    var count: Int { strings.count }

    /// A string as a dictionary key by its bytes.
    private struct Key: Hashable {
        var string: String

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: Key, rhs: Key) -> Bool { InternedStrings.sameBytes(lhs.string, rhs.string) }
    }

    static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        // The same storage (or the same short text stored inline) is the same bytes: a rule that
        // writes one message for every finding hands over one string again and again.
        let (leftBits, rightBits) = (unsafeBitCast(lhs, to: (UInt64, UInt64).self), unsafeBitCast(rhs, to: (UInt64, UInt64).self))
        if leftBits == rightBits { return true }
        var lhs = lhs, rhs = rhs
        let count = lhs.utf8.count
        guard count == rhs.utf8.count else { return false }
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                guard let left = left.baseAddress, let right = right.baseAddress else { return true }  // both empty
                return left == right || memcmp(left, right, count) == 0
            }
        }
    }
}
