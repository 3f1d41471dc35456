import Foundation
import JourneyCore
import JourneyOutputs
import JourneyMapKit
import Testing

/// `generate(_:write:)`: the files handed over one by one as they are made.
@Suite struct SiteGeneratorStreamTests {
    /// What the write callback received, from any thread.
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [SiteFile] = []

        func add(_ file: SiteFile) {
            lock.lock()
            defer { lock.unlock() }
            files.append(file)
        }

        var sorted: [SiteFile] {
            lock.lock()
            defer { lock.unlock() }
            return files.sorted { $0.path < $1.path }
        }
    }

    struct Refused: Error, Equatable {
        var path: String
    }

    @Test func handsOverTheFilesGenerateReturns() throws {
        let input = try SiteFixtures.exampleInput()
        let generator = SiteGenerator(templates: try TemplateSet.defaults())
        let received = Received()
        try generator.generate(input) { received.add($0) }
        let files = try generator.generate(input)
        #expect(received.sorted.map(\.path) == files.map(\.path))
        #expect(received.sorted == files)
    }

    @Test func aFailedWriteIsThrown() throws {
        let input = try SiteFixtures.exampleInput()
        let generator = SiteGenerator(templates: try TemplateSet.defaults())
        #expect(throws: Refused(path: "report.html")) {
            try generator.generate(input) { file in
                if file.path == "report.html" { throw Refused(path: file.path) }
            }
        }
    }
}
