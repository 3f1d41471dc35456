/// The kinds of typed heading (Journey Markdown section 3).
public enum ElementKind: String, Sendable, CaseIterable {
    case stage = "Stage"
    case touchpoint = "Touchpoint"
    case microMoment = "Micro-moment"
    case tactic = "Tactic"
    case persona = "Persona"
    case segment = "Segment"

    /// Every spelling an author may write before the colon, lowercased, with the kind.
    public static let spellings: [(word: String, kind: ElementKind)] = [
        ("stage", .stage), ("phase", .stage),
        ("touchpoint", .touchpoint), ("touch point", .touchpoint), ("step", .touchpoint),
        ("micro-moment", .microMoment), ("moment", .microMoment),
        ("tactic", .tactic), ("persona", .persona), ("segment", .segment),
    ]

    /// The kind named by `word` (case-insensitive, inner spaces folded), if any.
    public static func named(_ word: Substring) -> ElementKind? {
        // Runs for every heading: fold to lowercase ASCII with single spaces in a small
        // buffer and compare bytes, without allocating.
        guard word.utf8.count <= 24 else { return nil }
        var folded: [UInt8] = []
        folded.reserveCapacity(16)
        var lastBlank = true
        for byte in word.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || byte == 0x09 {
                if !lastBlank { folded.append(0x20) }
                lastBlank = true
                continue
            }
            lastBlank = false
            folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        if folded.last == 0x20 { folded.removeLast() }
        for (bytes, kind) in spellingBytes where bytes == folded { return kind }
        return nil
    }

    private static let spellingBytes: [([UInt8], ElementKind)] = spellings.map { (Array($0.word.utf8), $0.kind) }

    /// Which parents an element of this kind may have (`nil` is the document).
    public func allows(parent: ElementKind?) -> Bool {
        switch self {
        case .stage, .persona, .segment: return parent == nil
        case .touchpoint: return parent == .stage
        case .microMoment: return parent == .stage || parent == .touchpoint
        case .tactic: return parent == nil || parent == .stage || parent == .touchpoint || parent == .microMoment
        }
    }

    /// The parents allowed, in words, for the `bad-parent` message.
    public var allowedParentsText: String {
        switch self {
        case .stage, .persona, .segment: return "the document (a level-2 heading, `## \(rawValue): ...`)"
        case .touchpoint: return "a Stage"
        case .microMoment: return "a Stage or a Touchpoint"
        case .tactic: return "a Stage, a Touchpoint, a Micro-moment or the document"
        }
    }
}
