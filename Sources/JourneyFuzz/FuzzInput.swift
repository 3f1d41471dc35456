/// How one fuzz input becomes a maps folder: NUL bytes separate files (a NUL inside a
/// map is a `file` error anyway, so little is lost), at most `maxFiles`. File k is
/// `maps/f<k>.md`, except that the first part starting with `configMark` is
/// `maps/journeymap.yml` (without the mark). The seed corpus is written the same way.
enum FuzzInput {
    static let root = "maps"
    static let configMark = Array("#journeymap.yml\n".utf8)
    static let maxFiles = 8

    static func files(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let parts = bytes.split(separator: 0, maxSplits: maxFiles - 1, omittingEmptySubsequences: false)
        for (k, part) in parts.enumerated() {
            if files[root + "/journeymap.yml"] == nil, part.starts(with: configMark) {
                files[root + "/journeymap.yml"] = Array(part.dropFirst(configMark.count))
            } else {
                files[root + "/f\(k).md"] = Array(part)
            }
        }
        return files
    }
}
