/// Fits the headings of notes under the page's own, so that the page's outline has no
/// skipped levels (a note's `#### Deep` under a journey's `<h1>` becomes `<h2>`).
public enum HeadingOutline {
    /// The levels a fragment's outline may start at: HTML has `<h1>` to `<h6>`.
    public static let tops = 1...6

    /// The page level of each heading of a fragment, given their Markdown levels in
    /// document order, when the fragment's outline starts at `top`.
    ///
    /// Each heading nests under the nearest earlier heading of the fragment with a lower
    /// Markdown level, one level deeper than it; a heading with none starts at `top`.
    /// So the distinct levels of a simple outline become `top`, `top + 1`, ..., a heading
    /// is at most one level below the heading before it, and siblings stay siblings.
    /// Levels stop at 6: HTML has no `<h7>`.
    public static func levels(_ levels: [Int], top: Int) -> [Int] {
        let first = min(max(top, tops.lowerBound), tops.upperBound)
        // The open outline: (Markdown level, page level) of each enclosing heading.
        var open: [(source: Int, page: Int)] = []
        return levels.map { level in
            while let last = open.last, last.source >= level { open.removeLast() }
            let page = min(tops.upperBound, (open.last?.page ?? first - 1) + 1)
            open.append((level, page))
            return page
        }
    }
}
