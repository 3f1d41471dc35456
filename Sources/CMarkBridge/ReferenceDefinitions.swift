import CCMark

/// The link reference definitions of a document, written out again as Markdown.
///
/// Notes are rendered piece by piece, but a CommonMark definition serves the whole
/// document: `[hb]: https://example.com/hb` anywhere in a file resolves
/// `[handbook][hb]` in any of its notes. cmark keeps its definitions to itself, so the
/// labels are looked for in the source (a line that starts, after any container
/// markers, with `[label]:`) and cmark resolves each one: a paragraph `[][label]` per
/// label, put in front of the document, is a link exactly when the document defines
/// the label, with the destination and title of the first definition. Lines that only
/// look like definitions (in code blocks, say) define nothing and are left out.
/// Labels that span lines are not found.
enum ReferenceDefinitions {
    static func markdown(of source: String) -> String {
        let labels = candidateLabels(source)
        guard !labels.isEmpty else { return "" }
        var probes = labels.map { "[][\($0)]\n\n" }.joined() + source
        return probes.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let document = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                      cmark_parse_document($0, bytes.count, CMARK_OPT_DEFAULT)
                  })
            else { return "" }
            defer { cmark_node_free(document) }
            var lines: [String] = []
            var paragraph = cmark_node_first_child(document)
            for label in labels {
                guard let probe = paragraph else { break }
                paragraph = cmark_node_next(probe)
                guard let link = cmark_node_first_child(probe), cmark_node_get_type(link) == CMARK_NODE_LINK,
                      let url = cmark_node_get_url(link).map({ String(cString: $0) }),
                      !url.contains(where: \.isNewline)
                else { continue }
                let title = cmark_node_get_title(link).map { String(cString: $0) } ?? ""
                lines.append("[\(label)]: <\(escapedDestination(url))>" + (title.isEmpty ? "" : " \"\(escapedTitle(title))\""))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Each distinct `label` of a line `[label]:` (after any `>`, list markers and
    /// indentation), in order.
    static func candidateLabels(_ source: String) -> [String] {
        // Most files define nothing: one pass over the bytes for `]:` spares them the
        // walk through every line by characters.
        guard mayDefine(source) else { return [] }
        var seen: Set<Substring> = []
        var labels: [String] = []
        for line in source.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let rest = line.drop { " \t>-+*.)0123456789".contains($0) }
            guard rest.first == "[", let label = label(at: rest), seen.insert(label).inserted else { continue }
            labels.append(String(label))
        }
        return labels
    }

    /// Whether `]:` occurs in `source`, as it does in every definition.
    private static func mayDefine(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            var i = 0
            while i < bytes.count - 1 {
                if bytes[i] == UInt8(ascii: "]"), bytes[i + 1] == UInt8(ascii: ":") { return true }
                i += 1
            }
            return false
        }
    }

    /// The label of `[label]:` at the start of `text`: no unescaped bracket inside, at
    /// most 999 characters, not only spaces.
    private static func label(at text: Substring) -> Substring? {
        var i = text.index(after: text.startIndex)
        var escaping = false
        var count = 0
        while i < text.endIndex, count <= 999 {
            let c = text[i]
            if escaping {
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else if c == "[" {
                return nil
            } else if c == "]" {
                let label = text[text.index(after: text.startIndex)..<i]
                let colon = text.index(after: i)
                guard colon < text.endIndex, text[colon] == ":",
                      label.contains(where: { !$0.isWhitespace }) else { return nil }
                return label
            }
            count += 1
            i = text.index(after: i)
        }
        return nil
    }

    /// A destination that reads back literally inside `<...>`: no end of it, no entity.
    private static func escapedDestination(_ url: String) -> String {
        escaped(url) { "\\<>&".unicodeScalars.contains($0) }
    }

    /// A title that reads back literally inside `"..."`, every ASCII punctuation
    /// character escaped, so that no line of a title of several lines starts a block
    /// (`# x`, `===`, `1. x`) that would end the definition.
    private static func escapedTitle(_ title: String) -> String {
        escaped(title) { s in
            s.isASCII && s.properties.generalCategory != .control && s != " "
                && !s.properties.isAlphabetic && !("0"..."9").contains(s)
        }
    }

    private static func escaped(_ text: String, _ needsEscape: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { out.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
