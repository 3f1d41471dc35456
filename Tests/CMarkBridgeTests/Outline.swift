import JourneyCore

/// A block tree as one line per block, indented by depth, so a whole tree can be
/// compared with an expected text: `heading(2) 3:1-3:15 "Stage: One"`.
func outline(_ blocks: [MarkdownBlock], depth: Int = 0) -> String {
    blocks.map { block in
        var line = String(repeating: "  ", count: depth) + name(of: block.kind)
        line += " \(block.range.start)-\(block.range.end)"
        if !block.text.isEmpty { line += " \"\(block.text)\"" }
        let children = outline(block.children, depth: depth + 1)
        return children.isEmpty ? line : line + "\n" + children
    }.joined(separator: "\n")
}

private func name(of kind: MarkdownBlock.Kind) -> String {
    switch kind {
    case .heading(let level): "heading(\(level))"
    case .paragraph: "paragraph"
    case .bulletList: "bulletList"
    case .orderedList: "orderedList"
    case .item: "item"
    case .blockQuote: "blockQuote"
    case .codeBlock: "codeBlock"
    case .htmlBlock: "htmlBlock"
    case .thematicBreak: "thematicBreak"
    case .other: "other"
    }
}

/// The characters of `source` that `range` covers when it is on one line.
func slice(_ source: String, _ range: SourceRange) -> String {
    let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let line = Array(lines[range.start.line - 1])
    return String(line[(range.start.column - 1)...(range.end.column - 1)])
}
