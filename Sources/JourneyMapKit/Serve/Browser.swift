import Foundation

/// Opens a URL with `xdg-open`; a failure is only a note.
enum Browser {
    static func open(_ url: String, console: Console) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let opener = path.split(separator: ":").map({ $0 + "/xdg-open" }).first(where: FileManager.default.isExecutableFile) else {
            console.err("journeymap: note: --open: xdg-open is not installed; open \(url) in a browser\n")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.terminationHandler = { done in
            if done.terminationStatus != 0 {
                console.err("journeymap: note: --open: xdg-open failed (status \(done.terminationStatus)); open \(url) in a browser\n")
            }
        }
        do {
            try process.run()
        } catch {
            console.err("journeymap: note: --open: cannot run xdg-open (\(error)); open \(url) in a browser\n")
        }
    }
}
