import Foundation
import Yams

/// The built-in catalogue of `wording.formulation`, kept as data in `Catalogue/formulations.yml`
/// (compiled into the binary, so the rule reads no file at run time). Each entry names the document
/// it is taken from; a city adds its own names under `rules: wording.formulation: {terms: [...]}`.
enum FormulationCatalogue {
    /// The file's shape: one list per kind of form.
    private struct File: Decodable {
        struct Item: Decodable {
            var text: String
            var source: String
        }

        var formulations: [Item]
        var organisations: [Item]
        var terms: [Item]
    }

    static let entries: [CatalogueEntry] = load(PackageResources.formulations_yml)

    /// The entries of a catalogue file in its order: formulations, organisations, terms. The file is
    /// part of the build and `WordingRulesTests` loads it, so a broken file fails the tests; should it
    /// still not decode, the rule runs with no built-in entries rather than stopping the whole lint.
    static func load(_ bytes: [UInt8]) -> [CatalogueEntry] {
        guard let text = String(bytes: bytes, encoding: .utf8),
              let file = try? YAMLDecoder().decode(File.self, from: text)
        else { return [] }
        return file.formulations.map { CatalogueEntry($0.text, .formulation, source: $0.source) }
            + file.organisations.map { CatalogueEntry($0.text, .organisation, source: $0.source) }
            + file.terms.map { CatalogueEntry($0.text, .term, source: $0.source) }
    }
}
