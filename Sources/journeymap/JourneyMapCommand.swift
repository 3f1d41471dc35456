import ArgumentParser
import Foundation
import JourneyMapKit

@main
struct JourneyMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeymap",
        abstract: "Validate customer-journey maps written in Markdown, export them and build a site.",
        version: ToolVersion.current,
        subcommands: [Init.self, New.self, Check.self, Export.self, Build.self, Serve.self, Import.self, Diff.self,
                      RenderWorkerCommand.self]
    )

    /// cli.md: bad arguments exit with 2, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.cannotRun.rawValue)
        }
    }
}

/// Options every command that reads maps takes.
struct MapsOptions: ParsableArguments {
    @Option(name: .long, help: "The maps folder.")
    var maps = "maps"
}

extension Console {
    static var standard: Console {
        Console(out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
                err: { text in FileHandle.standardError.write(Data(text.utf8)) },
                errIsTerminal: isatty(STDERR_FILENO) == 1)
    }
}

extension ExitStatus {
    /// Ends the command with this status.
    func finish() throws {
        if self != .ok { throw ExitCode(rawValue) }
    }
}
