extension StringProtocol {
    /// Whether `needle` occurs in this text, by a byte search over UTF-8.
    ///
    /// Foundation's `contains(_:)` on Linux bridges to `NSString` and folds character clusters:
    /// a hundred times slower on Chinese text. Valid UTF-8 never matches across a scalar boundary,
    /// so a byte search finds exactly the scalar sequences that occur.
    public func containsText(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            let found = self.utf8.withContiguousStorageIfAvailable { haystack in
                Self.search(haystack, for: pattern)
            }
            if let found { return found }
            var copy = String(self)
            return copy.withUTF8 { Self.search($0, for: pattern) }
        }
    }

    /// Whether any of `needles` occurs in this text.
    public func containsAny(_ needles: [String]) -> Bool {
        needles.contains { containsText($0) }
    }

    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, for pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        let last = haystack.count - pattern.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < pattern.count, haystack[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
