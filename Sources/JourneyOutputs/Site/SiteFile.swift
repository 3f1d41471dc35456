import JourneyCore

/// One file of the generated site, relative to the output folder.
public struct SiteFile: Sendable, Equatable {
    /// Relative, `/`-separated: `index.html`, `journeys/trail-running.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}

/// What the site is made from: the resolved project plus what only the bridges can make.
public struct SiteInput: Sendable {
    public var project: Project
    /// Journey id -> its flow diagram as SVG text (Graphviz output of escaped DOT).
    public var journeySVG: [String: String]
    /// The lifecycle overview as SVG text, when there is one.
    public var overviewSVG: String?
    /// Shown in the footer; set only from `SOURCE_DATE_EPOCH` so builds stay reproducible.
    public var generatedAt: String?

    public init(project: Project, journeySVG: [String: String] = [:], overviewSVG: String? = nil,
                generatedAt: String? = nil) {
        self.project = project
        self.journeySVG = journeySVG
        self.overviewSVG = overviewSVG
        self.generatedAt = generatedAt
    }
}
