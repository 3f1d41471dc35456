import ArgumentParser
import JourneyMapKit

extension CheckAction.Format: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse and validate the maps; print every diagnostic.")

    @OptionGroup var options: MapsOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Output format: text, json, github or sarif.")
    var format: CheckAction.Format = .text

    func run() throws {
        try CheckAction(maps: options.maps, strict: strict, format: format).run(console: .standard).finish()
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the resolved model.", subcommands: [JSON.self, Dot.self, Mermaid.self])

    struct JSON: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "json",
                                                        abstract: "Print the resolved model as JSON on standard output.")

        @OptionGroup var options: MapsOptions

        func run() throws {
            try ExportJSONAction(maps: options.maps).run(console: .standard).finish()
        }
    }
}
