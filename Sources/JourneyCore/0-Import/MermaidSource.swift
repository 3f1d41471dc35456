/// Where the Mermaid text of an input file is: the whole file, or, in Markdown, the
/// fenced code blocks whose info string is `mermaid` (what GitHub renders).
public enum MermaidSource {
    /// A run of lines holding Mermaid text; `firstLine` is the file's line of the first.
    public struct Chunk: Sendable {
        public var lines: [Substring]
        public var firstLine: Int
    }

    /// Whether `path` is read as Markdown (`.md`, `.markdown`).
    public static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The Mermaid chunks of a file's text.
    public static func chunks(in text: String, markdown: Bool) -> [Chunk] {
        let lines = splitLines(text)
        return markdown ? mermaidBlocks(lines) : [Chunk(lines: lines, firstLine: 1)]
    }

    /// Lines without their `\n` or `\r\n`.
    static func splitLines(_ text: String) -> [Substring] {
        // "\r\n" is one Character in Swift: compare both line ends.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// CommonMark fenced code blocks (up to three spaces before a fence of three or more
    /// backticks or tildes; closed by a fence of the same character at least as long, or
    /// by the end of the file) whose info string's first word is `mermaid`. Other fenced
    /// blocks are skipped whole, so a Mermaid example inside a longer fence is not taken.
    static func mermaidBlocks(_ lines: [Substring]) -> [Chunk] {
        var chunks: [Chunk] = []
        var i = 0
        while i < lines.count {
            guard let fence = Fence(lines[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < lines.count, !fence.isClosed(by: lines[end]) { end += 1 }
            if fence.isMermaid {
                chunks.append(Chunk(lines: Array(lines[(i + 1)..<end]), firstLine: i + 2))
            }
            i = end + 1
        }
        return chunks
    }

    private struct Fence {
        var character: Character
        var length: Int
        var isMermaid: Bool

        init?(_ line: Substring) {
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { return nil }
            let rest = line.dropFirst(indent)
            guard let c = rest.first, c == "`" || c == "~" else { return nil }
            let run = rest.prefix { $0 == c }.count
            guard run >= 3 else { return nil }
            let info = rest.dropFirst(run)
            if c == "`", info.contains("`") { return nil }
            character = c
            length = run
            let word = info.trimmingJavaScriptSpace().prefix { $0 != " " && $0 != "\t" && $0 != "{" }
            isMermaid = word.lowercased() == "mermaid"
        }

        func isClosed(by line: Substring) -> Bool {
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { return false }
            let rest = line.dropFirst(indent)
            let run = rest.prefix { $0 == character }.count
            return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }
}
