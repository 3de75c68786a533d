/// One Word comment (批注) ReportKit adds to a draft: its id in `word/comments.xml` and its text,
/// one paragraph per line.
public struct WordComment: Sendable, Equatable {
    public let id: Int
    public let lines: [String]

    public init(id: Int, lines: [String]) {
        self.id = id
        self.lines = lines
    }

    /// The author every comment and tracked change ReportKit writes is signed with.
    public static let author = "ReportKit"
}
