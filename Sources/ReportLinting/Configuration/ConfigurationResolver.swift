import Foundation

/// Decides which configuration each draft is linted with: the one given with `--config`, or the
/// nearest `.reportkit.yml` beside the draft or in a parent folder, or the defaults. Each file is
/// loaded once, however many drafts it applies to.
public final class ConfigurationResolver {
    private let loader: ConfigurationLoader
    private let explicit: String?
    private let locator = ConfigurationLocator()
    private var loaded: [String: LintConfiguration] = [:]

    /// `explicit` is the `--config` path as given, if any.
    public init(knownRuleIDs: Set<String>, explicit: String? = nil) {
        self.loader = ConfigurationLoader(knownRuleIDs: knownRuleIDs)
        self.explicit = explicit
    }

    /// The configuration for the draft at `path`.
    public func configuration(for path: String) throws(ConfigurationError) -> LintConfiguration {
        if let explicit {
            return try load(URL(fileURLWithPath: explicit), displayPath: explicit)
        }
        guard let found = locator.configuration(for: URL(fileURLWithPath: path)) else { return .standard }
        return try load(found, displayPath: Self.displayPath(found))
    }

    private func load(_ url: URL, displayPath: String) throws(ConfigurationError) -> LintConfiguration {
        if let configuration = loaded[url.path] { return configuration }
        let configuration = try loader.load(contentsOf: url, displayPath: displayPath)
        loaded[url.path] = configuration
        return configuration
    }

    /// The path relative to the current folder when the file is inside it.
    static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }
}
