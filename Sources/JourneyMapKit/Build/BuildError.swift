import Foundation

/// Why `journeymap build` could not run (exit status 2): the message says what went
/// wrong and, where the user can fix it, how.
public struct BuildError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) { self.description = description }

    /// An I/O failure on `path`, with the system's reason.
    static func io(_ action: String, _ path: String, _ error: any Error) -> BuildError {
        BuildError("cannot \(action) '\(path)': \(reason(error))")
    }

    /// An I/O failure on `path` from an `errno` value.
    static func posix(_ action: String, _ path: String, _ code: Int32) -> BuildError {
        BuildError("cannot \(action) '\(path)': \(String(cString: strerror(code)))")
    }

    /// The system's words for `error`, without Foundation's wrapper text where the
    /// error is a plain POSIX one.
    static func reason(_ error: any Error) -> String {
        if let error = error as? BuildError { return error.description }
        if let error = error as? CocoaError,
           let underlying = error.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return "\(error.localizedDescription)"
    }
}
