import ArgumentParser
import Foundation
import JourneyMapKit

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site over HTTP, rebuilt in memory as the maps change, with live reload.",
        discussion: """
            Open pages reload by themselves after each change; while the maps have errors \
            the last good site stays up with the errors shown over every page. Listens on \
            loopback unless --host says otherwise; --port 0 takes a free port. Writes \
            nothing into the maps folder. Ctrl-C (SIGINT) or SIGTERM stops it with exit \
            status 0. See docs/serve.md.
            """
    )

    @OptionGroup var options: MapsOptions

    @Option(help: "A folder of templates that override the built-in ones, file by file.")
    var templates: String?

    @Option(help: "The address to listen on: 127.0.0.1 (this machine only), 0.0.0.0 for a projector or other machines.")
    var host = ServeAction.defaultHost

    @Option(help: "The port to listen on; 0 takes a free one.")
    var port = ServeAction.defaultPort

    @Flag(help: "Open the site in the default browser (xdg-open).")
    var open = false

    func run() throws {
        let status = ServeAction(maps: options.maps, templates: templates, host: host, port: port, open: open,
                                 workerExecutable: Build.ownExecutable).run(console: .standard)
        // A build may still be running on another thread: leave without the process's
        // teardown, which it could run into.
        if status == .ok { _exit(0) }
        try status.finish()
    }
}
