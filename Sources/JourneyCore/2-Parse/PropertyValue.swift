/// A property value after interpretation by its key's `ValueType`.
enum PropertyValue: Sendable {
    case text(String)
    case refs([Ref])
    case words([String])
    case number(Double)
    case emotion(Located<Emotion>)
    case rate(Rate)
    case kpi(KPI)
    case bool(Bool)
    case scores([CriterionScore])
    case flow([FlowTarget])
    case integer(Int)
    case experiment(Experiment)

    var text: String? { if case .text(let v) = self { return v }; return nil }
    var refs: [Ref] { if case .refs(let v) = self { return v }; return [] }
    var words: [String] { if case .words(let v) = self { return v }; return [] }
    var number: Double? { if case .number(let v) = self { return v }; return nil }
    var bool: Bool? { if case .bool(let v) = self { return v }; return nil }
    var kpi: KPI? { if case .kpi(let v) = self { return v }; return nil }
    var rate: Rate? { if case .rate(let v) = self { return v }; return nil }
}

/// What the value readers need to know about the project.
public struct Vocabulary: Sendable {
    public static let builtInChannels = ["web", "app", "email", "push", "sms", "social", "ads", "search", "store",
                                         "in-person", "phone", "chat", "mail", "print", "tv", "event", "partner",
                                         "none"]
    public var channels: [String]
    public var criteria: [String]

    public init(config: ProjectConfig) {
        channels = Vocabulary.builtInChannels + config.channels.filter { !Vocabulary.builtInChannels.contains($0) }
        criteria = config.criteria.map(\.name)
    }
}
