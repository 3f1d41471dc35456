import JourneyCore
import JourneyMapKit
import Testing
import TestSupport

/// What `check` prints in each format when map text holds control characters: never
/// one of them, in any format, on either stream.
@Suite struct CheckOutputTests {
    /// A key and a title with ESC, BEL, CR and a C1 control, each echoed by a diagnostic.
    static let hostile = MapsFolder([
        "j.md": MapsFolder.preamble + """
            ### Touchpoint: A {#a}
            - chan\u{1B}]0;owned\u{7}el: web
            - pain: slow \u{1B}[2J\u{9B}31m

            ### Touchpoint: Ring\u{7}\u{1B}[5m\r {#b}
            - channel: fax

            """,
    ])

    static func run(_ format: CheckAction.Format) -> (status: JourneyMapKit.ExitStatus, out: String, err: String) {
        let out = Captured()
        let err = Captured()
        let console = Console(out: { out.append($0) }, err: { err.append($0) }, errIsTerminal: false)
        let status = CheckAction(maps: MapsFolder.root, strict: false, format: format)
            .run(console: console, fileSystem: hostile.fileSystem)
        return (status, out.text, err.text)
    }

    @Test(arguments: CheckAction.Format.allCases)
    func noControlCharacterReachesTheOutput(_ format: CheckAction.Format) {
        let result = Self.run(format)
        #expect(result.status == .mapErrors)
        for text in [result.out, result.err] {
            let controls = text.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" }
            #expect(controls.isEmpty, "\(format): \(controls.map { String($0.value, radix: 16) })")
        }
        // The findings are still there, with U+FFFD where the controls stood.
        #expect((result.out + result.err).contains("chan\u{FFFD}]0;owned\u{FFFD}el"))
    }

    /// An error that stops the command names what it was given, controls replaced too.
    @Test(arguments: CheckAction.Format.allCases)
    func errorLinesAreSanitizedToo(_ format: CheckAction.Format) {
        let err = Captured()
        let console = Console(out: { _ in }, err: { err.append($0) }, errIsTerminal: false)
        let status = CheckAction(maps: "gone\u{1B}[2J", strict: false, format: format)
            .run(console: console, fileSystem: Self.hostile.fileSystem)
        #expect(status == .cannotRun)
        #expect(err.text == "journeymap: error: maps folder 'gone\u{FFFD}[2J' does not exist or is not a folder; "
                + "run 'journeymap init' to start one, or name another with --maps\n")
    }
}
