import Mustache

/// Checks of a template's text beyond what the Mustache parser checks.
///
/// - `{{{name}}}` and `{{&name}}` (no escaping) only for names ending in `HTML` or
///   `SVG`: the only values the site model fills with markup it made and escaped. Any
///   other value is map text, and unescaped it could carry `<script>` into the page.
/// - `{{>name}}` and `{{<name}}` only for templates that exist: Mustache renders a
///   missing partial as nothing, which would drop part of a page without a word.
///
/// - no `{{=...=}}` (new delimiters would hide tags from these checks) and no
///   `{{%...}}` settings (`CONTENT_TYPE: TEXT` turns escaping off).
/// - every section is closed; the error points at the tag that opens it (the parser
///   would point at the end of the file).
enum TemplateCheck {
    static func check(_ text: String, origin: String, templates: Set<String>) throws {
        var line = 1
        var column = 1
        var i = text.startIndex
        // The sections open at `i`; nil after a closing tag that matches none, which the
        // parser reports where it stands.
        var sections: [(name: Substring, tag: Substring, line: Int, column: Int)]? = []
        while i < text.endIndex {
            if text[i...].hasPrefix("{{") {
                let tagLine = line, tagColumn = column
                let open = text.index(i, offsetBy: 2)
                let triple = text[open...].first == "{"
                guard let close = text[open...].range(of: triple ? "}}}" : "}}") else { return }
                var inner = text[open..<close.lowerBound]
                var unescaped = false
                if triple || inner.first == "&" {
                    unescaped = true
                    inner = inner.dropFirst()
                }
                let sigil = inner.first
                if !unescaped, sigil == "=" || sigil == "%" {
                    throw TemplateError(file: origin, line: tagLine, column: tagColumn, message:
                        "'\(text[i..<close.upperBound])' is not allowed: "
                        + (sigil == "=" ? "templates keep the delimiters '{{' and '}}', so that every tag is checked"
                                        : "'{{% ... }}' settings could turn escaping off"))
                }
                if sigil == "!" && !triple {
                    // A comment ends at its first closing braces; nothing in it is a tag.
                    while i < close.upperBound {
                        if text[i] == "\n" || text[i] == "\r\n" {
                            line += 1
                            column = 1
                        } else {
                            column += 1
                        }
                        i = text.index(after: i)
                    }
                    continue
                }
                if unescaped {
                    let name = inner.trimmingCharacters(in: .whitespaces)
                    if !(name.hasSuffix("HTML") || name.hasSuffix("SVG")) {
                        throw TemplateError(file: origin, line: tagLine, column: tagColumn, message:
                            "'\(text[i..<close.upperBound])' writes '\(name)' without escaping; write '{{\(name)}}' "
                            + "(only values whose names end in HTML or SVG hold markup)")
                    }
                } else if sigil == "#" || sigil == "^" || sigil == "$" || sigil == "<" {
                    sections?.append((inner.dropFirst().trimmingCharacters(in: .whitespaces)[...], text[i..<close.upperBound],
                                  tagLine, tagColumn))
                } else if sigil == "/" {
                    let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
                    if sections?.last?.name == name[...] { sections?.removeLast() } else { sections = nil }
                }
                if !unescaped, sigil == ">" || sigil == "<" {
                    let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.hasPrefix("*"), !templates.contains(name) {
                        throw TemplateError(file: origin, line: tagLine, column: tagColumn, message:
                            "no template '\(name)' for '\(text[i..<close.upperBound])'; known: "
                            + templates.sorted().joined(separator: ", "))
                    }
                }
            }
            if text[i] == "\n" || text[i] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i = text.index(after: i)
        }
        if let unclosed = sections?.last {
            throw TemplateError(file: origin, line: unclosed.line, column: unclosed.column, message:
                "'\(unclosed.tag)' is never closed: add its '{{/\(unclosed.name)}}'")
        }
    }

    /// Words for the parser's error.
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The scanner's own error: it ran out of text inside a tag.
            return "\(error)" == "overflow" ? "unfinished tag: the template ends before its '}}'" : "\(error)"
        }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case .unfinishedName: return "unfinished tag: a tag name ends with '}}' and holds only letters, digits and . - _ ( )"
        case .expectedSectionEnd: return "a section is never closed: add its '{{/name}}'"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a block '{{$name}}' cannot take a transform"
        case .illegalTokenInsideInheritSection: return "only blocks '{{$name}}...{{/name}}' may stand inside '{{<template}}'"
        case .textInsideInheritSection: return "only blocks may stand inside '{{<template}}'"
        case .invalidConfigVariableSyntax: return "invalid '{{% ... }}' tag"
        case .unrecognisedConfigVariable: return "unknown '{{% ... }}' setting"
        }
    }
}
