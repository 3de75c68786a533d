import Foundation
import ReportModel
import ReportPluginKit

/// One thing to write into a Word draft for its reviewer: a comment (批注) on the characters a finding
/// points at, a tracked change (修订) making its fix, or both.
public struct ReviewItem: Sendable {
    /// The characters the finding points at, in the lines the reader made of the document.
    public var range: SourceRange
    /// The comment's paragraphs, or nil for no comment.
    public var comment: [String]?
    /// The fix to write as a tracked change, or nil.
    public var revision: Fix?
    /// The comment to write instead when the fix cannot be a tracked change there (in a field, an
    /// existing revision, a table cell of several paragraphs), or nil to leave it out.
    public var commentIfNotRevised: [String]?

    public init(range: SourceRange, comment: [String]? = nil, revision: Fix? = nil, commentIfNotRevised: [String]? = nil) {
        self.range = range
        self.comment = comment
        self.revision = revision
        self.commentIfNotRevised = commentIfNotRevised
    }
}

/// What a review wrote.
public struct ReviewOutcome: Sendable {
    /// The package's parts, the changed ones replaced (`word/document.xml`, `word/comments.xml`, the
    /// document's relationships and `[Content_Types].xml`), every other part as it was.
    public var parts: [String: Data]
    public var comments = 0
    public var revisions = 0
    /// Fixes that could not be tracked changes (and were left out or written as comments).
    public var fixesNotRevised = 0
}

/// Why a draft could not be reviewed.
public struct ReviewError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
