import JourneyCore

/// Which elements changed place: of the ids on both sides, those outside a longest run
/// that keeps its order (a longest common subsequence), so that inserting or removing
/// an element moves nothing and swapping two moves one.
enum OrderMoves {
    static func moved(base: [String], head: [String]) -> Set<String> {
        let common = Set(base).intersection(head)
        let a = unique(base.filter(common.contains))
        let b = unique(head.filter(common.contains))
        guard a != b else { return [] }
        // Lengths of the longest common subsequence of a[i...] and b[j...].
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var kept = Set<String>()
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                kept.insert(a[i])
                i += 1
                j += 1
            } else if table[i][j + 1] >= table[i + 1][j] {
                // On a tie the head's element is the one that moved: what the author
                // put elsewhere, rather than what it passed.
                j += 1
            } else {
                i += 1
            }
        }
        return Set(b).subtracting(kept)
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
