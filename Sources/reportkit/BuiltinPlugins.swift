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

/// The one list of built-in plugins. Adding a rule or writer means adding it here and nowhere in the core.
enum BuiltinPlugins {
    static let registry = PluginRegistry(
        rules: StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all
            + FigureRules.all + SchemeRules.all + WordingRules.all,
        writers: [MarkdownWriter(), PlainTextWriter(), XLSXReportWriter(), DocxWriter()])
}
