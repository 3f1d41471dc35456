import JourneyCore

/// A JSON text as the exporter writes it, with its final newline.
public struct JSONDocument: Sendable, Equatable {
    /// The text as UTF-8, ready to be written to a file.
    public let bytes: [UInt8]

    /// The value written by `value` into a fresh `JSONWriter`; `capacity` is a guess
    /// of the size in bytes, to spare the buffer's regrowth.
    init(capacity: Int = 0, _ value: (inout JSONWriter) -> Void) {
        var writer = JSONWriter(capacity: capacity)
        value(&writer)
        bytes = writer.finish()
    }

    /// The text as a string.
    public func rendered() -> String { String(decoding: bytes, as: UTF8.self) }
}
