import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities

/// Sets of part labels that together make up the whole: `公办` + `民办` is every school, `男` + `女`
/// every pupil. Parts that cover such a set must add up to their total, not merely stay below it.
struct ExhaustiveGroup: Hashable, Sendable {
    var members: [String]
    /// Whether the total must name every member for the set to be complete: `小学` + `初中` make up
    /// `小学和初中在校生`, but not all `在校生` (there are 高中 and 幼儿园 pupils too).
    var requiresTotalToNameMembers: Bool

    static let defaults: [ExhaustiveGroup] = [
        ExhaustiveGroup(members: ["公办", "民办"], requiresTotalToNameMembers: false),
        ExhaustiveGroup(members: ["城镇", "农村"], requiresTotalToNameMembers: false),
        ExhaustiveGroup(members: ["城市", "农村"], requiresTotalToNameMembers: false),
        ExhaustiveGroup(members: ["城区", "农村"], requiresTotalToNameMembers: false),
        ExhaustiveGroup(members: ["男", "女"], requiresTotalToNameMembers: false),
        ExhaustiveGroup(members: ["小学", "初中"], requiresTotalToNameMembers: true),
        ExhaustiveGroup(members: ["小学", "初中", "高中"], requiresTotalToNameMembers: true),
    ]

    /// The defaults plus the groups in the `exhaustive` option, each written `甲/乙[/丙]`.
    static func configured(_ options: RuleOptions) -> [ExhaustiveGroup] {
        defaults + options.strings("exhaustive").compactMap { text in
            let members = text.split(separator: "/").map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return members.count >= 2 ? ExhaustiveGroup(members: members, requiresTotalToNameMembers: false) : nil
        }
    }

    /// The member a part's label names, when it names exactly one.
    func member(of label: String) -> String? {
        let named = members.filter { label.containsText($0) }
        // `非在编` names `在编` too: a member inside a longer named member does not count.
        let distinct = named.filter { member in !named.contains { $0 != member && $0.containsText(member) } }
        return distinct.count == 1 ? distinct[0] : nil
    }

    /// Whether `parts` name every member and nothing else, so that they make up `total`.
    func isCovered(by parts: [Quantity], total: Quantity) -> Bool {
        if requiresTotalToNameMembers, !members.allSatisfy({ total.label.containsText($0) }) { return false }
        var seen: Set<String> = []
        for part in parts {
            guard let member = member(of: part.label) else { return false }
            seen.insert(member)
        }
        return seen.count == members.count
    }
}
