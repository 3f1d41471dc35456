import Foundation
@testable import JourneyMapKit
import Testing

/// The catalog pages and the CSV are made again exactly when what they show changed:
/// the prints stay for edits the catalog does not show, and change for those it does,
/// and the site equals `build`'s after each.
@Suite struct CatalogPrintsTests {
    typealias Session = LiveSiteBuilderTests.Session

    static let signup = "signup.md"

    /// Edits of `signup.md` the catalog does not show.
    @Test(arguments: [
        ("- emotion: +1 relieved", "- emotion: -2 angry"),
        ("- moment of truth: yes", "- moment of truth: no"),
        ("- kpi: checkout completion: 60% -> 70%", "- kpi: checkout completion: 60% -> 75%"),
    ])
    func editsTheCatalogDoesNotShowKeepThePrints(old: String, new: String) throws {
        let session = Session(try LiveSiteBuilderTests.sandbox())
        let before = session.builder.last.catalog
        try edit(session, Self.signup, old, new)
        #expect(session.builder.last.catalog == before)
        try session.expectSameAsBuild("after \(new)")
    }

    /// Edits of what the catalog shows: a tactic's scores, the channel of the touchpoint
    /// it belongs to, its journey's title, a segment's title.
    @Test(arguments: [
        (signup, "- impact: 4", "- impact: 2"),
        (signup, "- confidence: 4", "- confidence: 1"),
        (signup, "### Touchpoint: Checkout {#checkout}\n- channel: web", "### Touchpoint: Checkout {#checkout}\n- channel: phone"),
        (signup, "#### Tactic: Router included", "#### Tactic: Router bundled"),
        (signup, "\n# ", "\n# Renamed "),
        ("library.md", "## Segment: Movers", "## Segment: Home movers {#movers}"),
    ])
    func editsTheCatalogShowsChangeThePrints(file: String, old: String, new: String) throws {
        let session = Session(try LiveSiteBuilderTests.sandbox())
        let before = session.builder.last.catalog
        try edit(session, file, old, new)
        #expect(session.builder.last.catalog != before)
        try session.expectSameAsBuild("after \(new)")
    }

    func edit(_ session: Session, _ file: String, _ old: String, _ new: String) throws {
        let text = try #require(session.box.read("maps/" + file))
        try #require(text.contains(old), "\(file) has no \(old)")
        try session.edit(file, text.replacingOccurrences(of: old, with: new))
        #expect(!session.hasProblems, "\(session.notes.text)")
    }
}
