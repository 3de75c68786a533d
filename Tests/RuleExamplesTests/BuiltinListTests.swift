import Foundation
import ReportKitBuiltins
import Testing
import TestSupport

/// The built-in list is complete: every plugin target under `Plugins/` (the C system-library
/// wrappers aside) gives rules or writers to it, so a new plugin cannot be forgotten.
@Suite struct BuiltinListTests {
    /// The folders under `Plugins/` that hold Swift targets (a system library has a module map instead).
    static func pluginTargets() throws -> Set<String> {
        let plugins = Repository.root.appendingPathComponent("Plugins")
        let names = try FileManager.default.contentsOfDirectory(atPath: plugins.path)
        return Set(names.filter { name in
            let folder = plugins.appendingPathComponent(name).path
            return !FileManager.default.fileExists(atPath: folder + "/module.modulemap")
                && ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { !$0.hasPrefix(".") }
        })
    }

    @Test func everyPluginTargetIsInTheList() throws {
        let targets = try Self.pluginTargets()
        #expect(targets.count >= 11)
        #expect(targets == BuiltinPlugins.modules, "Plugins/ 下的插件应全部列入 BuiltinPlugins")
    }

    @Test func idsAreUnique() {
        let rules = BuiltinPlugins.rules.map(\.metadata.id)
        #expect(Set(rules).count == rules.count)
        let writers = BuiltinPlugins.writers.map(\.id)
        #expect(Set(writers).count == writers.count)
    }
}
