import CCMark

/// Which link and image destinations may reach a page.
///
/// Allowed: `http`, `https`, `mailto`, and destinations with no scheme (relative paths,
/// `#fragments`, `//host/path`, `?query`). Browsers ignore tabs and newlines inside a
/// URL and leading spaces and control characters, so those are removed before the
/// scheme is read; `java\tscript:` and ` JaVaScRiPt:` are both `javascript`.
///
/// Images may also be inline raster pictures (`data:image/png`, `gif`, `jpeg`, `webp`):
/// Journey Markdown section 8 removes `data:` "except images". `data:image/svg+xml` stays
/// out, since an SVG is a document that can carry script.
enum LinkSafety {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    private static let imageDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    static func isAllowedImage(_ destination: String) -> Bool {
        if isAllowed(destination) { return true }
        let compact = String(destination.unicodeScalars.filter {
            !($0.properties.isWhitespace || $0.properties.generalCategory == .control
              || $0.properties.isDefaultIgnorableCodePoint)
        }).lowercased()
        return imageDataPrefixes.contains { compact.hasPrefix($0 + ";") || compact.hasPrefix($0 + ",") }
    }

    static func isAllowed(_ destination: String) -> Bool {
        var scheme = ""
        for scalar in destination.unicodeScalars {
            if scalar == ":" {
                return allowedSchemes.contains(scheme.lowercased())
            }
            // A path, query or fragment starts before any colon: no scheme.
            if scalar == "/" || scalar == "?" || scalar == "#" || scalar == "\\" {
                return true
            }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.isDefaultIgnorableCodePoint {
                continue
            }
            scheme.unicodeScalars.append(scalar)
        }
        return true
    }

    /// Sets the URL of every link and image under `root` that is not allowed to "".
    static func emptyUnsafeDestinations(in root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                  let url = cmark_node_get_url(node)
            else { continue }
            let destination = String(cString: url)
            if !(type == CMARK_NODE_IMAGE ? isAllowedImage(destination) : isAllowed(destination)) {
                cmark_node_set_url(node, "")
            }
        }
    }
}
