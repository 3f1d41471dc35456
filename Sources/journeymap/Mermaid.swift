import ArgumentParser
import JourneyMapKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Make maps from other tools' files.", subcommands: [Mermaid.self])

    struct Mermaid: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mermaid",
            abstract: "Make one map per Mermaid journey diagram.",
            discussion: """
                Each FILE is a Mermaid file, or a Markdown file (.md) whose ```mermaid blocks \
                are searched for journey diagrams. Each map is named after the diagram's title \
                (else the file's name). Existing files are never overwritten: if any map's file \
                exists, nothing is written and the exit status is 2. The path of each map \
                written is printed; warnings about the diagrams go to standard error.
                """
        )

        @Argument(help: "Mermaid or Markdown files.")
        var files: [String]

        @Option(help: "The folder to write the maps into.")
        var output = "maps"

        func run() throws {
            try ImportMermaidAction(files: files, output: output).run(console: .standard).finish()
        }
    }
}

extension Export {
    struct Mermaid: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mermaid",
            abstract: "Print every journey as a Mermaid journey diagram.",
            discussion: """
                Without --output the diagrams go to standard output, each after a \
                '%% journey: <id>' line. With --output DIR each is written to DIR/<id>.mmd; \
                a file of that name is replaced only when it is a regular file.
                """
        )

        @OptionGroup var options: MapsOptions

        @Option(help: "Write one .mmd file per journey into this folder instead of standard output.")
        var output: String?

        func run() throws {
            try ExportMermaidAction(maps: options.maps, output: output).run(console: .standard).finish()
        }
    }
}
