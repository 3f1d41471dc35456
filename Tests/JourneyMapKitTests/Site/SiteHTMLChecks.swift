import Foundation
import JourneyCore
import JourneyOutputs

/// Structural checks of generated pages, standing in for a validator where the tests
/// can: ids, links, headings, the security rules of the site.
struct SiteHTMLChecks {
    var files: [SiteFile]
    var texts: [String: String]

    init(_ files: [SiteFile]) {
        self.files = files
        texts = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    var pages: [String] { texts.keys.filter { $0.hasSuffix(".html") }.sorted() }

    static func matches(_ pattern: String, in text: String, group: Int = 1) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range(at: group), in: text).map { String(text[$0]) } }
    }

    static func decodeEntities(_ s: String) -> String {
        s.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Ids that appear more than once on `page`.
    func duplicateIDs(_ page: String) -> [String] {
        let ids = Self.matches(#"\sid="([^"]*)""#, in: texts[page]!).map(Self.decodeEntities)
        return Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    /// Heading levels in document order.
    func headingLevels(_ page: String) -> [Int] {
        Self.matches(#"<h([1-6])[\s>]"#, in: texts[page]!).compactMap { Int($0) }
    }

    /// Relative links of `page` whose file or anchor does not exist. Files the build
    /// command writes beside the pages (`journeys/<id>.json`, `.svg`) count as present.
    func brokenLinks(_ page: String) -> [String] {
        let text = texts[page]!
        let links = Self.matches(#"\s(?:href|xlink:href|src)="([^"]*)""#, in: text).map(Self.decodeEntities)
        var broken: [String] = []
        for link in links where !link.contains(":") {
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let target = parts[0].isEmpty ? page : resolve(parts[0], from: page)
            if texts[target] == nil && !(target.hasPrefix("journeys/") && (target.hasSuffix(".json") || target.hasSuffix(".svg"))) {
                broken.append(link)
                continue
            }
            if parts.count == 2, let targetText = texts[target] {
                let id = parts[1].removingPercentEncoding ?? parts[1]
                if !targetText.contains(" id=\"\(HTMLText.escape(id))\"") { broken.append(link) }
            }
        }
        return broken
    }

    func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for segment in relative.split(separator: "/") {
            if segment == ".." { parts.removeLast() } else if segment != "." { parts.append(String(segment)) }
        }
        return parts.joined(separator: "/").removingPercentEncoding ?? parts.joined(separator: "/")
    }

    /// Violations of the site's rules: CSP, no inline script or style, no handlers,
    /// no request leaving the site, one main, a language.
    func ruleViolations(_ page: String) -> [String] {
        let text = texts[page]!
        var problems: [String] = []
        let csp = #"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'">"#
        if !text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\"") { problems.append("doctype or lang") }
        if !text.contains(csp) { problems.append("CSP") }
        if Self.matches("(<main)", in: text).count != 1 { problems.append("main count") }
        if !Self.matches(#"(<[^>]*\son[a-z]+\s*=)"#, in: text).isEmpty { problems.append("event handler") }
        if !Self.matches(#"(<[^>]*\sstyle\s*=)"#, in: text).isEmpty { problems.append("style attribute") }
        if text.contains("<style") { problems.append("style element") }
        if !Self.matches(#"(<script(?![^>]*\ssrc=)[^>]*>)"#, in: text).isEmpty { problems.append("inline script") }
        if !Self.matches(#"(<(?:script|img|link|iframe)[^>]*\s(?:src|href)="(?:https?:)?//)"#, in: text).isEmpty {
            problems.append("external resource")
        }
        if text.contains(">false<") || text.contains("=\"false\"") && !text.contains("spellcheck=\"false\"") {
            problems.append("an absent value printed as false")
        }
        let levels = headingLevels(page)
        if levels.filter({ $0 == 1 }).count != 1 || levels.first != 1 { problems.append("not one h1 first") }
        for (a, b) in zip(levels, levels.dropFirst()) where b > a + 1 { problems.append("heading h\(a) -> h\(b)") }
        return problems
    }
}
