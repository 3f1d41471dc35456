extension Values {
    /// A score: a number from 1 to 5 with at most one decimal (`4`, `3.5`; averaged votes).
    ///
    /// Refused with a fix: a decimal comma (`3,5` -> `3.5`), a fraction (`4/5` -> `4`), two
    /// or more decimals (`3.25` -> `3.3`, rounded half away from zero).
    public static func score(_ text: String) -> Result<Double, ValueError> {
        let v = ValueText(text)
        return v.score(v.all, what: "score")
    }

    /// A percent: a number followed by `%`, optionally signed (`62%`, `3.1%`, `-5%`, `+10%`);
    /// returns the number in percent (`62`). Spaces before `%` are allowed (`62 %`). No
    /// range is enforced here: what makes sense depends on the key.
    public static func percent(_ text: String) -> Result<Double, ValueError> {
        let v = ValueText(text)
        return v.percent(v.trim(v.all), what: "percent").map(\.value)
    }
}

extension ValueText {
    /// The score in `range`; `what` names it in messages (`score`, `volume score`).
    func score(_ range: Range<Int>, what name: @autoclosure () -> String) -> Result<Double, ValueError> {
        let r = trim(range)
        // Messages are built only on failure: this runs for every score of a large corpus.
        var what: String { name() }
        var shown: String { text(r) }
        let rule = "write a number from 1 to 5 (at most one decimal)"
        guard !r.isEmpty else { return .failure(error("\(what) is empty; \(rule)", r)) }
        guard let n = scanNumber(from: r.lowerBound, to: r.upperBound) else {
            return .failure(error("\(what) '\(shown)' is not a number; \(rule)", r))
        }
        if n.range.upperBound != r.upperBound {
            if let fix = decimalCommaFix(n, end: r.upperBound), decimalCommaEnd(n, end: r.upperBound) == r.upperBound {
                return .failure(error("\(what) '\(shown)' uses a decimal comma; write '\(fix)'", r, fix: fix))
            }
            let rest = skipSpaces(from: n.range.upperBound, to: r.upperBound)
            if rest < r.upperBound, bytes[rest] == 0x2F {
                return .failure(error("\(what) '\(shown)' is a fraction; write the score alone, '\(text(n.range))'",
                                      r, fix: text(n.range)))
            }
            return .failure(error("\(what) '\(shown)' is not a number; \(rule)", r))
        }
        guard n.value >= 1, n.value <= 5 else {
            return .failure(error("\(what) '\(shown)' is out of range; \(rule)", r))
        }
        guard n.fractionDigits <= 1 else {
            let fix = n.oneDecimalText
            return .failure(error("\(what) '\(shown)' has more than one decimal; round it to one, '\(fix)'", r, fix: fix))
        }
        return .success(n.value)
    }

    /// The percent in `range` (already trimmed) and the bytes of its number.
    func percent(_ r: Range<Int>, what: String) -> Result<(value: Double, number: Range<Int>), ValueError> {
        var shown: String { text(r) }
        let rule = "write a number followed by '%', e.g. '62%'"
        guard !r.isEmpty else { return .failure(error("\(what) is empty; \(rule)", r)) }
        guard let n = scanNumber(from: r.lowerBound, to: r.upperBound) else {
            return .failure(error("\(what) '\(shown)' is not a number; \(rule)", r))
        }
        if let fix = decimalCommaFix(n, end: r.upperBound) {
            let after = skipSpaces(from: decimalCommaEnd(n, end: r.upperBound), to: r.upperBound)
            if after + 1 == r.upperBound, bytes[after] == 0x25 {
                return .failure(error("\(what) '\(shown)' uses a decimal comma; write '\(fix)%'", r, fix: fix + "%"))
            }
        }
        let after = skipSpaces(from: n.range.upperBound, to: r.upperBound)
        if after == r.upperBound {
            let fix = text(n.range) + "%"
            return .failure(error("\(what) '\(shown)' has no '%'; write '\(fix)'", r, fix: fix))
        }
        guard bytes[after] == 0x25, after + 1 == r.upperBound else {
            return .failure(error("\(what) '\(shown)' is not a percent; \(rule)", r))
        }
        return .success((n.value, n.range))
    }
}
