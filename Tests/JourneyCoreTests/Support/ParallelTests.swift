import JourneyCore
import Synchronization
import Testing

@Suite struct ParallelTests {
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    struct Weak {
        weak var box: Box?
    }

    struct Failure: Error, Equatable {
        let item: Int
    }

    @Test(arguments: [0, 1, 2, 100])
    func resultsComeInItemOrder(count: Int) {
        #expect(Parallel.map(Array(0..<count)) { $0 * 3 } == (0..<count).map { $0 * 3 })
    }

    /// Once the caller drops the results, nothing else holds them.
    @Test(arguments: [1, 2, 64])
    func resultsAreReleased(count: Int) {
        var weak: [Weak] = []
        do {
            let boxes = Parallel.map(Array(0..<count)) { Box($0) }
            #expect(boxes.map(\.value) == Array(0..<count))
            weak = boxes.map { Weak(box: $0) }
        }
        #expect(weak.count == count)
        #expect(weak.allSatisfy { $0.box == nil })
    }

    @Test func forEachVisitsEveryItem() throws {
        let seen = Mutex<[Int]>([])
        try Parallel.forEach(Array(0..<50)) { (i: Int) throws(Failure) in seen.withLock { $0.append(i) } }
        #expect(seen.withLock { $0.sorted() } == Array(0..<50))
    }

    /// Whichever job fails first in time, the error is that of the first item in order.
    @Test func forEachThrowsTheFirstFailureInItemOrder() {
        #expect(throws: Failure(item: 7)) {
            try Parallel.forEach(Array(0..<50)) { (i: Int) throws(Failure) in
                if i % 7 == 0, i > 0 { throw Failure(item: i) }
            }
        }
    }
}

