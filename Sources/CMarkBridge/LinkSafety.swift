/// Which link and image destinations may reach a page.
///
/// Links may go to `http`, `https`, `mailto`, and destinations with no scheme (relative
/// paths, `#fragments`, `//host/path`, `?query`). Browsers ignore tabs and newlines
/// inside a URL and leading spaces and control characters, so those are removed before
/// the scheme is read; `java\tscript:` and ` JaVaScRiPt:` are both `javascript`. An empty
/// destination is refused too: it would only point at the page itself.
///
/// Images are stricter, because a browser loads them without a click: the site must not
/// send a request anywhere (and its Content-Security-Policy would block it anyway). An
/// image may show only a picture of the site (a path with no scheme and no host) or an
/// inline raster picture (`data:image/png`, `gif`, `jpeg`, `webp`: Journey Markdown
/// section 8 removes `data:` "except images"). `data:image/svg+xml` stays out, since an
/// SVG is a document that can carry script.
enum LinkSafety {
    /// What a page may do with an image's source.
    enum ImageSource: Equatable {
        /// A picture in the site or in the page: shown.
        case inSite
        /// A picture on the web (`http`, `https`, `//host`): offered as a link, not loaded.
        case remote
        /// Anything else: only the alt text stays.
        case refused
    }

    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    private static let imageDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    static func isAllowed(_ destination: String) -> Bool {
        guard destination.unicodeScalars.contains(where: { !isIgnored($0) }) else { return false }
        guard let scheme = scheme(of: destination) else { return true }
        return allowedSchemes.contains(scheme)
    }

    static func imageSource(_ destination: String) -> ImageSource {
        let compact = String(destination.unicodeScalars.filter { !isIgnored($0) }).lowercased()
        if compact.isEmpty { return .refused }
        guard let scheme = scheme(of: destination) else {
            // `//host/x.png` takes the page's scheme; browsers read `\` as `/` there.
            let start = compact.unicodeScalars.prefix(2)
            return start.count == 2 && start.allSatisfy({ $0 == "/" || $0 == "\\" }) ? .remote : .inSite
        }
        if scheme == "http" || scheme == "https" { return .remote }
        let isPicture = imageDataPrefixes.contains { compact.hasPrefix($0 + ";") || compact.hasPrefix($0 + ",") }
        return isPicture ? .inSite : .refused
    }

    /// The lowercased scheme, or nil when the destination has none (a path, query or
    /// fragment starts before any colon).
    private static func scheme(of destination: String) -> String? {
        var scheme = ""
        for scalar in destination.unicodeScalars {
            if scalar == ":" { return scheme.lowercased() }
            if scalar == "/" || scalar == "?" || scalar == "#" || scalar == "\\" { return nil }
            if isIgnored(scalar) { continue }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Characters a browser drops from a URL, or that a reader cannot see.
    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            || scalar.properties.isDefaultIgnorableCodePoint
    }
}
