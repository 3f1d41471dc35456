import JourneyCore
import JourneyOutputs

/// The markup `serve` shows over every page while the latest build failed, and the
/// pages it serves before there is a site: every text escaped.
enum ErrorOverlay {
    /// The map errors as `check` prints them (location, message, check id, the source
    /// line with a caret), each with its fix when there is one.
    static func problems(_ project: Project) -> LiveSite.Problems {
        let errors = project.diagnostics.filter { $0.severity == .error }
        let formatter = TextDiagnosticFormatter(colour: false, sources: project.sources)
        let items = errors.map { d in
            // One finding's report without its summary line: the headline and excerpt.
            let lines = formatter.format([d], documentsRead: 0).split(separator: "\n", omittingEmptySubsequences: false)
            return Item(text: lines.dropLast(2).joined(separator: "\n"), fix: d.fix)
        }
        let files = Set(errors.map(\.file))
        let summary = TextDiagnosticFormatter.summary(errors, documentsRead: project.documentsRead)
            .replacingOccurrences(of: ", 0 warnings", with: "")
        return make(summary: summary + (files.count == 1 ? " (\(files.first!))" : ""), items: items)
    }

    /// A problem that is not about the maps: a template, a diagram, the folder itself.
    static func problem(_ message: String) -> LiveSite.Problems {
        make(summary: "The site cannot be built", items: [Item(text: message, fix: nil)])
    }

    struct Item {
        var text: String
        var fix: String?
    }

    static func make(summary: String, items: [Item]) -> LiveSite.Problems {
        var html = "<ol>\n"
        for item in items {
            html += "<li><pre>" + HTMLText.escape(item.text) + "</pre>"
            if let fix = item.fix {
                html += "<p class=\"journeymap-problems-fix\">Fix: <code>" + HTMLText.escape(fix) + "</code></p>"
            }
            html += "</li>\n"
        }
        return LiveSite.Problems(summary: summary, html: html + "</ol>\n")
    }

    /// The panel put at the start of every served page's body.
    static func panel(_ problems: LiveSite.Problems, hasSite: Bool) -> String {
        let note = hasSite ? "The page shows the last good build; it reloads when the problems are fixed."
                           : "The site appears as soon as the maps check; this page reloads by itself."
        return "<aside id=\"journeymap-problems\" class=\"journeymap-problems\" role=\"alert\" aria-label=\"journeymap serve: problems\">\n"
            + "<button type=\"button\">Hide</button>\n<p class=\"journeymap-problems-title\">" + HTMLText.escape(problems.summary)
            + "</p>\n<p>" + note + "</p>\n" + problems.html + "</aside>\n"
    }

    /// A page of `serve`'s own: before the first good build, and for unknown paths.
    static func page(title: String, message: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self'">
            <title>\(HTMLText.escape(title)) · journeymap serve</title>
            </head>
            <body>
            <main>
            <h1>\(HTMLText.escape(title))</h1>
            <p>\(HTMLText.escape(message))</p>
            <p><a href="/index.html">The site's home page</a></p>
            </main>
            </body>
            </html>

            """
    }
}
