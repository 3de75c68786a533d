/// A rule option's value as written in `.reportkit.yml`.
public enum RuleOptionValue: Hashable, Sendable, Codable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([String])
}

/// The options one rule was given in the configuration, by name.
public struct RuleOptions: Hashable, Sendable {
    public var values: [String: RuleOptionValue]

    public init(_ values: [String: RuleOptionValue] = [:]) { self.values = values }

    public func strings(_ name: String) -> [String] {
        switch values[name] {
        case .list(let list): list
        case .string(let string): [string]
        default: []
        }
    }

    public func number(_ name: String) -> Double? {
        if case .number(let number) = values[name] { return number }
        return nil
    }

    public func bool(_ name: String) -> Bool? {
        if case .bool(let bool) = values[name] { return bool }
        return nil
    }

    public func string(_ name: String) -> String? {
        if case .string(let string) = values[name] { return string }
        return nil
    }
}
