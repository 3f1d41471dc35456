/// The diagrams of the served site: each diagram's DOT text and drawing by its DOT file
/// path (`journeys/<id>.dot`, `overview.dot`). Only a DOT text not drawn before is
/// drawn; drawings no diagram uses any more are dropped. Drawings are found by a hash
/// of the DOT text's bytes and confirmed by comparing the text, so no long string is
/// hashed as a dictionary key.
struct DiagramStore {
    struct Diagram {
        var dot: String
        /// The SVG, or why Graphviz could not draw it (`diagram-failed`).
        var drawing: Result<String, DiagramJob.Failure>
        /// `DiagramStore.hash(dot)`.
        var hash: Int

        var svg: String? { try? drawing.get() }
    }

    private(set) var diagrams: [String: Diagram] = [:]
    /// Drawings by the hash of their DOT text, for DOT texts that come back.
    private var drawings: [Int: [Diagram]] = [:]

    func dot(_ dotPath: String) -> String? { diagrams[dotPath]?.dot }

    /// The SVG of the diagram whose DOT file is `dotPath`, nil when it was not drawn.
    func svg(_ dotPath: String) -> String? { diagrams[dotPath]?.svg }

    /// Why Graphviz could not draw the diagram at `dotPath`, if it could not.
    func failure(_ dotPath: String) -> String? {
        guard case .failure(let failure)? = diagrams[dotPath]?.drawing else { return nil }
        return failure.reason
    }

    /// Sets the DOT texts of `dots` (DOT path -> text) and draws those not drawn yet
    /// with `renderer`, all in one request. Returns the DOT paths whose text changed.
    mutating func update(_ dots: [String: String], renderer: any DiagramRendering) throws(BuildError) -> Set<String> {
        let changed = dots.keys.filter { diagrams[$0]?.dot != dots[$0] }.sorted()
        var missing: [(name: String, dot: String)] = []
        var asked: Set<Int> = []
        for path in changed {
            let dot = dots[path]!
            let hash = Self.hash(dot)
            if drawing(dot, hash) == nil, asked.insert(hash).inserted { missing.append((Self.name(path), dot)) }
        }
        for (diagram, drawn) in zip(missing, try renderer.render(missing)) { add(dot: diagram.dot, drawing: drawn) }
        for path in changed {
            let dot = dots[path]!
            diagrams[path] = drawing(dot, Self.hash(dot))
        }
        return Set(changed)
    }

    /// Drops the diagram at `dotPath` (a journey too large to draw).
    mutating func remove(_ dotPath: String) { diagrams[dotPath] = nil }

    /// Whether `dot` has been drawn (and is kept).
    func isDrawn(_ dot: String) -> Bool { drawing(dot, Self.hash(dot)) != nil }

    /// A drawing made elsewhere, for `update` to find.
    mutating func add(dot: String, drawing: Result<String, DiagramJob.Failure>) {
        guard !isDrawn(dot) else { return }
        let hash = Self.hash(dot)
        drawings[hash, default: []].append(Diagram(dot: dot, drawing: drawing, hash: hash))
    }

    private func drawing(_ dot: String, _ hash: Int) -> Diagram? {
        drawings[hash]?.first { $0.dot == dot }
    }

    /// Keeps only the diagrams at `paths`, the drawings they use, and the drawing of
    /// `wanted` (drawn for a diagram that has yet to take it).
    mutating func keep(only paths: Set<String>, wanted: String? = nil) {
        diagrams = diagrams.filter { paths.contains($0.key) }
        var kept = Array(diagrams.values)
        if let wanted, let drawing = drawing(wanted, Self.hash(wanted)) { kept.append(drawing) }
        var used: [Int: [Diagram]] = [:]
        for diagram in kept where used[diagram.hash]?.contains(where: { $0.dot == diagram.dot }) != true {
            used[diagram.hash, default: []].append(diagram)
        }
        drawings = used
    }

    /// What a diagram is called in messages, as `build` calls it: the journey id, or
    /// `overview`.
    static func name(_ dotPath: String) -> String {
        let file = dotPath.split(separator: "/").last.map(String.init) ?? dotPath
        return file.hasSuffix(".dot") ? String(file.dropLast(4)) : file
    }

    static func hash(_ text: String) -> Int {
        var hasher = Hasher()
        PageCache.feed(text, &hasher)
        return hasher.finalize()
    }
}
