import Foundation

// A libFuzzer target over the language: Markdown in, parse, resolve, checks, figures,
// and every pure output (diagnostics, JSON, DOT, CSV, site model) out; see `FuzzTarget`.
//
// SwiftPM renames an executable's `main`, so libFuzzer's own `main` never runs: this one
// looks its driver up and hands it the command line. `make fuzz` builds it with
// `-sanitize=fuzzer,address` and exports the driver (see the Makefile); a plain
// `swift build` makes a binary that says so and exits 2.

typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
typealias RunDriver = @convention(c) (
    UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    TestOneInput
) -> Int32

guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
    FileHandle.standardError.write(Data("""
        journeymap-fuzz: not built with libFuzzer (LLVMFuzzerRunDriver not found); \
        build and run it with `make fuzz`\n
        """.utf8))
    exit(2)
}
let runDriver = unsafeBitCast(symbol, to: RunDriver.self)
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { data, size in
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
})
