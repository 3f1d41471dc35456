/// Parsers for the value forms of Journey Markdown section 4.
///
/// Every parser takes the value text as written after `key:` and either returns the value
/// or a `ValueError` whose message says what is wrong and how to fix it. Spaces around a
/// value (and around list items) never matter; offsets in results and errors count
/// characters of the text passed in. The parsers scan UTF-8 bytes: no regexes, no
/// Foundation, so they are cheap enough to run on every property of a large corpus.
public enum Values {
    /// Splits a comma-separated list, trimming spaces around each item.
    ///
    /// Empty items are kept (`a,,b` gives `a`, ``, `b`; `a,` ends with an empty item) so
    /// the caller can flag them; a text that is empty or only spaces gives no item at all.
    public static func splitList(_ text: String) -> [ListItem] {
        let v = ValueText(text)
        guard !v.trim(v.all).isEmpty else { return [] }
        return v.splitRanges(v.all).map { v.listItem($0) }
    }

    /// `yes` or `no`, case-insensitively.
    ///
    /// Common stand-ins (`true`, `y`, `1`, `on`, and their opposites) are rejected with
    /// the word to write as the fix, so every map reads the same.
    public static func yesNo(_ text: String) -> Result<Bool, ValueError> {
        let v = ValueText(text)
        let r = v.trim(v.all)
        let word = v.text(r).lowercased()
        switch word {
        case "yes": return .success(true)
        case "no": return .success(false)
        case "true", "y", "1", "on", "ja", "oui", "si", "sí":
            return .failure(v.error("'\(v.text(r))' is not yes or no; write 'yes'", r, fix: "yes"))
        case "false", "n", "0", "off", "nein", "non":
            return .failure(v.error("'\(v.text(r))' is not yes or no; write 'no'", r, fix: "no"))
        case "":
            return .failure(v.error("the value is empty; write 'yes' or 'no'", r))
        default:
            return .failure(v.error("'\(v.text(r))' is not yes or no; write 'yes' or 'no'", r))
        }
    }

    /// A whole number within `range` (an optional sign, digits; `2.0` is refused with fix `2`).
    public static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, ValueError> {
        let v = ValueText(text)
        let r = v.trim(v.all)
        var shown: String { v.text(r) }
        var rule: String { "write a whole number from \(range.lowerBound) to \(range.upperBound)" }
        guard !r.isEmpty else { return .failure(v.error("the value is empty; \(rule)", r)) }
        guard let n = v.scanNumber(from: r.lowerBound, to: r.upperBound), n.range.upperBound == r.upperBound else {
            return .failure(v.error("'\(shown)' is not a whole number; \(rule)", r))
        }
        guard n.value >= Double(range.lowerBound), n.value <= Double(range.upperBound) else {
            return .failure(v.error("number '\(shown)' is out of range; \(rule)", r))
        }
        guard n.fractionDigits == 0 else {
            let whole = n.value == n.value.rounded() ? String(Int(n.value)) : nil
            return .failure(v.error("'\(shown)' is not a whole number; \(rule)", r, fix: whole))
        }
        return .success(Int(n.value))
    }

    /// One word of `vocabulary`, matched case-insensitively with runs of spaces counted as
    /// one; returns the vocabulary's own spelling. The error lists the allowed words and,
    /// when one is close (`Suggest.closest`), asks "did you mean".
    public static func word(_ text: String, in vocabulary: [String]) -> Result<String, ValueError> {
        let v = ValueText(text)
        let r = v.trim(v.all)
        let slice = v.bytes[r]
        for candidate in vocabulary where ASCII.equalsIgnoringCase(candidate.utf8, slice) {
            return .success(candidate)
        }
        let written = v.collapsedText(r)
        for candidate in vocabulary where ASCII.equalsIgnoringCase(candidate.utf8, written.utf8) {
            return .success(candidate)
        }
        let lowered = written.lowercased()
        if !written.utf8.allSatisfy({ $0 < 0x80 }) {
            for candidate in vocabulary where candidate.lowercased() == lowered { return .success(candidate) }
        }
        let allowed = vocabulary.joined(separator: ", ")
        guard !r.isEmpty else { return .failure(v.error("the value is empty; write one of \(allowed)", r)) }
        if let near = Suggest.closest(to: lowered, in: vocabulary) {
            return .failure(v.error("'\(v.text(r))' is not one of \(allowed); did you mean '\(near)'?", r, fix: near))
        }
        return .failure(v.error("'\(v.text(r))' is not one of \(allowed); write one of them", r))
    }
}

extension ValueText {
    /// Ranges of the comma-separated items of `range`, untrimmed. With `parentheses`,
    /// commas inside `( )` do not split (flow labels may hold commas).
    func splitRanges(_ range: Range<Int>, parentheses: Bool = false) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for i in range {
            switch bytes[i] {
            case 0x2C where depth == 0:
                ranges.append(start..<i)
                start = i + 1
            case 0x28 where parentheses: depth += 1
            case 0x29 where parentheses: depth = max(0, depth - 1)
            default: break
            }
        }
        ranges.append(start..<range.upperBound)
        return ranges
    }

    func listItem(_ range: Range<Int>) -> ListItem {
        let r = trim(range)
        return ListItem(text: text(r), offset: charOffset(r.lowerBound))
    }
}
