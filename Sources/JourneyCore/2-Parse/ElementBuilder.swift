/// Turns the scanned structure of a map body into typed elements, checking every
/// property against the schema (unknown, duplicate, missing keys and bad values)
/// and every element against its allowed parents.
struct ElementBuilder {
    let source: SourceText
    var reader: ValueReader

    init(source: SourceText, file: String, vocabulary: Vocabulary) {
        self.source = source
        reader = ValueReader(vocabulary: vocabulary, sink: DiagnosticSink(file: file))
    }

    var diagnostics: [Diagnostic] { reader.sink.items }

    /// Where a raw element landed in the typed document.
    enum Place {
        case stage(Int)
        case touchpoint(Int, Int)
        case moment(stage: Int, touchpoint: Int?, index: Int)
        case tactic(Int)
        case other
        /// Left out of the model: under a parent it may not have, or below such an element.
        case dropped
    }

    mutating func build(_ raw: RawDocument, into doc: inout MapDocument) {
        let hasStages = raw.elements.contains { $0.kind == .stage && $0.parent == nil }
        var places: [Place] = []
        places.reserveCapacity(raw.elements.count)
        for element in raw.elements {
            let parentPlace = element.parent.map { places[$0] }
            let parentKind = element.parent.map { raw.elements[$0].kind }
            var header = makeHeader(element)
            let owner = "\(element.kind.rawValue) '\(header.title.isEmpty ? header.id : header.title)'"
            if !element.kind.allows(parent: parentKind) || (element.kind == .tactic && parentKind == nil && !hasStages) {
                reportBadParent(element, parentKind: parentKind, owner: owner, library: !hasStages)
                _ = readProperties(element, kind: element.kind, owner: owner, header: &header)
                places.append(.dropped)
                continue
            }
            // Under a dropped parent the element is left out too, but its own keys are
            // still checked: every broken rule is reported, not only the first.
            if case .dropped? = parentPlace {
                _ = readProperties(element, kind: element.kind, owner: owner, header: &header)
                places.append(.dropped)
                continue
            }
            let values = readProperties(element, kind: element.kind, owner: owner, header: &header)
            places.append(place(element.kind, header: header, values: values, parent: parentPlace,
                                rawElement: element, owner: owner, into: &doc))
        }
    }

    private mutating func reportBadParent(_ element: RawElement, parentKind: ElementKind?, owner: String, library: Bool) {
        let under = parentKind.map { "a \($0.rawValue)" } ?? "the document"
        var message = "\(owner) may not stand under \(under); its parent must be \(element.kind.allowedParentsText)"
        if element.kind == .tactic, parentKind == nil, library {
            message = "\(owner) stands in a library document (no Stage), which may define only Personas and Segments; move it into a journey"
        } else if element.kind == .touchpoint, parentKind == nil {
            message += "; add a '## Stage: ...' heading above it or make it a level-3 heading under a Stage"
        } else {
            message += "; change the heading level so it nests under a valid parent"
        }
        reader.sink.report(.badParent, at: element.headingRange, message)
    }

    private mutating func makeHeader(_ element: RawElement) -> ElementHeader {
        var id = Slug.make(element.title)
        if let explicit = element.explicitID {
            if ElementBuilder.isValidID(explicit.value), !explicit.value.hasPrefix(".") {
                id = explicit.value
            } else {
                let suggestion = Slug.make(explicit.value)
                // A leading dot would hide a page's file (`personas/.x.html`) or climb out
                // of its folder (`..`).
                let rule = ElementBuilder.isValidID(explicit.value) ? "may not start with '.'"
                    : "may contain only letters, digits, '-', '_' and '.'"
                reader.sink.report(.badValue, at: explicit.range,
                                   "id '\(explicit.value)' \(rule)" + (suggestion.isEmpty ? "" : "; write {#\(suggestion)}"),
                                   fix: suggestion.isEmpty ? nil : suggestion)
                id = suggestion
            }
        } else if element.title.isEmpty {
            reader.sink.report(.badValue, at: element.headingRange,
                               "\(element.kind.rawValue) heading has no title; write '\(String(repeating: "#", count: element.level)) \(element.kind.rawValue): Title'")
        } else if id.isEmpty {
            reader.sink.report(.badValue, at: titleRange(element),
                               "the title '\(element.title)' gives an empty id (its slug keeps only ASCII letters and digits); add an explicit id: '\(element.title) {#some-id}'")
        }
        if element.kind == .persona || element.kind == .segment, id.utf8.count > ElementBuilder.longestPageID {
            reader.sink.report(.badValue, at: element.explicitID?.range ?? titleRange(element),
                               "\(element.kind.rawValue) id '\(id)' is \(id.utf8.count) bytes long; an id that names a page "
                               + "may have at most \(ElementBuilder.longestPageID); add a shorter id: '{#some-id}'")
        }
        let notes = NotesCollector.collect(element.notes, from: source)
        return ElementHeader(kind: element.kind, id: id, title: element.title, range: element.headingRange,
                             level: element.level, notes: notes)
    }

    /// Where the title stands in the heading line (a diagnostic about it points there),
    /// or the heading when the title is not found as written (inline markup).
    private func titleRange(_ element: RawElement) -> SourceRange {
        let start = element.headingRange.start
        let line = source.rest(ofLine: start.line, from: start.column)
        guard let colon = line.firstIndex(of: ":"),
              let found = line[line.index(after: colon)...].indices.first(where: { line[$0...].hasPrefix(element.title) })
        else { return element.headingRange }
        let offset = line.distance(from: line.startIndex, to: found)
        return SourceRange(line: start.line, column: start.column + offset, length: element.title.count)
    }

    /// Ids that name a page of the site (journeys, personas, segments) are file names
    /// (`personas/<id>.html`): at most 200 bytes leaves room under the 255 of a file name
    /// for every prefix and extension the site adds (`tactics/segment-<id>.html`).
    static let longestPageID = 200

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { s in
            (s.properties.isAlphabetic || s.properties.numericType != nil || s == "-" || s == "_" || s == ".")
        }
    }
}
