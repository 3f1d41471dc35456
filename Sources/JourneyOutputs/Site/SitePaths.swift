import JourneyCore

/// The site's URL scheme: where every page lives and every element's anchor.
///
/// Files are named by raw ids (ids hold only letters, digits, `-`, `_`, `.`); links
/// percent-encode them like the diagrams' links do. Every link is relative, written
/// against the site root and prefixed with the page's `root` (`""` or `"../"`), so the
/// site works from `file://` and under any sub-path.
public enum SitePaths {
    public static let index = "index.html"
    /// The tactic catalog sits beside its filter pages, so every catalog page has one root.
    public static let tactics = "tactics/index.html"
    public static let channels = "channels.html"
    public static let people = "people.html"
    public static let report = "report.html"
    public static let stylesheet = "assets/site.css"
    public static let script = "assets/site.js"
    public static let searchIndex = "assets/search-index.js"
    /// Where default and override assets (`site.css`, `site.js`, images) are copied.
    public static let assetsFolder = "assets/"

    /// `journeys/<id>.html`: the folder the flow diagrams link within (`<id>.html#tp-...`).
    public static func journey(_ id: String) -> String { "journeys/" + id + ".html" }
    public static func persona(_ id: String) -> String { "personas/" + id + ".html" }
    public static func segment(_ id: String) -> String { "segments/" + id + ".html" }
    /// A tactic filter page: `tactics/<dimension>-<slug>.html`, or e.g. `tactics/no-segment.html`.
    public static func tacticFilter(_ name: String) -> String { "tactics/" + name + ".html" }

    // MARK: Links (root-relative, encoded)

    public static func journeyLink(_ id: String) -> String { "journeys/" + encode(id) + ".html" }
    public static func personaLink(_ id: String) -> String { "personas/" + encode(id) + ".html" }
    public static func segmentLink(_ id: String) -> String { "segments/" + encode(id) + ".html" }
    public static func touchpointLink(journey: String, touchpoint: String) -> String {
        journeyLink(journey) + "#" + encode(Anchor.touchpoint(touchpoint))
    }
    public static func tacticLink(journey: String, tactic: String) -> String {
        journeyLink(journey) + "#" + encode(Anchor.tactic(tactic))
    }

    /// `""` for a page at the root, `"../"` per folder level below it.
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.reduce(0) { $0 + ($1 == 0x2F ? 1 : 0) })
    }

    /// `text` percent-encoded for a path segment or fragment (unreserved bytes kept).
    public static func encode(_ text: String) -> String {
        // Ids are nearly always plain slugs: no need to build a new string.
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: continue
            default: return DotEscaping.urlComponent(text)
            }
        }
        return text
    }

    /// Element anchors on a journey page, unique per page.
    public enum Anchor {
        public static func stage(_ id: String) -> String { "stage-" + id }
        public static func touchpoint(_ id: String) -> String { "tp-" + id }
        public static func moment(_ id: String) -> String { "mm-" + id }
        public static func tactic(_ id: String) -> String { "tactic-" + id }
        /// The first row of a journey's notes for authors on the report page.
        public static func report(journey id: String) -> String { "journey-" + id }

        /// The anchor of an element on its journey page (personas and segments have
        /// pages of their own and no anchor there).
        public static func of(_ header: ElementHeader) -> String? {
            switch header.kind {
            case .stage: return stage(header.id)
            case .touchpoint: return touchpoint(header.id)
            case .microMoment: return moment(header.id)
            case .tactic: return tactic(header.id)
            case .persona, .segment: return nil
            }
        }
    }
}
