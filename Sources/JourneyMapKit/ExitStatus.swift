/// Exit statuses of cli.md. An `Error` only so a failed step can carry the status it ends with.
public enum ExitStatus: Int32, Sendable, Error {
    /// No errors (warnings allowed unless `--strict`).
    case ok = 0
    /// The maps have errors (or warnings under `--strict`).
    case mapErrors = 1
    /// The command could not run: bad arguments, missing folder, I/O failure.
    case cannotRun = 2
}

/// Where an action writes; the CLI passes standard output and error, tests capture them.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Whether standard error is a terminal (colour only then).
    public var errIsTerminal: Bool

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, errIsTerminal: Bool) {
        self.out = out
        self.err = err
        self.errIsTerminal = errIsTerminal
    }
}
