import JourneyCore

extension Project {
    /// The project as the site shows it: every map file named by its path relative to
    /// the maps folder (`outdoor-retail/trail-running.md`), in the journeys, the
    /// diagnostics and their messages, so that no page or JSON file of the site tells
    /// where the maps lay on the machine that built it. The CLI's own output keeps the
    /// paths as given.
    public func withMapPathsRelative() -> Project {
        let prefix = (root.hasSuffix("/") ? String(root.dropLast()) : root) + "/"
        func relative(_ path: String) -> String {
            path.hasPrefix(prefix) && path.count > prefix.count ? String(path.dropFirst(prefix.count)) : path
        }
        // Messages name other files by their whole path (`defined at maps/a.md:3`): those
        // paths are replaced, longest first, and no other text that happens to hold
        // the folder's name.
        var files = Set(sources.keys)
        files.formUnion(journeys.map(\.document.file))
        files.formUnion(diagnostics.map(\.file))
        let replacements = files.filter { $0.hasPrefix(prefix) }.sorted { ($0.count, $0) > ($1.count, $1) }
            .map { ($0, relative($0)) }
        func rewrite(_ text: String) -> String {
            guard text.contains(prefix) else { return text }
            var text = text
            for (path, short) in replacements where text.contains(path) { text = text.replacing(path, with: short) }
            return text
        }
        var p = self
        for i in p.journeys.indices { p.journeys[i].document.file = relative(p.journeys[i].document.file) }
        for i in p.diagnostics.indices {
            p.diagnostics[i].file = relative(p.diagnostics[i].file)
            p.diagnostics[i].message = rewrite(p.diagnostics[i].message)
            p.diagnostics[i].fix = p.diagnostics[i].fix.map(rewrite)
        }
        return p
    }
}
