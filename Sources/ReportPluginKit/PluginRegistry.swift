/// The plugins a program uses. The CLI, as composition root, builds the one list of built-ins;
/// nothing else names a concrete rule or writer.
public struct PluginRegistry: Sendable {
    public var rules: [any ReportRule]
    public var writers: [any ReportWriter]
    /// Export formats for a check's findings.
    public var findingsWriters: [any FindingsWriter]

    public init(rules: [any ReportRule], writers: [any ReportWriter], findingsWriters: [any FindingsWriter] = []) {
        self.rules = rules
        self.writers = writers
        self.findingsWriters = findingsWriters
    }

    public func rule(id: String) -> (any ReportRule)? {
        rules.first { $0.metadata.id == id }
    }

    public func writer(id: String) -> (any ReportWriter)? {
        writers.first { $0.id == id }
    }

    /// The findings export that writes files ending in `.fileExtension`.
    public func findingsWriter(fileExtension: String) -> (any FindingsWriter)? {
        findingsWriters.first { $0.fileExtension == fileExtension.lowercased() }
    }

    /// Rule id → Chinese title.
    public var ruleTitles: [String: String] {
        Dictionary(rules.map { ($0.metadata.id, $0.metadata.title) }, uniquingKeysWith: { first, _ in first })
    }
}
