/// One form whose wording is fixed: an official formulation, an organisation's name or a term,
/// with the document it is taken from.
struct CatalogueEntry: Sendable, Hashable {
    enum Kind: String, Sendable {
        case formulation, organisation, term

        /// How a message names the kind.
        var chineseName: String {
            switch self {
            case .formulation: "规范表述"
            case .organisation: "机构名称"
            case .term: "规范用语"
            }
        }
    }

    var text: String
    var kind: Kind
    /// Where the exact form is written (a standard, a law, a central document); empty for a city's own.
    var source: String

    init(_ text: String, _ kind: Kind, source: String) {
        self.text = text
        self.kind = kind
        self.source = source
    }
}
