import ReportModel

/// The numbered headings under one parent, in order, with where their numbering should start.
struct SiblingGroup {
    /// A section above a group, as far as messages need it.
    struct Parent {
        var marker: Marker?
        var title: String
    }

    /// The markers of the numbered siblings, in order (sections without a marker are left out).
    var markers: [Marker]
    /// The ordinal the first sibling should carry: 1, or the previous group's last + 1 when the
    /// document numbers this level continuously across groups (1–38 across （一）…（八）).
    var expectedStart: Int
    /// The sections above the group, outermost first (empty for the parts themselves).
    var path: [Parent]

    /// Where the group is, for messages: `第二部分`, `第一部分（二）`, or `一级标题`.
    var place: String { Self.place(of: path) }

    /// Every group of numbered siblings in the report, in document order.
    static func groups(in report: Report) -> [SiblingGroup] {
        var groups: [SiblingGroup] = []
        var lastOrdinal: [Int: Int] = [:]
        var path: [Parent] = []
        collect(report.sections, path: &path, lastOrdinal: &lastOrdinal, into: &groups)
        return groups
    }

    // Sections are read by index: a `for section in` loop would copy (and retain) each one.
    private static func collect(
        _ siblings: [Section], path: inout [Parent], lastOrdinal: inout [Int: Int],
        into groups: inout [SiblingGroup]
    ) {
        var markers: [Marker] = []
        for index in siblings.indices { if let marker = siblings[index].marker { markers.append(marker) } }
        if let first = markers.first {
            var start = 1
            if let previous = lastOrdinal[first.level], first.ordinal > 1, first.ordinal >= previous + 1 {
                // Continuous numbering: the group picks up where the previous group of this level ended
                // (a larger jump is a gap after that continuation, not a restart).
                start = previous + 1
            }
            groups.append(SiblingGroup(markers: markers, expectedStart: start, path: path))
            if let last = markers.last { lastOrdinal[first.level] = max(last.ordinal, start) }
        }
        for index in siblings.indices where !siblings[index].children.isEmpty {
            path.append(Parent(marker: siblings[index].marker, title: siblings[index].title))
            collect(siblings[index].children, path: &path, lastOrdinal: &lastOrdinal, into: &groups)
            path.removeLast()
        }
    }

    /// `第二部分` for the children of part 二, `第二部分（三）` for those of its （三）.
    static func place(of path: [Parent]) -> String {
        guard let part = path.first else { return "一级标题" }
        var text = part.marker.map { "第\(ChineseNumeral.string(for: $0.ordinal))部分" } ?? "“\(part.title)”部分"
        for section in path.dropFirst() {
            if let marker = section.marker { text += marker.raw.trimmingMarkerPunctuation } else { text += "“\(section.title)”" }
        }
        return text
    }

    /// The style most siblings use, preferring GB/T 9704's for the level on a tie.
    var prevailingFamily: MarkerFamily? {
        guard let level = markers.first?.level else { return nil }
        // Four counters, not a dictionary: one per family, in `MarkerFamily.allCases` order.
        var counts = (0, 0, 0, 0)
        for marker in markers {
            switch MarkerFamily(marker.style) {
            case .chineseComma: counts.0 += 1
            case .chineseParen: counts.1 += 1
            case .arabicDot: counts.2 += 1
            case .arabicParen: counts.3 += 1
            }
        }
        let standard = MarkerFamily(MarkerStyle.standard(forLevel: level))
        var best: (family: MarkerFamily, count: Int)?
        for (family, count) in zip(MarkerFamily.allCases, [counts.0, counts.1, counts.2, counts.3]) where count > 0 {
            // The most used family; on a tie the standard one, else the first in `allCases` order.
            if let current = best, current.count > count || (current.count == count && family != standard) { continue }
            best = (family, count)
        }
        return best?.family
    }
}
