import DocxWriter
import ReportPluginKit

/// The one list of built-in plugins. Adding a rule or writer means adding it here and nowhere in the core.
enum BuiltinPlugins {
    static let registry = PluginRegistry(
        rules: [],
        writers: [DocxWriter()])
}
