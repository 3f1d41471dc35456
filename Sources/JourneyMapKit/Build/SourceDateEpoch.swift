import Foundation

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): the one way a date gets into a build,
/// so that two builds of the same maps are otherwise byte for byte the same.
enum SourceDateEpoch {
    static let variable = "SOURCE_DATE_EPOCH"

    /// The date the variable names, in UTC ISO 8601 (`2023-11-14T22:13:20Z`); nil when
    /// it is unset or empty. A value that is not a whole number of seconds since 1970
    /// is an error, as the specification asks, rather than silently ignored.
    static func generatedAt(_ environment: [String: String]) throws(BuildError) -> String? {
        guard let text = environment[variable], !text.isEmpty else { return nil }
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int(text),
              seconds <= 253_402_300_799 else {
            throw BuildError("\(variable) must be a whole number of seconds since 1970-01-01 UTC "
                + "(at most 253402300799), not '\(text)'")
        }
        return iso8601(seconds)
    }

    /// `seconds` since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
    static func iso8601(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(parts.tm_year + 1900)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return "\(paddedYear)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
