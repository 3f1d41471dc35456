import FlyingFox
import Foundation

/// Answers `GET` (and `HEAD`) requests from the site in memory (`LiveSite`) and the
/// files under `/_journeymap/`. A path that names no file of the site is a 404; the
/// 404 page and the page shown before the first good build carry the live-reload
/// script too, so they reload once there is something to show.
struct SiteRequestHandler: HTTPHandler {
    let site: LiveSite
    let serverID: String
    /// Whether to answer only requests addressed to loopback (`ServeAddress.isLoopbackHost`).
    let loopbackOnly: Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.response(.methodNotAllowed, "text/plain; charset=utf-8", Data("only GET and HEAD\n".utf8), request)
        }
        let host = request.headers[.host]
        if loopbackOnly, !ServeAddress.isLoopbackHost(host) {
            return Self.response(.forbidden, "text/plain; charset=utf-8", Data("this server answers loopback addresses only\n".utf8), request)
        }
        let path = RequestPath.sitePath(request.target.path())
        let lookup = site.lookup(path ?? "")
        let page = ServedPage(serverID: serverID, version: lookup.version, problems: lookup.problems,
                              hasSite: lookup.hasSite, host: ServedPage.usableHost(host))
        guard let path else { return notFound(page, request) }
        switch path {
        case LiveAssets.scriptPath:
            return Self.response(.ok, "text/javascript; charset=utf-8", Data(LiveAssets.script.utf8), request)
        case LiveAssets.stylesheetPath:
            return Self.response(.ok, "text/css; charset=utf-8", Data(LiveAssets.stylesheet.utf8), request)
        default:
            break
        }
        guard let file = lookup.file else {
            if !lookup.hasSite, path == "index.html" {
                let message = lookup.problems == nil ? "The site is being built; this page reloads when it is ready."
                    : "The maps have errors; the site appears as soon as they check."
                let html = Data(ErrorOverlay.page(title: "No site yet", message: message).utf8)
                return Self.response(.serviceUnavailable, Self.htmlType, page.render(html), request)
            }
            return notFound(page, request)
        }
        let type = Self.contentType(path)
        return Self.response(.ok, type, type == Self.htmlType ? page.render(file) : file, request)
    }

    private func notFound(_ page: ServedPage, _ request: HTTPRequest) -> HTTPResponse {
        let html = ErrorOverlay.page(title: "Not found", message: "The site has no page at \(request.target.path()).")
        return Self.response(.notFound, Self.htmlType, page.render(Data(html.utf8)), request)
    }

    static let htmlType = "text/html; charset=utf-8"

    static func response(_ status: HTTPStatusCode, _ type: String, _ body: Data, _ request: HTTPRequest) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    /// By extension: the site's own kinds of files, and images or fonts a templates
    /// folder may add to `assets/`.
    static func contentType(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return htmlType
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "csv": return "text/csv; charset=utf-8"
        case "dot": return "text/vnd.graphviz; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
