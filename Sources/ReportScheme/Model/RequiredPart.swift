import ReportModel

/// A part every report under a scheme must have, with the heading a draft gives it.
public struct RequiredPart: Hashable, Sendable, Codable {
    public var role: SectionRole
    /// The heading text without its marker, e.g. `履行教育职责情况`.
    public var heading: String

    public init(role: SectionRole, heading: String) {
        self.role = role
        self.heading = heading
    }
}
