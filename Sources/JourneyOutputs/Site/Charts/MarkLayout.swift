import JourneyCore

/// Places round chart marks near their ideal points so that they stay distinguishable:
/// deterministic, no randomness, the same input gives the same positions.
///
/// Each mark may move only within its own `region` (the chart keeps a mark within its
/// value's cell and its quadrant, so moving never reorders marks whose values differ by
/// a whole step, nor changes their quadrant). Marks are placed in input order: each
/// takes the first point of a hexagonal spiral around its ideal point where its
/// bounding box overlaps no placed mark's box by more than `accept` of the smaller box.
/// When some pair still overlaps by more than `limit`, every radius shrinks and the
/// placement runs again. Crowded regions start with radii that fit their area.
struct MarkLayout {
    struct Rect: Equatable {
        var x0, y0, x1, y1: Double
    }

    struct Item {
        var x, y: Double
        var radius: Double
        /// Where the mark's centre may go.
        var region: Rect
    }

    struct Placed: Equatable {
        var x, y: Double
        var radius: Double
    }

    static let accept = 0.1
    static let limit = 0.5

    /// The marks' centres and (possibly shrunk) radii, in input order.
    static func place(_ items: [Item]) -> [Placed] {
        var scale = startScale(items)
        var placed: [Placed] = []
        for _ in 0..<12 {
            placed = attempt(items, scale: scale)
            if worstOverlap(placed) <= limit { return placed }
            scale *= 0.8
        }
        return placed
    }

    /// 1, or less when a region holds more marks than fit in it side by side.
    static func startScale(_ items: [Item]) -> Double {
        var counts: [Key: (count: Int, area: Double, radius: Double)] = [:]
        for item in items {
            let r = item.region
            let key = Key(Int((r.x0 * 8).rounded()), Int((r.y0 * 8).rounded()))
            let area = (r.x1 - r.x0 + 2 * item.radius) * (r.y1 - r.y0 + 2 * item.radius)
            let old = counts[key] ?? (0, area, 0)
            counts[key] = (old.count + 1, max(old.area, area), max(old.radius, item.radius))
        }
        var scale = 1.0
        for (count, area, radius) in counts.values where count > 1 && radius > 0 {
            // A box of side 2r per mark, with a little room to spare.
            let fit = (area / Double(count)).squareRoot() / 2 * 1.15
            scale = min(scale, fit / radius)
        }
        return scale
    }

    /// The largest overlap of any two marks' boxes, as a share of the smaller box.
    static func worstOverlap(_ marks: [Placed]) -> Double {
        var grid = Grid(cell: max(1, 2 * maxRadius(marks)))
        var worst = 0.0
        for (i, mark) in marks.enumerated() {
            for k in grid.near(mark.x, mark.y, reach: 2 * grid.cell) {
                worst = max(worst, overlap(mark, marks[k]))
            }
            grid.insert(i, mark.x, mark.y)
        }
        return worst
    }

    /// The area two marks' bounding boxes share, as a share of the smaller box.
    static func overlap(_ a: Placed, _ b: Placed) -> Double {
        let w = min(a.x + a.radius, b.x + b.radius) - max(a.x - a.radius, b.x - b.radius)
        let h = min(a.y + a.radius, b.y + b.radius) - max(a.y - a.radius, b.y - b.radius)
        guard w > 0, h > 0 else { return 0 }
        let side = 2 * min(a.radius, b.radius)
        return w * h / (side * side)
    }

    static func attempt(_ items: [Item], scale: Double) -> [Placed] {
        let largest = (items.map(\.radius).max() ?? 1) * scale
        var grid = Grid(cell: max(1, 2 * largest))
        var placed: [Placed] = []
        placed.reserveCapacity(items.count)
        for item in items {
            let r = item.radius * scale
            let region = item.region
            let step = r * 1.25
            let span = max(region.x1 - region.x0, region.y1 - region.y0)
            let rings = min(14, Int((span / step).rounded(.up)) + 1)
            // Only marks within reach of the spiral can collide with it.
            let reach = Double(rings) * step + r + largest
            let near = grid.near(item.x, item.y, reach: reach).map { placed[$0] }
            var best = Placed(x: clamp(item.x, region.x0, region.x1), y: clamp(item.y, region.y0, region.y1), radius: r)
            var bestOverlap = worstOverlap(best, near, below: .infinity)
            ringLoop: for ring in 1...rings where bestOverlap > accept {
                for (a, b) in hexOffsets[ring] {
                    let candidate = Placed(x: clamp(item.x + a * step, region.x0, region.x1),
                                           y: clamp(item.y + b * step, region.y0, region.y1), radius: r)
                    let o = worstOverlap(candidate, near, below: bestOverlap)
                    if o < bestOverlap {
                        best = candidate
                        bestOverlap = o
                        if o <= accept { break ringLoop }
                    }
                }
            }
            grid.insert(placed.count, best.x, best.y)
            placed.append(best)
        }
        return placed
    }

    /// The largest overlap of `mark` with any of `others`; stops early once it reaches
    /// `below`, since the caller then has no use for the exact figure.
    static func worstOverlap(_ mark: Placed, _ others: [Placed], below: Double) -> Double {
        var worst = 0.0
        for other in others {
            worst = max(worst, overlap(mark, other))
            if worst >= below { break }
        }
        return worst
    }

    /// The spiral's rings: per ring, each hexagon's offset from the centre in steps.
    /// A hexagonal lattice: no trigonometry, so every platform gives the same points.
    static let hexOffsets: [[(Double, Double)]] = (0...14).map { ring in
        hexRing(ring).map { q, s in (Double(q) + Double(s) / 2, Double(s) * 0.8660254037844386) }
    }

    /// The axial coordinates of the hexagons `ring` steps from the centre.
    static func hexRing(_ ring: Int) -> [(Int, Int)] {
        guard ring > 0 else { return [(0, 0)] }
        let directions = [(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)]
        var q = -ring, s = ring
        var cells: [(Int, Int)] = []
        for (dq, ds) in directions {
            for _ in 0..<ring {
                cells.append((q, s))
                q += dq
                s += ds
            }
        }
        return cells
    }

    static func maxRadius(_ marks: [Placed]) -> Double { marks.map(\.radius).max() ?? 0 }

    static func clamp(_ v: Double, _ lo: Double, _ hi: Double) -> Double {
        lo <= hi ? min(max(v, lo), hi) : (lo + hi) / 2
    }

    struct Key: Hashable {
        var x, y: Int
        init(_ x: Int, _ y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// Marks bucketed by position, so that a mark is compared with its neighbours only.
    /// Charts hold a few dozen marks: a scan of their buckets costs less than hashing.
    struct Grid {
        var cell: Double
        /// Each inserted mark's index and bucket, in insertion order.
        var marks: [(index: Int, x: Int, y: Int)] = []

        init(cell: Double) { self.cell = cell }

        func key(_ v: Double) -> Int { Int((v / cell).rounded(.down)) }

        mutating func insert(_ index: Int, _ x: Double, _ y: Double) {
            marks.append((index, key(x), key(y)))
        }

        /// Indices of the marks whose centres lie within `reach` of (x, y) on both axes
        /// (and a few beyond: those in the same buckets), in insertion order.
        func near(_ x: Double, _ y: Double, reach: Double) -> [Int] {
            let xs = key(x - reach)...key(x + reach), ys = key(y - reach)...key(y + reach)
            return marks.filter { xs.contains($0.x) && ys.contains($0.y) }.map(\.index)
        }
    }
}
