import Testing
import JourneyCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Café & Bar!", "cafe-bar"),
        ("購入", ""),
        ("  --A--b  ", "a-b"),
        ("🚀 Launch day", "launch-day"),
        ("Bar 👩‍👩‍👧 x", "bar-x"),
        ("Ünïcödé", "unicode"),
        ("Cafe\u{301}", "cafe"),
        ("Ｗｅｂ ２", "web-2"),
        ("ﬁle ½", "file-1-2"),
        ("Ⅻ", "xii"),
        ("İstanbul", "istanbul"),
        ("Straße", "stra-e"),
        ("App push: first run", "app-push-first-run"),
        ("Product page", "product-page"),
        ("Touchpoint 2.0", "touchpoint-2-0"),
        ("already-a-slug", "already-a-slug"),
        ("UPPER_case", "upper-case"),
        ("", ""),
        ("---", ""),
        ("a\tb\nc", "a-b-c"),
    ])
    func makes(_ title: String, _ slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test(arguments: [("cart", true), ("a-b-2", true), ("Cart", false), ("a--b", false), ("-a", false), ("", false), ("café", false)])
    func recognisesSlugs(_ text: String, _ expected: Bool) {
        #expect(Slug.isSlug(text) == expected)
    }
}

@Suite struct SuggestTests {
    @Test(arguments: [
        ("chanel", "channel", 1),
        ("Stgae", "stage", 1),
        ("ab", "ba", 1),
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "", 3),
        ("same", "SAME", 0),
        ("Touchpoint", "touch point", 1),
        ("café", "CAFÉ", 0),
        ("ca", "abc", 3),  // optimal string alignment: no edit of a swapped pair
        ("micro-moment", "moment", 6),
    ])
    func distances(_ a: String, _ b: String, _ expected: Int) {
        #expect(Suggest.distance(a, b) == expected)
        #expect(Suggest.distance(b, a) == expected)
    }

    static let kinds = ["stage", "phase", "touchpoint", "touch point", "step", "micro-moment", "moment", "tactic", "persona", "segment"]

    @Test(arguments: [
        ("sage", "stage"),  // 4 letters, distance 1
        ("phsae", "phase"),  // 5 letters, a swap is 1
        ("momnet", "moment"),  // 6 letters
        ("momxyt", "moment"),  // 6 letters, distance 2 is still near
        ("tuchpont", "touchpoint"),  // distance 2
        ("Stage", "stage"),  // exact, any case
        ("tactics", "tactic"),
        ("persnoa", "persona"),
    ])
    func findsNearMisses(_ word: String, _ expected: String) {
        #expect(Suggest.closest(to: word, in: Self.kinds) == expected)
    }

    @Test(arguments: [
        "sae",  // 3 letters at distance 2
        "stxye",  // 5 letters at distance 2
        "phsr",  // 4 letters at distance 2
        "tuchpnt",  // distance 3
        "notes",
        "why this matters",
        "",
    ])
    func ignoresFarWords(_ word: String) {
        #expect(Suggest.closest(to: word, in: Self.kinds) == nil)
    }

    @Test func explicitMaximumOverridesTheDefault() {
        #expect(Suggest.closest(to: "stxye", in: Self.kinds, maxDistance: 2) == "stage")
        #expect(Suggest.closest(to: "momnet", in: Self.kinds, maxDistance: 0) == nil)
    }

    @Test func tiesGoToTheFirstCandidate() {
        #expect(Suggest.closest(to: "bat", in: ["cat", "hat"]) == "cat")
        #expect(Suggest.closest(to: "bat", in: ["hat", "cat"]) == "hat")
        #expect(Suggest.closest(to: "bat", in: ["bxyz", "hat", "bat"]) == "bat")
    }
}
