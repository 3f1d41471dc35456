/// The form a property value must have (Journey Markdown section 4, Values).
public enum ValueType: Sendable, Equatable {
    case text
    case refList
    /// Comma-separated free text (`actor: Customer, Waiter`), each part one item.
    case textList
    case channels
    case score
    case emotion
    case percent
    case rate
    case kpi
    case yesNo
    case scoreList
    case flow
    case word([String])
    case integer(ClosedRange<Int>)
    case experiment
}

/// One key an element accepts.
public struct KeySpec: Sendable {
    /// The key as the spec writes it (`moment of truth`).
    public var name: String
    public var type: ValueType
    /// May appear many times and take a nested list.
    public var repeatable: Bool
    public var required: Bool

    init(_ name: String, _ type: ValueType, repeatable: Bool = false, required: Bool = false) {
        self.name = name
        self.type = type
        // Every reference list may repeat (section 4).
        self.repeatable = repeatable || type == .refList
        self.required = required
    }
}

/// The keys of every element kind, of front matter and of `experiment:`.
public enum Schema {
    /// Keys compare case-insensitively with spaces, `-` and `_` removed.
    public static func normalize<S: StringProtocol>(_ key: S) -> String {
        // Byte loops for ASCII keys (all real ones): this runs for every property line.
        if key.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return String(key) }
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(key.utf8.count)
            for b in key.utf8 where b != 0x20 && b != 0x2D && b != 0x5F && b != 0x09 {
                bytes.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        for ch in key.lowercased() where ch != " " && ch != "-" && ch != "_" && ch != "\t" {
            out.append(ch)
        }
        return out
    }

    /// The spec of `key` for `kind`, if the kind has it.
    public static func spec(_ kind: ElementKind, _ normalizedKey: String) -> KeySpec? {
        // One static table per kind: no nested dictionary copy on this per-property path.
        switch kind {
        case .stage: return stageTable[normalizedKey]
        case .touchpoint: return touchpointTable[normalizedKey]
        case .microMoment: return momentTable[normalizedKey]
        case .tactic: return tacticTable[normalizedKey]
        case .persona: return personaTable[normalizedKey]
        case .segment: return segmentTable[normalizedKey]
        }
    }

    public static func keys(_ kind: ElementKind) -> [KeySpec] { lists[kind] ?? [] }

    public static let experimentKeys: [KeySpec] = [
        KeySpec("baseline", .percent, required: true),
        KeySpec("lift", .percent, required: true),
        KeySpec("metric", .text),
        KeySpec("variants", .integer(2...10)),
        KeySpec("traffic", .rate),
    ]

    public static let tacticTypes = ["stage", "channel", "behavioral", "contextual", "predictive", "omnichannel"]
    public static let consentBases = ["consent", "contract", "legal obligation", "vital interests", "public task",
                                      "legitimate interest", "legitimate interests", "none needed"]

    private static let text = ValueType.text
    private static let lanes: [KeySpec] = ["action", "thought", "pain", "opportunity", "source"].map {
        KeySpec($0, .text, repeatable: true)
    }

    static let lists: [ElementKind: [KeySpec]] = [
        .stage: [KeySpec("goal", text), KeySpec("kpi", .kpi, repeatable: true), KeySpec("owner", text)]
            + lanes + [KeySpec("emotion", .emotion), KeySpec("duration", text)],
        .touchpoint: [
            KeySpec("channel", .channels, required: true),
            KeySpec("action", text, repeatable: true), KeySpec("thought", text, repeatable: true),
            KeySpec("emotion", .emotion), KeySpec("pain", text, repeatable: true),
            KeySpec("opportunity", text, repeatable: true), KeySpec("data", text, repeatable: true),
            KeySpec("evidence", text, repeatable: true), KeySpec("frontstage", text, repeatable: true),
            KeySpec("backstage", text, repeatable: true), KeySpec("support", text, repeatable: true),
            KeySpec("source", text, repeatable: true), KeySpec("duration", text),
            KeySpec("actor", .textList, repeatable: true), KeySpec("moment of truth", .yesNo), KeySpec("score", .scoreList),
            KeySpec("need", .score), KeySpec("value", .score), KeySpec("traffic", .rate),
            KeySpec("entry", .yesNo), KeySpec("kpi", .kpi, repeatable: true), KeySpec("next", .flow),
        ],
        .microMoment: [
            KeySpec("intent", text, required: true), KeySpec("type", .word(["know", "go", "do", "buy"])),
            KeySpec("signal", text, repeatable: true), KeySpec("source", text, repeatable: true),
            KeySpec("touchpoint", .refList),
        ],
        .tactic: [
            KeySpec("trigger", text, required: true), KeySpec("segment", .refList),
            KeySpec("channel", .channels), KeySpec("content", text, repeatable: true),
            KeySpec("type", .word(tacticTypes)), KeySpec("engine", .word(["rule", "model"])),
            KeySpec("data", text, repeatable: true), KeySpec("consent", .word(consentBases)),
            KeySpec("fallback", text), KeySpec("impact", .score), KeySpec("effort", .score),
            KeySpec("confidence", .score), KeySpec("kpi", .kpi, repeatable: true),
            KeySpec("status", .word(["idea", "planned", "live", "retired"])), KeySpec("owner", text),
            KeySpec("touchpoint", .refList), KeySpec("moment", .refList), KeySpec("experiment", .experiment),
        ],
        .persona: [
            KeySpec("goal", text, repeatable: true), KeySpec("need", text, repeatable: true),
            KeySpec("frustration", text, repeatable: true), KeySpec("quote", text), KeySpec("segment", .refList),
        ],
        .segment: [
            KeySpec("rule", text, required: true),
            KeySpec("basis", .word(["behavioral", "demographic", "psychographic", "geographic",
                                    "technographic", "predictive"])),
            KeySpec("size", .percent),
        ],
    ]

    private static func table(_ kind: ElementKind) -> [String: KeySpec] {
        Dictionary(uniqueKeysWithValues: (lists[kind] ?? []).map { (normalize($0.name), $0) })
    }

    private static let stageTable = table(.stage)
    private static let touchpointTable = table(.touchpoint)
    private static let momentTable = table(.microMoment)
    private static let tacticTable = table(.tactic)
    private static let personaTable = table(.persona)
    private static let segmentTable = table(.segment)

    static let experimentTable = Dictionary(uniqueKeysWithValues: experimentKeys.map { (normalize($0.name), $0) })
}
