import Testing
@testable import JourneyCore

@Suite struct SlugTableTests {
    /// The table fast path must agree with Foundation's NFKD on every scalar it covers,
    /// alone and between letters (where a separator shows).
    @Test func latinTableMatchesFoundation() {
        #expect(Slug.latin.count == 0x250 - 0xA0)
        var mismatches: [String] = []
        for value in UInt32(0x80)..<0x370 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for title in [String(Character(scalar)), "a\(Character(scalar))b", "É\(Character(scalar))1"] {
                let fast = Slug.make(title)
                let reference = Slug.makeWithFoundation(title)
                if fast != reference { mismatches.append("U+\(String(value, radix: 16)): '\(fast)' vs '\(reference)'") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(arguments: ["Café & Bar!", "Ünïcödé", "Łódź", "Straße ½", "Cafe\u{301} au lait", "Über-Ömer"])
    func fastPathAgreesOnTitles(_ title: String) {
        #expect(Slug.make(title) == Slug.makeWithFoundation(title))
    }

    @Test func titlesOutsideTheTableUseFoundation() {
        #expect(Slug.make("Ｗｅｂ ２ ﬁle") == "web-2-file")
        #expect(Slug.make("Ωmega 𝐁old") == "mega-bold")
    }
}
