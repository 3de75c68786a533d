#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Unicode scalars of one `RuleText` (its `scalars`: rules index and slice them, nothing more):
/// a view into a buffer that holds the texts of a whole
/// report (one allocation per report, not one per text), two bytes per scalar.
///
/// Scalars of the Basic Multilingual Plane (all Chinese text in practice) are stored as their
/// value; a scalar above U+FFFF is stored as 0xD800 (a surrogate, never a scalar) and looked up
/// in the storage's side table, so that indexing stays one load and one predictable test.
public struct ScannedScalars: RandomAccessCollection, @unchecked Sendable {
    // Sendable: the storage is never written after the texts are made.
    @usableFromInline let storage: ScalarStorage
    @usableFromInline let base: UnsafePointer<UInt16>
    public let count: Int

    @usableFromInline
    init(storage: ScalarStorage, offset: Int, count: Int) {
        self.storage = storage
        self.base = UnsafePointer(storage.units + offset)
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inlinable @inline(__always)
    public func index(after i: Int) -> Int { i + 1 }
    @inlinable @inline(__always)
    public func index(before i: Int) -> Int { i - 1 }

    @inlinable @inline(__always)
    public subscript(position: Int) -> Unicode.Scalar {
        precondition(position >= 0 && position < count, "scalar offset out of range")
        return scalar(at: position)
    }

    /// The scalar at `position`, which the caller has checked is in range.
    @inlinable @inline(__always)
    func scalar(at position: Int) -> Unicode.Scalar {
        let unit = base[position]
        if unit & 0xF800 == 0xD800 { return storage.wideScalar(at: base + position) }
        return unsafeBitCast(UInt32(unit), to: Unicode.Scalar.self)
    }

    /// What stands for a scalar above U+FFFF in the buffer (a surrogate, which no scalar is).
    static let wideStandIn: UInt16 = 0xD800

    /// The value of the scalar at `position` when it is in the Basic Multilingual Plane, else
    /// 0xD800 (which no scalar has): the searches of `RuleText` test this instead.
    @inline(__always)
    func unit(at position: Int) -> UInt16 {
        precondition(position >= 0 && position < count, "scalar offset out of range")
        return base[position]
    }

    /// The first offset from `start` whose unit is `unit`, or `count`: eight units compared at a
    /// time (what `memchr` did over the UTF-8 before texts were searched as scalars).
    @inline(__always)
    func firstIndex(ofUnit unit: UInt16, from start: Int) -> Int {
        var index = Swift.max(start, 0)
        let wanted = SIMD8<UInt16>(repeating: unit)
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            let found = raw.loadUnaligned(fromByteOffset: index &* 2, as: SIMD8<UInt16>.self) .== wanted
            if any(found) {
                while base[index] != unit { index += 1 }
                return index
            }
            index += 8
        }
        while index < count, base[index] != unit { index += 1 }
        return index
    }

    /// The stored units (see `unit(at:)`), for loops that look only for marks in the BMP.
    @inline(__always)
    func withUnits<R>(_ body: (UnsafeBufferPointer<UInt16>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}

/// The buffer behind `ScannedScalars`: filled once by the decoder, then only read.
@usableFromInline
final class ScalarStorage: @unchecked Sendable {
    @usableFromInline let units: UnsafeMutablePointer<UInt16>
    /// Scalars above U+FFFF, by unit offset (stored as 0xD800 in `units`).
    private var wide: [Int: Unicode.Scalar] = [:]

    /// Takes over `units`, allocated with `malloc` at the size of every text it will hold.
    init(adopting units: UnsafeMutablePointer<UInt16>) {
        self.units = units
    }

    deinit { free(units) }

    /// Records the scalars above U+FFFF (by unit offset) that the decoder stored as 0xD800.
    func setWide(_ scalars: [Int: Unicode.Scalar]) { wide = scalars }

    @usableFromInline
    func wideScalar(at unit: UnsafePointer<UInt16>) -> Unicode.Scalar {
        wide[UnsafePointer(units).distance(to: unit)].unsafelyUnwrapped
    }
}
