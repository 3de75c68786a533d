import Foundation
import Yams

/// The built-in catalogue of `wording.formulation`, kept as data in `Catalogue/formulations.yml`
/// (compiled into the binary, so the rule reads no file at run time). Each entry names the document
/// it is taken from; a city adds its own names under `rules: wording.formulation: {terms: [...]}`.
enum FormulationCatalogue {
    static let entries: [CatalogueEntry] = load(PackageResources.formulations_yml)

    /// The entries of a catalogue file in its order: formulations, organisations, terms. The file is
    /// part of the build and `WordingRulesTests` loads it, so a broken file fails the tests; should it
    /// still not load (a list missing, an entry without its text or source), the rule runs with no
    /// built-in entries rather than stopping the whole lint.
    ///
    /// Read from the composed nodes with Yams' basic resolver (every plain scalar a string, which is
    /// all the file holds), not through `YAMLDecoder`: its resolver compiles a regular expression and
    /// its decoding instantiates generic types at run time, about 5 ms of every run of the binary.
    static func load(_ bytes: [UInt8]) -> [CatalogueEntry] {
        guard let text = String(bytes: bytes, encoding: .utf8),
              let root = try? Parser(yaml: text, resolver: .basic).singleRoot()
        else { return [] }
        var entries: [CatalogueEntry] = []
        for (key, kind) in [("formulations", CatalogueEntry.Kind.formulation), ("organisations", .organisation), ("terms", .term)] {
            guard let items = root[key]?.sequence else { return [] }
            for item in items {
                guard let text = item["text"]?.scalar?.string, let source = item["source"]?.scalar?.string else { return [] }
                entries.append(CatalogueEntry(text, kind, source: source))
            }
        }
        return entries
    }
}
