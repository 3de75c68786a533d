/// Follows, tag by tag, the parts of a WordprocessingML part that hold no text a walker reads: the
/// subtree of an element it skips, and every branch of `mc:AlternateContent` after the first (the
/// reader reads one branch only).
struct SkippedMarkup {
    private var depth = 0
    private var alternates: [Bool] = []
    /// Elements whose whole subtree is skipped.
    let skippedElements: Set<Substring>

    init(skipping elements: Set<Substring> = []) {
        skippedElements = elements
    }

    /// Whether `tag` lies in (or opens) a skipped part. Call it for every tag, in order.
    mutating func skips(_ tag: XMLTagScanner.Tag) -> Bool {
        if depth > 0 {
            switch tag.kind {
            case .start: depth += 1
            case .end: depth -= 1
            case .empty: break
            }
            return true
        }
        switch (tag.kind, tag.name) {
        case (.start, "mc:AlternateContent"):
            alternates.append(false)
        case (.end, "mc:AlternateContent"):
            _ = alternates.popLast()
        case (.start, "mc:Choice"), (.start, "mc:Fallback"):
            if alternates.last == true {
                depth = 1
                return true
            }
            if !alternates.isEmpty { alternates[alternates.count - 1] = true }
        case (.start, let name) where skippedElements.contains(name):
            depth = 1
            return true
        default:
            break
        }
        return false
    }
}
