/// Did-you-mean suggestions (Journey Markdown section 3, near-miss rule).
public enum Suggest {
    /// The optimal-string-alignment distance between `a` and `b`, case-insensitively:
    /// insertions, deletions, substitutions and swaps of two adjacent characters each
    /// cost 1, so `chanel` -> `channel` is 1 and `Stgae` -> `Stage` is 1. (A swapped
    /// pair is not edited again: `ca` -> `abc` is 3.) Characters are compared as
    /// lowercased Unicode scalars.
    public static func distance(_ a: String, _ b: String) -> Int {
        var rows = Rows()
        return rows.distance(units(a), units(b), limit: .max)
    }

    /// The candidate nearest to `word`, if it is within `maxDistance`.
    ///
    /// The default maximum is 2, or 1 when `word` has five letters or fewer (short words
    /// are too close to everything). Ties go to the first candidate in the given order.
    /// An exact match (any case) is returned as is.
    public static func closest(to word: String, in candidates: [String], maxDistance: Int? = nil) -> String? {
        let w = units(word)
        guard !w.isEmpty else { return nil }
        let limit = maxDistance ?? (w.count <= 5 ? 1 : 2)
        var rows = Rows()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // Lengths apart by more than the limit cannot be within it: skip the work.
            let utf8 = candidate.utf8
            if abs(utf8.count - w.count) > limit, utf8.allSatisfy({ $0 < 0x80 }) { continue }
            let d = rows.distance(w, units(candidate), limit: min(limit, (best?.distance ?? .max) - 1))
            if d <= limit, d < (best?.distance ?? .max) {
                best = (candidate, d)
                if d == 0 { break }
            }
        }
        return best?.candidate
    }

    /// Lowercased characters as scalars: bytes for ASCII, scalars of `lowercased()` else.
    private static func units(_ text: String) -> [UInt32] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.map { UInt32(ASCII.lower($0)) } }
        return text.lowercased().unicodeScalars.map(\.value)
    }

    /// The three rows of the dynamic programme, kept across candidates.
    private struct Rows {
        var beforePrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []

        /// The distance, or some value above `limit` as soon as it must exceed it.
        mutating func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
            if a.isEmpty { return b.count }
            if b.isEmpty { return a.count }
            if limit < .max, abs(a.count - b.count) > limit { return limit + 1 }
            let width = b.count + 1
            if previous.count < width {
                beforePrevious = Array(repeating: 0, count: width)
                previous = Array(repeating: 0, count: width)
                current = Array(repeating: 0, count: width)
            }
            for j in 0..<width { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        d = min(d, beforePrevious[j - 2] + 1)
                    }
                    current[j] = d
                    rowMinimum = min(rowMinimum, d)
                }
                // A row's minimum never decreases by more than the swap step, so two rows
                // above the limit mean the end result is above it too.
                swap(&beforePrevious, &previous)
                swap(&previous, &current)
                if rowMinimum > limit, i > 1, beforePrevious[0...b.count].min()! > limit { return limit + 1 }
            }
            return previous[b.count]
        }
    }
}
