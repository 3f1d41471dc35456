import JourneyCore
import Testing

/// Headings of notes fitted under the page's own.
@Suite struct HeadingOutlineTests {
    @Test(arguments: [
        ([1, 2], 4, [4, 5]),
        ([2, 5], 3, [3, 4]),
        ([1, 6], 3, [3, 4]),
        ([], 2, []),
        // A fragment deeper than the page moves up to it: no skipped level.
        ([4], 2, [2]),
        ([6], 4, [4]),
        ([3, 5, 3], 2, [2, 3, 2]),
        // Never more than one level below the heading before.
        ([1, 3, 6], 2, [2, 3, 4]),
        // A heading above the first one starts again at the top.
        ([3, 1, 3], 2, [2, 2, 3]),
        // A level between two others nests under the nearest lower one.
        ([1, 3, 2, 3], 2, [2, 3, 3, 4]),
        // HTML has no <h7>: deep outlines stop at 6.
        ([1, 2, 3, 4], 4, [4, 5, 6, 6]),
        ([2], 9, [6]),
        ([2], 0, [1]),
    ])
    func headingsOfNotesFitUnderThePage(_ levels: [Int], _ top: Int, _ expected: [Int]) {
        #expect(HeadingOutline.levels(levels, top: top) == expected)
    }

    /// Whatever the input, the fragment starts at `top` and never skips a level.
    @Test(arguments: [1, 2, 3, 4])
    func noFragmentSkipsALevel(top: Int) {
        let levels = [6, 1, 4, 4, 2, 6, 3, 1, 5]
        let found = HeadingOutline.levels(levels, top: top)
        #expect(found.count == levels.count)
        var previous = top - 1
        for level in found {
            #expect(level >= top && level <= previous + 1)
            previous = level
        }
    }
}
