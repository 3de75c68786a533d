import ReportModel

/// The numbered headings under one parent, in order, with where their numbering should start.
struct SiblingGroup {
    /// The numbered siblings (sections without a marker are left out).
    var sections: [Section]
    /// The ordinal the first sibling should carry: 1, or the previous group's last + 1 when the
    /// document numbers this level continuously across groups (1–38 across （一）…（八）).
    var expectedStart: Int
    /// The sections above the group, outermost first (empty for the parts themselves).
    var path: [Section]

    /// Where the group is, for messages: `第二部分`, `第一部分（二）`, or `一级标题`.
    var place: String { Self.place(of: path) }

    /// Every group of numbered siblings in the report, in document order.
    static func groups(in report: Report) -> [SiblingGroup] {
        var groups: [SiblingGroup] = []
        var lastOrdinal: [Int: Int] = [:]
        collect(report.sections, path: [], lastOrdinal: &lastOrdinal, into: &groups)
        return groups
    }

    private static func collect(
        _ siblings: [Section], path: [Section], lastOrdinal: inout [Int: Int],
        into groups: inout [SiblingGroup]
    ) {
        let numbered = siblings.filter { $0.marker != nil }
        if let first = numbered.first?.marker {
            var start = 1
            if let previous = lastOrdinal[first.level], first.ordinal > 1, first.ordinal >= previous + 1 {
                // Continuous numbering: the group picks up where the previous group of this level ended
                // (a larger jump is a gap after that continuation, not a restart).
                start = previous + 1
            }
            groups.append(SiblingGroup(sections: numbered, expectedStart: start, path: path))
            if let last = numbered.last?.marker { lastOrdinal[first.level] = max(last.ordinal, start) }
        }
        for section in siblings where !section.children.isEmpty {
            collect(section.children, path: path + [section], lastOrdinal: &lastOrdinal, into: &groups)
        }
    }

    /// `第二部分` for the children of part 二, `第二部分（三）` for those of its （三）.
    static func place(of path: [Section]) -> String {
        guard let part = path.first else { return "一级标题" }
        var text = part.marker.map { "第\(ChineseNumeral.string(for: $0.ordinal))部分" } ?? "“\(part.title)”部分"
        for section in path.dropFirst() {
            if let marker = section.marker { text += marker.raw.trimmingMarkerPunctuation } else { text += "“\(section.title)”" }
        }
        return text
    }

    /// The style most siblings use, preferring GB/T 9704's for the level on a tie.
    var prevailingFamily: MarkerFamily? {
        var counts: [MarkerFamily: Int] = [:]
        for section in sections { if let marker = section.marker { counts[MarkerFamily(marker.style), default: 0] += 1 } }
        guard let level = sections.first?.marker?.level else { return nil }
        let standard = MarkerFamily(MarkerStyle.standard(forLevel: level))
        return counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : (rhs.key == standard)
        }?.key
    }
}
