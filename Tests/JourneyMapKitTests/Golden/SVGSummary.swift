import Foundation
#if canImport(FoundationXML)
import FoundationXML
import TestSupport
#endif

/// What the diagram tests read from an SVG, parsed as XML (so an SVG that is not
/// well-formed fails to parse): the node and edge groups Graphviz wrote, every text,
/// every link title and every element name.
struct SVGSummary {
    var nodes = 0
    var edges = 0
    var clusters = 0
    var texts: [String] = []
    var titles: [String] = []
    var links: [String] = []
    var ids: [String] = []
    var elements = Set<String>()

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    init(_ bytes: [UInt8]) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        guard parser.parse() else {
            throw ParseError(description: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        self = reader.summary
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var summary = SVGSummary(empty: ())
        var text: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            summary.elements.insert(name)
            switch attributes["class"] {
            case "node": summary.nodes += 1
            case "edge": summary.edges += 1
            case "cluster": summary.clusters += 1
            default: break
            }
            if let id = attributes["id"] { summary.ids.append(id) }
            if let title = attributes["xlink:title"] { summary.titles.append(title) }
            if let href = attributes["xlink:href"] { summary.links.append(href) }
            if name == "text" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text {
                summary.texts.append(text)
                self.text = nil
            }
        }
    }

    private init(empty: Void) {}
}
