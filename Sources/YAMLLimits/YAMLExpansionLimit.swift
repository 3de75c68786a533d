import Yams

/// Guards against YAML "billion laughs": a few lines of anchors and aliases (`&a [*b, *b, …]`, nine
/// levels deep) that name billions of nodes once every alias is followed.
///
/// Yams composes an alias as a shared copy of its anchored node, so composing is cheap; the cost comes
/// when a loader walks the tree. `check` walks it first with a budget and stops as soon as the budget is
/// spent, so that a hostile file costs at most `limit` steps. Used by every YAML loader (the lint
/// configuration, the evaluation scheme template and the district data).
public enum YAMLExpansionLimit {
    /// More nodes than this, counting every alias as a full copy, is refused. Real configuration,
    /// template and data files have a few thousand.
    public static let defaultLimit = 200_000

    /// The line of the node being counted when the budget ran out (1 when no node had a position),
    /// or nil when the tree stays within `limit` nodes.
    public static func excessLine(in root: Node, limit: Int = defaultLimit) -> Int? {
        var budget = limit
        var pending: [Node] = [root]
        var lastLine: Int?
        while let node = pending.popLast() {
            budget -= 1
            if let mark = node.mark { lastLine = mark.line }
            if budget < 0 { return lastLine ?? 1 }
            switch node {
            case .scalar, .alias: continue
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            }
        }
        return nil
    }

    /// The Chinese explanation shown when a file is refused.
    public static let message = "YAML 中的锚点和别名（& 与 *）展开后过大（超过 \(defaultLimit) 个节点），疑似“别名炸弹”，拒绝读取"
}
