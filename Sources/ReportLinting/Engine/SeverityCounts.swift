import ReportPluginKit

/// How many findings there are at each level, for summaries and exit codes.
public struct SeverityCounts: Hashable, Sendable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
    }

    public init(_ diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { add(diagnostic.severity) }
    }

    public init(_ findings: FindingList) {
        findings.forEachSeverity { add($0) }
    }

    public mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    public static func + (lhs: SeverityCounts, rhs: SeverityCounts) -> SeverityCounts {
        SeverityCounts(errors: lhs.errors + rhs.errors, warnings: lhs.warnings + rhs.warnings, infos: lhs.infos + rhs.infos)
    }

    /// Whether these findings fail a lint run (errors; with `strict`, warnings too).
    public func fails(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }
}
