import DocumentRules
import DocxWriter
import FigureRules
import MarkdownWriter
import NumberingRules
import PlainTextWriter
import ReportPluginKit
import SchemeRules
import StructureRules
import TypographyRules
import WordingRules
import XLSXWriter

/// The one list of built-in plugins, used by the CLI, the server and every test. Adding a rule to a
/// family is one line in that family's `all`; adding a plugin target is one line here.
public enum BuiltinPlugins {
    public static let rules: [any ReportRule] =
        StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all
        + FigureRules.all + SchemeRules.all + WordingRules.all

    public static let writers: [any ReportWriter] = [MarkdownWriter(), PlainTextWriter(), XLSXReportWriter(), DocxWriter()]

    public static let findingsWriters: [any FindingsWriter] = [FindingsWorkbookWriter()]

    public static let registry = PluginRegistry(rules: rules, writers: writers, findingsWriters: findingsWriters)

    /// Writes the district's data-entry workbook (`reportkit draft --form`).
    public static let formWriter: any DataEntryFormWriter = XLSXFormWriter()

    /// The modules (plugin targets) the list takes rules and writers from, read from the types
    /// themselves, so that a test can compare them with the folders under `Plugins/`.
    public static var modules: Set<String> {
        Set(rules.map { module(of: $0) } + writers.map { module(of: $0) } + findingsWriters.map { module(of: $0) })
    }

    /// The module a plugin's type is defined in (`TypographyRules`).
    public static func module(of plugin: Any) -> String {
        String(String(reflecting: type(of: plugin)).prefix { $0 != "." })
    }
}
