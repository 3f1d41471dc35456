import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// The pieces of the diff that need no maps folder: moves in an order, the element a
/// line belongs to, and numbers in words.
@Suite struct DiffPartsTests {
    @Test(arguments: [
        (["a", "b", "c"], ["a", "b", "c"], [String]()),
        (["a", "b", "c"], ["a", "x", "b"], []),
        (["a", "b"], ["b", "a"], ["b"]),
        (["a", "b", "c", "d"], ["d", "a", "b", "c"], ["d"]),
        (["a", "b", "c", "d"], ["a", "c", "b", "d"], ["c"]),
        (["a", "b", "c"], ["c", "b", "a"], ["c", "b"]),
    ])
    func movedElements(base: [String], head: [String], moved: [String]) {
        #expect(OrderMoves.moved(base: base, head: head) == Set(moved))
    }

    @Test func elementOfALine() {
        let source = SourceText("""
            ---
            id: j
            ---
            # J
            ## Stage: Buy ##
            ```
            ### Touchpoint: In a fence
            ```
            ### Step: Cart {#basket}
            - chanel: web
            #### Notes
            text
            """)
        let locator = ElementLocator(source)
        #expect([1, 4, 5, 7, 9, 10, 12].map(locator.element(at:)) == [
            "document", "document", "stage/buy", "stage/buy", "touchpoint/basket", "touchpoint/basket", "touchpoint/basket",
        ])
    }

    @Test func numbersInWords() {
        #expect([1, -2, 58.333, 0.5, 100].map(DiffWording.number) == ["1", "-2", "58.33", "0.5", "100"])
    }
}
