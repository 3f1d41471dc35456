/// One target of `next`, as written: `checkout 70% (has an account)`.
public struct FlowTargetSpec: Equatable, Hashable, Sendable {
    /// `end`, an id, or `journey-id/id`, as written (`end` in any case is returned as `end`).
    public var target: String
    /// The share in percent (70 for `70%`), 0...100.
    public var share: Double?
    /// The condition inside the parentheses, spaces trimmed.
    public var label: String?
    /// Where the target item is inside the `next` value text, in characters.
    public var offset: Int
    public var length: Int

    public init(target: String, share: Double? = nil, label: String? = nil, offset: Int = 0, length: Int = 0) {
        self.target = target
        self.share = share
        self.label = label
        self.offset = offset
        self.length = length
    }

    /// Whether this is the planned exit `end`.
    public var isEnd: Bool { target == "end" }
}

extension Values {
    /// The targets of `next`: `checkout 70% (has an account), signup 20% (new customer), end 5%`.
    ///
    /// Each target is a ref or `end`, then optionally a percent (0..100), then optionally a
    /// label in parentheses; commas inside parentheses do not split. A ref is one word
    /// without `%`, `(`, `)` and with at most one `/` between two non-empty parts; a ref of
    /// several words gets its slug as the fix. Whether refs resolve, duplicates, and shares
    /// summing above 100% are the caller's checks.
    public static func flowTargets(_ text: String) -> Result<[FlowTargetSpec], ValueError> {
        let v = ValueText(text)
        let form = "write targets like 'checkout 70% (has an account), end 5%'"
        guard !v.trim(v.all).isEmpty else { return .failure(v.error("next is empty; \(form)", v.trim(v.all))) }
        var result: [FlowTargetSpec] = []
        for raw in v.splitRanges(v.all, parentheses: true) {
            let r = v.trim(raw)
            guard !r.isEmpty else { return .failure(v.error("next has an empty target; \(form)", r)) }
            switch v.flowTarget(r) {
            case .success(let spec): result.append(spec)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(result)
    }
}

extension ValueText {
    /// One target in the trimmed, non-empty `r`.
    func flowTarget(_ r: Range<Int>) -> Result<FlowTargetSpec, ValueError> {
        var item: String { text(r) }
        var i = r.lowerBound
        while i < r.upperBound, spaceLength(at: i, end: r.upperBound) == 0, bytes[i] != 0x28 { i += 1 }
        let refRange = r.lowerBound..<i
        // A bare number stays a ref (`404` is a valid slug); a percent in first place is not.
        if refRange.isEmpty
            || (bytes[refRange.upperBound - 1] == 0x25 && scanNumber(from: refRange.lowerBound, to: r.upperBound) != nil) {
            return .failure(error("target '\(item)' has no touchpoint; write a touchpoint id or 'end' first, e.g. 'checkout 70%'", r))
        }
        if let problem = refProblem(refRange) { return .failure(error(problem, refRange)) }
        var ref = text(refRange)
        if ref.utf8.count == 3, matches("end", at: refRange.lowerBound, end: refRange.upperBound) { ref = "end" }

        i = skipSpaces(from: i, to: r.upperBound)
        var share: Double?
        if i < r.upperBound, bytes[i] != 0x28 {
            var tokenEnd = tokenEnd(from: i, to: r.upperBound)
            if let n = scanNumber(from: i, to: r.upperBound) {
                // `12.5 %` is one share, as in `Values.percent`.
                let sign = skipSpaces(from: n.range.upperBound, to: r.upperBound)
                if sign < r.upperBound, bytes[sign] == 0x25 { tokenEnd = sign + 1 }
            }
            let token = i..<tokenEnd
            guard scanNumber(from: i, to: tokenEnd) != nil else {
                return .failure(multiWordRef(r, refStart: refRange.lowerBound, wordsEnd: percentOrParen(from: i, in: r)))
            }
            switch percent(token, what: "share") {
            case .success(let value):
                guard value.value >= 0, value.value <= 100 else {
                    return .failure(error("share '\(text(token))' is out of range; write a percent from 0% to 100%", token))
                }
                share = value.value
            case .failure(let e):
                return .failure(e)
            }
            i = skipSpaces(from: tokenEnd, to: r.upperBound)
        }
        var label: String?
        if i < r.upperBound {
            guard bytes[i] == 0x28 else {
                return .failure(error("unexpected '\(text(i..<r.upperBound))' in target '\(item)'; \(Self.targetForm)", i..<r.upperBound))
            }
            guard let close = closingParenthesis(from: i, to: r.upperBound) else {
                return .failure(error("condition '\(text(i..<r.upperBound))' is not closed; add ')'", i..<r.upperBound,
                                      fix: text(i..<r.upperBound) + ")"))
            }
            let inner = trim(i + 1..<close)
            guard !inner.isEmpty else {
                return .failure(error("target '\(item)' has an empty condition; write it inside the parentheses or drop them", i..<close + 1))
            }
            label = collapsedText(inner)
            let after = skipSpaces(from: close + 1, to: r.upperBound)
            if after < r.upperBound {
                let rest = after..<r.upperBound
                if share == nil, let n = scanNumber(from: after, to: r.upperBound), n.range.upperBound < r.upperBound,
                   bytes[n.range.upperBound] == 0x25 {
                    let fix = "\(text(refRange)) \(text(rest)) \(text(i..<close + 1))"
                    return .failure(error("target '\(item)' has its share after the condition; write '\(fix)'", r, fix: fix))
                }
                return .failure(error("unexpected '\(text(rest))' after the condition in target '\(item)'; \(Self.targetForm)", rest))
            }
        }
        let start = charOffset(r.lowerBound)
        return .success(FlowTargetSpec(target: ref, share: share, label: label, offset: start, length: charOffset(r.upperBound) - start))
    }

    static let targetForm = "write the target, an optional share and an optional condition, e.g. 'checkout 70% (has an account)'"

    /// Why `range` is not a ref, or nil.
    private func refProblem(_ range: Range<Int>) -> String? {
        var ref: String { text(range) }
        var slash: Int?
        for i in range {
            switch bytes[i] {
            case 0x25, 0x29:
                return "target '\(ref)' is not a touchpoint id; \(Self.targetForm)"
            case 0x2F:
                if slash != nil || i == range.lowerBound || i + 1 == range.upperBound {
                    return "target '\(ref)' is not a reference; write 'touchpoint-id' or 'journey-id/touchpoint-id'"
                }
                slash = i
            default: break
            }
        }
        return nil
    }

    private func multiWordRef(_ r: Range<Int>, refStart: Int, wordsEnd: Int) -> ValueError {
        let words = trim(refStart..<wordsEnd)
        let slug = Slug.make(text(words))
        let fix = slug.isEmpty ? nil : slug
        let hint = fix.map { "write its id, e.g. '\($0)'" } ?? "write its id"
        return error("target '\(text(words))' is not one id; \(hint)", words, fix: fix)
    }

    /// The end of a token: the next space or `(`.
    private func tokenEnd(from i: Int, to end: Int) -> Int {
        var j = i
        while j < end, spaceLength(at: j, end: end) == 0, bytes[j] != 0x28 { j += 1 }
        return j
    }

    /// Where the words of a multi-word ref stop: at the first token that is a percent, or `(`.
    private func percentOrParen(from i: Int, in r: Range<Int>) -> Int {
        var j = i
        while j < r.upperBound {
            if bytes[j] == 0x28 { return j }
            let end = tokenEnd(from: j, to: r.upperBound)
            if let n = scanNumber(from: j, to: end), n.range.upperBound < end, bytes[n.range.upperBound] == 0x25 { return j }
            j = skipSpaces(from: end, to: r.upperBound)
        }
        return r.upperBound
    }

    /// The `)` matching the `(` at `open`, nesting counted.
    private func closingParenthesis(from open: Int, to end: Int) -> Int? {
        var depth = 0
        for i in open..<end {
            if bytes[i] == 0x28 { depth += 1 }
            if bytes[i] == 0x29 {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }
}
