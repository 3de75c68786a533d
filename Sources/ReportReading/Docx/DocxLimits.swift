/// The bounds the Word reader holds every package to, whatever the file declares. Each is far
/// beyond what Word writes and well below what would exhaust a server.
enum DocxLimits {
    /// All the parts read from one `.docx` together may expand to at most 200 MB: the XML of a
    /// thousand-page report is a few tens of MB, while a decompression bomb of 2 MB reaches GBs.
    static let expandedBytes = 200 * 1024 * 1024

    /// Elements may nest at most 256 deep in any part (libxml2's own default bound; Word's nested
    /// tables and drawings stay far below it).
    static let elementDepth = 256

    /// A table cell spans at most 63 grid columns, the most Word allows in a table.
    static let gridSpan = 63
}
