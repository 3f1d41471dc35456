/// The diagrams of the served site: each diagram's DOT text and SVG by its DOT file
/// path (`journeys/<id>.dot`, `overview.dot`). Only a DOT text not drawn before is
/// drawn; drawings no diagram uses any more are dropped. Drawings are found by a hash
/// of the DOT text's bytes and confirmed by comparing the text, so no long string is
/// hashed as a dictionary key.
struct DiagramStore {
    struct Diagram {
        var dot: String
        var svg: String
        /// `DiagramStore.hash(dot)`.
        var hash: Int
    }

    private(set) var diagrams: [String: Diagram] = [:]
    /// Drawings by the hash of their DOT text, for DOT texts that come back.
    private var drawings: [Int: [Diagram]] = [:]

    func dot(_ dotPath: String) -> String? { diagrams[dotPath]?.dot }

    /// The SVG of the diagram whose DOT file is `dotPath`.
    func svg(_ dotPath: String) -> String? { diagrams[dotPath]?.svg }

    /// Sets the DOT texts of `dots` (DOT path -> text) and draws those not drawn yet
    /// with `renderer`, all in one request. Returns the DOT paths whose text changed.
    mutating func update(_ dots: [String: String], renderer: any DiagramRendering) throws(BuildError) -> Set<String> {
        let changed = dots.keys.filter { diagrams[$0]?.dot != dots[$0] }.sorted()
        var missing: [String] = []
        var asked: Set<Int> = []
        for path in changed {
            let dot = dots[path]!
            let hash = Self.hash(dot)
            if drawing(dot, hash) == nil, asked.insert(hash).inserted { missing.append(dot) }
        }
        for (dot, result) in zip(missing, renderer.render(missing)) {
            switch result {
            case .success(let svg):
                add(dot: dot, svg: svg)
            case .failure(let error):
                let path = changed.first { dots[$0] == dot } ?? "a diagram"
                throw BuildError("cannot draw \(path): \(error)")
            }
        }
        for path in changed {
            let dot = dots[path]!
            diagrams[path] = drawing(dot, Self.hash(dot))
        }
        return Set(changed)
    }

    /// Whether `dot` has been drawn (and is kept).
    func isDrawn(_ dot: String) -> Bool { drawing(dot, Self.hash(dot)) != nil }

    /// A drawing made elsewhere, for `update` to find.
    mutating func add(dot: String, svg: String) {
        guard !isDrawn(dot) else { return }
        let hash = Self.hash(dot)
        drawings[hash, default: []].append(Diagram(dot: dot, svg: svg, hash: hash))
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

    static func hash(_ text: String) -> Int {
        var hasher = Hasher()
        PageCache.feed(text, &hasher)
        return hasher.finalize()
    }
}
