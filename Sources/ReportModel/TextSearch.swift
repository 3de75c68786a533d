#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Byte searches over UTF-8 for the scanners.
//
// Foundation's `contains(_:)` on Linux bridges to `NSString` and folds character clusters: a
// hundred times slower on Chinese text. Valid UTF-8 never matches across a scalar boundary, so a
// byte search finds exactly the scalar sequences that occur. `String` and `Substring` get concrete
// overloads: a generic call across modules is not specialised and pays for runtime generics on
// every line.

// Every entry point is `@inlinable` so that calls from other modules are specialised for `String`
// and `Substring`: an unspecialised generic call pays for runtime generics on every line.
extension StringProtocol {
    /// Whether `needle` occurs in this text, by a byte search over UTF-8.
    @inlinable
    public func containsText(_ needle: String) -> Bool { withUTF8Bytes { TextSearch.contains($0, needle) } }

    /// Whether any of `needles` occurs in this text.
    @inlinable
    public func containsAny(_ needles: [String]) -> Bool { withUTF8Bytes { TextSearch.containsAny($0, needles) } }

    /// Whether the ASCII byte `byte` (a tab, a bar) occurs in this text.
    @inlinable
    public func containsASCII(_ byte: UInt8) -> Bool { withUTF8Bytes { TextSearch.contains($0, byte: byte) } }

    /// Whether the text's UTF-8 starts with `prefix`'s: what `utf8.starts(with: prefix.utf8)` answers,
    /// without a generic walk over two views (the readers ask it of every line).
    @inlinable
    public func hasUTF8Prefix(_ prefix: StaticString) -> Bool { withUTF8Bytes { TextSearch.hasPrefix($0, prefix) } }

    /// Runs `body` on the text's UTF-8 bytes, copying only text that is not stored contiguously.
    @inlinable
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }
}

/// The byte searches behind `containsText`, public for scanners that hold UTF-8 bytes of their own.
public enum TextSearch {
    @usableFromInline
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { contains(haystack, $0) }
    }

    @usableFromInline
    static func containsAny(_ haystack: UnsafeBufferPointer<UInt8>, _ needles: [String]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    @usableFromInline
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return count == 0 || memcmp(bytes.baseAddress!, prefix.utf8Start, count) == 0
    }

    @usableFromInline
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, byte: UInt8) -> Bool {
        guard let base = haystack.baseAddress, !haystack.isEmpty else { return false }
        return memchr(base, Int32(byte), haystack.count) != nil
    }

    /// Whether `pattern` occurs in `haystack` (both UTF-8; a match is a match of whole scalars).
    /// Finds candidates with `memchr` (vectorised) on the pattern's last byte — for Chinese text a
    /// continuation byte, far rarer than the handful of lead bytes every CJK character starts with —
    /// then compares the rest.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needle = pattern.baseAddress, !pattern.isEmpty else { return true }
        guard let base = haystack.baseAddress, haystack.count >= pattern.count else { return false }
        let tail = pattern.count - 1
        let last = Int32(needle[tail])
        var index = tail
        while index < haystack.count {
            guard let hit = memchr(base + index, last, haystack.count - index) else { return false }
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + (end - tail), needle, tail) == 0 { return true }
            index = end + 1
        }
        return false
    }
}
