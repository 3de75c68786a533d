#if canImport(CReportMalloc)
import CReportMalloc
#endif

/// How the C allocator hands memory back to the system, set once when the command starts.
///
/// A long draft's largest arrays (its lines, figures, findings) grow by doubling. glibc serves such
/// blocks from mappings of their own at first, but once a large block is freed it raises its
/// threshold (up to 32 MB) and serves later ones from the heap, where a freed block stays in the
/// process. Fixing the threshold keeps every block of 1 MB or more a mapping of its own, returned to
/// the system when freed: a 10 MB draft lints in about 100 MB instead of 114 MB, and `serve` gives a
/// finished job's memory back.
enum MemoryTuning {
    static let mappedBlockSize: Int32 = 1 << 20

    static func apply() {
        #if canImport(CReportMalloc)
        _ = reportkit_set_mmap_threshold(mappedBlockSize)
        #endif
    }
}
