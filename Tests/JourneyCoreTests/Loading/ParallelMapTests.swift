import Foundation
import Testing
@testable import JourneyCore

/// `parallelMap` keeps order and releases everything it made: the results live only as
/// long as the caller keeps them.
@Suite struct ParallelMapTests {
    /// Counts its live instances.
    final class Tracked: Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var alive = 0
        let value: Int

        init(_ value: Int) {
            self.value = value
            Self.lock.withLock { Self.alive += 1 }
        }

        deinit { Self.lock.withLock { Self.alive -= 1 } }
    }

    @Test func keepsOrderAndReleasesTheResults() {
        do {
            let results = parallelMap(Array(0..<200)) { Tracked($0) }
            #expect(results.map(\.value) == Array(0..<200))
        }
        #expect(Tracked.lock.withLock { Tracked.alive } == 0)
    }
}
