import Foundation
@testable import JourneyMapKit
import Testing

/// A save that is complete (a Markdown file written and closed, or renamed into place)
/// is reported after the short `settle` spell; other events wait for the whole
/// `debounce` spell. The debounce here is an hour, so a report that arrives at all came
/// through `settle`; the waits are bounded and generous, the tests assert what happens,
/// never how fast.
@Suite struct FolderWatcherTests {
    final class Reports: @unchecked Sendable {
        private let condition = NSCondition()
        private var changes: [LiveSiteBuilder.Change] = []

        func add(_ change: LiveSiteBuilder.Change) {
            condition.withLock {
                changes.append(change)
                condition.broadcast()
            }
        }

        /// The first change reported within `seconds`, nil when none was.
        func next(within seconds: TimeInterval) -> LiveSiteBuilder.Change? {
            condition.withLock {
                let deadline = Date(timeIntervalSinceNow: seconds)
                while changes.isEmpty, condition.wait(until: deadline) {}
                return changes.isEmpty ? nil : changes.removeFirst()
            }
        }
    }

    static func watching(_ box: BuildSandbox) throws -> (FolderWatcher, Reports) {
        let reports = Reports()
        let watcher = try FolderWatcher(maps: box.path("maps"), templates: nil, debounce: 3600, settle: 0.005) { reports.add($0) }
        watcher.start()
        return (watcher, reports)
    }

    @Test func aMapWrittenAndClosedIsReportedWithoutTheDebounce() throws {
        let box = try BuildSandbox(["maps/cart.md": "# Cart\n"])
        let (watcher, reports) = try Self.watching(box)
        defer { watcher.stop() }
        try box.write("maps/cart.md", "# Cart again\n")
        let change = try #require(reports.next(within: 60))
        #expect(change.paths == [box.path("maps/cart.md")])
    }

    @Test func aMapRenamedIntoPlaceIsReportedWithoutTheDebounce() throws {
        let box = try BuildSandbox(["maps/cart.md": "# Cart\n"])
        let (watcher, reports) = try Self.watching(box)
        defer { watcher.stop() }
        // As editors save: a temporary file, then a rename over the map.
        try box.write("maps/.cart.md.tmp", "# Cart again\n")
        try FileManager.default.removeItem(atPath: box.path("maps/cart.md"))
        try FileManager.default.moveItem(atPath: box.path("maps/.cart.md.tmp"), toPath: box.path("maps/cart.md"))
        let change = try #require(reports.next(within: 60))
        #expect(change.paths?.contains(box.path("maps/cart.md")) == true)
    }

    @Test func otherEventsWaitForTheDebounce() throws {
        let box = try BuildSandbox(["maps/cart.md": "# Cart\n"])
        let (watcher, reports) = try Self.watching(box)
        defer { watcher.stop() }
        // A file that is no map, and a map removed: neither completes a save.
        try box.write("maps/notes.txt", "later\n")
        try FileManager.default.removeItem(atPath: box.path("maps/cart.md"))
        #expect(reports.next(within: 1) == nil)
    }
}
