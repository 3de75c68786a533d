/// The plugins a program uses. The CLI, as composition root, builds the one list of built-ins;
/// nothing else names a concrete rule or writer.
public struct PluginRegistry: Sendable {
    public var rules: [any ReportRule]
    public var writers: [any ReportWriter]

    public init(rules: [any ReportRule], writers: [any ReportWriter]) {
        self.rules = rules
        self.writers = writers
    }

    public func rule(id: String) -> (any ReportRule)? {
        rules.first { $0.metadata.id == id }
    }

    public func writer(id: String) -> (any ReportWriter)? {
        writers.first { $0.id == id }
    }
}
