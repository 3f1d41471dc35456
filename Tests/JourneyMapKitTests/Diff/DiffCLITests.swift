import Testing

/// `journeymap diff` through the built binary: exit statuses and where output goes.
@Suite(.serialized) struct DiffCLITests {
    static let files: [String: String] = [
        "base/trip.md": DiffFixture.trip,
        "head/trip.md": DiffFixture.trip.replacingOccurrences(of: "- emotion: 0\n", with: "- emotion: -1\n"),
        "file.txt": "not a folder\n",
    ]

    @Test(arguments: [
        (["diff", "base", "head"], Int32(0), "<!-- journeymap-diff -->"),
        (["diff", "base", "base", "--format", "text"], 0, "journeymap diff: no changes\n"),
        (["diff", "missing", "head", "--format", "json"], 0, "\"journeysAdded\": 1"),
        (["diff", "base", "head", "--fail-on", "new-errors", "--fail-on", "lost-focus-tactic"], 0, "emotion 0 → -1"),
        (["diff", "base", "head", "--fail-on", "emotion-drop"], 1, "emotion 0 → -1"),
        (["diff", "base", "head", "--fail-on", "emotion-drop=2"], 0, "emotion 0 → -1"),
        (["diff", "base", "file.txt"], 2, ""),
        (["diff", "base", "head", "--fail-on", "errors"], 2, ""),
        (["diff", "base"], 2, ""),
    ])
    func exitStatuses(arguments: [String], status: Int32, out: String) throws {
        let result = try CLITests.run(Self.files, arguments)
        #expect(result.status == status, "\(result.err)")
        #expect(out.isEmpty ? result.out.isEmpty : result.out.contains(out))
        if status == 2 { #expect(!result.err.isEmpty) }
    }
}
