import JourneyCore
import Testing
import TestSupport

/// Every check of Journey Markdown section 8 through the real pipeline (cmark, parser,
/// resolver): each fixture gives exactly its diagnostics, with id, severity, position and message.
@Suite struct CheckDiagnosticsTests {
    @Test(arguments: CheckTable.errors + CheckTable.warnings + CheckTable.forms + CheckTable.ids)
    func fixtureGivesExactlyItsDiagnostics(_ row: CheckCase) throws {
        let project = try MapsFolder(row.files).project()
        #expect(project.expected == row.expected)
    }

    /// The tables cover all 23 check ids but `diagram-failed`, which only `build` reports
    /// (Graphviz failed): `RobustnessTests` has its case.
    @Test func everyCheckHasAFailingFixture() {
        let rows = CheckTable.errors + CheckTable.warnings
        let covered = Set(rows.flatMap { $0.expected.map(\.id) })
        let checked = Set(CheckID.allCases).subtracting([.diagramFailed])
        #expect(covered == checked, "no fixture for \(checked.subtracting(covered))")
        #expect(CheckID.allCases.count == 23)
    }

    /// Each row's severities are the checks' own: errors for error checks, warnings for warning checks.
    @Test(arguments: CheckTable.errors + CheckTable.warnings + CheckTable.forms + CheckTable.ids)
    func severityIsTheCheckDefault(_ row: CheckCase) {
        for expected in row.expected {
            #expect(expected.severity == expected.id.defaultSeverity, "\(expected)")
        }
    }

    /// Without a fixture's fault the preamble and a plain touchpoint check clean, so each
    /// row's diagnostics come from its own lines.
    @Test func preambleWithOneTouchpointIsClean() throws {
        let project = try MapsFolder.journey(CheckTable.touchpointA).project()
        #expect(project.diagnostics.isEmpty)
        #expect(project.documentsRead == 1)
        #expect(try project.only.touchpoints.map(\.header.id) == ["a"])
    }
}
