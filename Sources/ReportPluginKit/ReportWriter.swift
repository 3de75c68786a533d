import Foundation
import ReportModel

/// What a writer may be told besides the report.
public struct WriterOptions: Sendable {
    /// The input the report was read from, for a workbook's notes sheet or document properties.
    public var sourceDescription: String
    /// The command that produced the output, recorded where a format has room for it.
    public var command: String
    /// A document whose styles a writer should take (Word's reference document), if given. The caller
    /// reads it: writers never open files other than their destination.
    public var referenceDocument: ReferenceFile?

    /// A reference document's name (for messages) and its parts by name (`word/styles.xml`). The
    /// caller takes the parts out with the reader's checks (`WordPackage.allParts()`), so that a
    /// damaged or crafted file is refused before any writer sees it.
    public struct ReferenceFile: Sendable {
        public var name: String
        public var parts: [String: Data]

        public init(name: String, parts: [String: Data]) {
            self.name = name
            self.parts = parts
        }
    }

    public init(sourceDescription: String = "", command: String = "", referenceDocument: ReferenceFile? = nil) {
        self.sourceDescription = sourceDescription
        self.command = command
        self.referenceDocument = referenceDocument
    }
}

/// An output format. Conforming types live in `Plugins/` and are listed in the CLI's registry.
///
/// The caller chooses `destination` (a temporary file that it renames into place afterwards), so a
/// writer only writes there and never touches any other path.
public protocol ReportWriter: Sendable {
    /// The name given to `--to`, such as `markdown` or `xlsx`.
    var id: String { get }
    /// The file extension of the output, without the dot.
    var fileExtension: String { get }
    /// A Chinese name for listings.
    var title: String { get }
    /// The output's media type, sent with downloads (`text/markdown; charset=utf-8`).
    var mediaType: String { get }
    /// A short Chinese name for a download button (`指标附表`); the page adds the extension.
    var label: String { get }
    /// Added to the draft's name for the downloaded file (`草稿-指标附表.xlsx`), so that no two
    /// downloads of one draft share a name.
    var fileNameSuffix: String { get }
    /// Whether the writer has nothing to write for a report without indicator tables (the page
    /// disables its button then).
    var needsIndicatorTables: Bool { get }
    func write(_ report: Report, to destination: URL, options: WriterOptions) throws
}

extension ReportWriter {
    /// Unknown bytes, unless the writer says what it writes.
    public var mediaType: String { "application/octet-stream" }
    public var label: String { title }
    public var fileNameSuffix: String { "" }
    public var needsIndicatorTables: Bool { false }
}

/// A writer's failure, with a Chinese message for the person running the command.
public struct WriterError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
