import Foundation
import ReportModel

/// Values worked out once per lint run and shared by the rules that need them (a report's decoded
/// texts, its figures, its missed indicator targets). Each `RuleContext` carries its own memo, and
/// the engine makes one context per report, so nothing outlives a run or is shared between reports
/// linted at the same time; each value also remembers the report it was worked out for.
final class RunMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: (report: Report, value: any Sendable)] = [:]

    init() {}

    fileprivate func value<T>(_ key: String, of report: Report, as type: T.Type) -> T? {
        lock.withLock {
            // `==` is quick for the same report: its arrays and strings share storage.
            guard let entry = values[key], entry.report == report else { return nil }
            return entry.value as? T
        }
    }

    fileprivate func store(_ value: any Sendable, for key: String, of report: Report) {
        lock.withLock { values[key] = (report, value) }
    }

    fileprivate func forget(_ key: String) {
        _ = lock.withLock { values.removeValue(forKey: key) }
    }

    /// Whether a value is kept under `key` (for tests).
    func holds(_ key: String) -> Bool { lock.withLock { values[key] != nil } }
}

/// The name and type of a value rules share within a run (`SharedKey<[MissedTarget]>("FigureRules.missedTargets")`):
/// a rule asks `context.shared(key, of: report) { … }` and gets a value of that type, never a cast.
public struct SharedKey<Value: Sendable>: Sendable {
    public let name: String
    public init(_ name: String) { self.name = name }
}

extension RuleContext {
    /// Frees the texts the rules that read every text decoded (`RuleText.all(in:context:)`), once
    /// the last of them has run; a later rule that asks decodes them again.
    package func forgetDecodedTexts() { memo.forget(RuleText.contextKey) }

    /// The value under `key` for `report`, worked out once per run (see `shared(_:of:_:)` by name).
    public func shared<Value: Sendable>(_ key: SharedKey<Value>, of report: Report, _ compute: () -> Value) -> Value {
        shared(key.name, of: report, compute)
    }

    /// The value under `key` for `report`: the one the engine passed in `extensions`, else the one
    /// the first rule to ask worked out during this run, else `compute()` now (outside the lock,
    /// so that a computation may itself ask for shared values).
    public func shared<T: Sendable>(_ key: String, of report: Report, _ compute: () -> T) -> T {
        if let given = extensions[key] as? T { return given }
        if let known = memo.value(key, of: report, as: T.self) { return known }
        let value = compute()
        memo.store(value, for: key, of: report)
        return value
    }
}
