import JourneyCore

/// Pairs the diagnostics of two sides. A finding is the same on both when it is in the
/// same file (relative to its maps folder), from the same check and about the same
/// element (the typed heading it sits under, else the document): lines move with every
/// edit above them, so they are never compared. Findings with the same message pair
/// first; the rest of each group pairs in order, and what is left over is new or fixed.
enum DiagnosticMatcher {
    struct Key: Hashable {
        var file: String
        var check: CheckID
        var element: String
    }

    static func match(base: Project?, head: Project?) -> (new: [Diagnostic], fixed: [Diagnostic]) {
        let before = keyed(base)
        let after = keyed(head)
        var unmatchedBefore = Dictionary(grouping: before.indices, by: { before[$0].key })
        var new: [Diagnostic] = []
        var pairedBefore = Set<Int>()
        var leftover: [(key: Key, index: Int)] = []
        // Exact message matches first.
        for (i, entry) in after.enumerated() {
            if let candidates = unmatchedBefore[entry.key],
               let hit = candidates.firstIndex(where: { before[$0].diagnostic.message == entry.diagnostic.message }) {
                pairedBefore.insert(candidates[hit])
                unmatchedBefore[entry.key]!.remove(at: hit)
            } else {
                leftover.append((entry.key, i))
            }
        }
        for (key, i) in leftover {
            if var candidates = unmatchedBefore[key], !candidates.isEmpty {
                pairedBefore.insert(candidates.removeFirst())
                unmatchedBefore[key] = candidates
            } else {
                new.append(after[i].diagnostic)
            }
        }
        let fixed = before.indices.filter { !pairedBefore.contains($0) }.map { before[$0].diagnostic }
        return (new.sorted(by: Diagnostic.sortKey), fixed.sorted(by: Diagnostic.sortKey))
    }

    private static func keyed(_ project: Project?) -> [(key: Key, diagnostic: Diagnostic)] {
        guard let project else { return [] }
        var locators: [String: ElementLocator] = [:]
        return project.diagnostics.map { d in
            var element = "document"
            if let source = project.sources[d.file] {
                let locator = locators[d.file] ?? ElementLocator(source)
                locators[d.file] = locator
                element = locator.element(at: d.line)
            }
            return (Key(file: MapDiffer.relative(d.file, root: project.root), check: d.id, element: element), d)
        }
    }
}

/// The element a line of a map belongs to: the nearest typed heading at or above it,
/// as `kind/id` (`touchpoint/cart`), or `document`.
struct ElementLocator {
    /// Lines of the element headings, in order, with their keys.
    private var headings: [(line: Int, key: String)] = []

    init(_ source: SourceText) {
        var fence: Substring?
        for (i, raw) in source.lines.enumerated() {
            let text = raw.drop { $0 == " " }
            // Headings inside fenced code are text.
            if let open = fence {
                if text.hasPrefix(open) { fence = nil }
                continue
            }
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                fence = text.prefix(3)
            } else if text.hasPrefix("#"), let key = Self.key(text) {
                headings.append((i + 1, key))
            }
        }
    }

    func element(at line: Int) -> String {
        headings.last { $0.line <= line }?.key ?? "document"
    }

    /// `kind/id` of an ATX heading line that declares an element.
    private static func key(_ line: Substring) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes >= 1, hashes <= 6 else { return nil }
        var text = line.dropFirst(hashes)
        guard text.isEmpty || text.first == " " || text.first == "\t" else { return nil }
        text = text.trimmed()
        // A closing sequence of `#` after a blank is not part of the heading.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count, text.dropLast(closing).last == " " { text = text.dropLast(closing).trimmed() }
        guard let element = HeadingClassifier.element(String(text)) else { return nil }
        let id = element.explicitID ?? Slug.make(element.title)
        return element.kind.rawValue.lowercased() + "/" + id
    }
}
