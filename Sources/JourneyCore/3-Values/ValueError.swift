/// Why a value is rejected.
///
/// `message` says what is wrong and how to fix it, in one sentence fit for a compiler
/// diagnostic: `score '6' is out of range; write a number from 1 to 5 (at most one decimal)`.
/// `offset` and `length` locate the problem inside the value text the parser was given,
/// in characters (grapheme clusters, 0-based), so the caller can point at it; unless a
/// part is to blame they cover the whole value without its surrounding spaces.
public struct ValueError: Error, Equatable, Sendable {
    public var message: String
    /// Character offset of the culprit inside the value text.
    public var offset: Int
    /// Length of the culprit in characters; 0 when the value is empty.
    public var length: Int
    /// What to write instead of the characters at `offset..<offset + length`, when there
    /// is exactly one likely answer (`62%` for `62`).
    public var fix: String?

    public init(message: String, offset: Int = 0, length: Int = 0, fix: String? = nil) {
        self.message = message
        self.offset = offset
        self.length = length
        self.fix = fix
    }

    /// The same error moved by `delta` characters, for a part parsed on its own.
    public func shifted(by delta: Int) -> ValueError {
        var copy = self
        copy.offset += delta
        return copy
    }
}

/// One item of a comma-separated list.
public struct ListItem: Equatable, Hashable, Sendable {
    /// The item without its surrounding spaces; empty for an empty item (`a,,b`).
    public var text: String
    /// Character offset of `text` inside the list text. For an empty item, the offset of
    /// the comma that closes it (or of the end of the text).
    public var offset: Int

    public init(text: String, offset: Int) {
        self.text = text
        self.offset = offset
    }

    /// The item's length in characters.
    public var length: Int { text.count }
}
