/// A problem with a file the user named, said in Chinese with the file and, where known, the line
/// and column (in Characters). Every command prints it in one form: `data.yml:12:5: 应为数字…`,
/// `draft.txt:12: 无法解码…`, `填报表.xlsx: 工作表“指标”第7行D列：…`.
///
/// The reader's, the drafter's, the configuration's and the output's errors are their own types
/// (each with what its callers need besides) and share this: the place and its one printed form.
public protocol LocatedError: Error, CustomStringConvertible {
    /// The file as the user named it.
    var path: String { get }
    /// 1-based line, when the problem has a place.
    var line: Int? { get }
    /// 1-based column in Characters, when known.
    var column: Int? { get }
    /// What is wrong, in Chinese.
    var detail: String { get }
}

extension LocatedError {
    public var line: Int? { nil }
    public var column: Int? { nil }

    /// `path:line:column: detail`, leaving out what is not known.
    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(path):\(line):\(column): \(detail)"
        case let (line?, nil): "\(path):\(line): \(detail)"
        default: "\(path): \(detail)"
        }
    }
}
