import Foundation
@testable import JourneyMapKit
import Testing

@Suite struct InterruptibleTests {
    @Test func givesTheResultWhenNothingWaits() {
        #expect(Interruptible.run(unless: { false }) { 6 * 7 } == 42)
    }

    @Test func doesNotStartWhenAChangeWaitsAlready() {
        let ran = Flag()
        #expect(Interruptible.run(unless: { true }) { ran.set() } == nil)
        #expect(!ran.isSet)
    }

    /// The step blocks until the test lets it go: the build's thread gives it up as soon
    /// as a change waits, without waiting for the step to end.
    @Test func givesUpARunningStepWhenAChangeArrives() {
        let started = Flag()
        let release = DispatchSemaphore(value: 0)
        let ended = DispatchSemaphore(value: 0)
        let result = Interruptible.run(unless: { started.isSet }) { () -> Int in
            started.set()
            release.wait()
            ended.signal()
            return 1
        }
        #expect(result == nil)
        release.signal()
        ended.wait()
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
