import ReportPluginKit

/// The one way rules receive the evaluation scheme.
///
/// The composition root (`reportkit lint`, the server) loads the scheme with `SchemeTemplateLoader`
/// and attaches it to the context; a rule asks `context.scheme(for: metadata.id)` and gets that
/// scheme, or, when none was attached, the scheme its own options describe (`points:` for the
/// points, `city`, `title`, `issuer`, `document_number` for the citation), so that a rule's
/// examples and a `.reportkit.yml` without a template work the same way.
extension RuleContext {
    /// A context that carries `scheme` (tests and callers that build a context themselves).
    public init(
        scheme: EvaluationScheme?, ruleOptions: [String: RuleOptions] = [:],
        today: (year: Int, month: Int, day: Int) = (2026, 1, 1)
    ) {
        self.init(ruleOptions: ruleOptions, today: today)
        if let scheme { attach(scheme) }
    }

    /// Gives the rules of this run `scheme`, the scheme the draft answers.
    public mutating func attach(_ scheme: EvaluationScheme) {
        extensions[EvaluationScheme.contextKey] = scheme
    }

    /// The scheme for the rule `ruleID`: the attached one, else one built from the rule's options
    /// (nil when they give neither points nor a title).
    public func scheme(for ruleID: String) -> EvaluationScheme? {
        if let scheme = extensions[EvaluationScheme.contextKey] as? EvaluationScheme { return scheme }
        return EvaluationScheme(options: options(for: ruleID))
    }
}

extension EvaluationScheme {
    /// What to pass as a lint run's `extensions` (`LintEngine.lint(_:extensions:)`) so that its
    /// rules receive this scheme: the same as `attach(_:)` on each rule's context.
    public var ruleExtensions: [String: any Sendable] { [Self.contextKey: self] }

    /// The scheme a rule's options describe: `points` (titles, one untitled category, ids P1, P2…),
    /// `city`, `title`, `issuer`, `document_number`; nil when there are neither points nor a title.
    init?(options: RuleOptions) {
        let titles = options.strings("points")
        let title = options.string("title")
        guard !titles.isEmpty || title != nil else { return nil }
        let points = titles.enumerated().map { EvaluationPoint(id: "P\($0.offset + 1)", title: $0.element) }
        self.init(
            city: options.string("city") ?? "", year: 0, title: title ?? "", issuer: options.string("issuer") ?? "",
            documentNumber: options.string("document_number"),
            categories: points.isEmpty ? [] : [SchemeCategory(id: "P", title: "评价要点", points: points)])
    }
}
