import Foundation
import JourneyCore

/// Drawn diagrams kept between runs in a folder the tool owns, by content: an SVG
/// depends only on its DOT text and on the journeymap and Graphviz releases, so an
/// entry is addressed by a hash of those three and found again by any build, of any
/// maps folder, that asks for the same diagram. No output folder is read or trusted.
///
/// Each entry is one file, `diagrams-1/<key>.entry`: a header naming both releases and
/// giving the lengths of the DOT text and the SVG and the SVG's checksum, then the DOT
/// text, then the SVG. A hit needs all of it to match, the DOT text byte for byte, so
/// the key is only an address (`XXH64`, the checksum the language already has), and a
/// damaged or foreign entry is removed and drawn again, never shown.
///
/// Writers write a temporary file in the same folder and rename it into place, so
/// builds sharing the cache at once see whole entries or none. A hit marks its entry
/// used (its modification time); past `limit` bytes the least recently used entries are
/// dropped, and temporary files a killed writer left an hour ago go too.
///
/// The cache never fails a caller: the first failure to create, read or write it is
/// reported once through `note`, and from then on this cache is not used.
public final class DiagramCache: @unchecked Sendable {
    /// The default bound on the entries' total size.
    public static let defaultLimit = 256 << 20
    static let folderName = "diagrams-1"
    static let header = "journeymap diagram 1"
    static let temporaryPrefix = ".tmp-"

    public let folder: String
    let toolVersion: String
    let limit: Int
    private let note: @Sendable (String) -> Void
    private let lock = NSLock()
    // Guarded by `lock`.
    private var broken = false
    /// Temporary file numbers, shared by every cache of this process: two caches on one
    /// folder must not pick the same temporary name.
    private static let numbers = NumberSource()

    /// A cache in `folder` (created when first written), for diagrams drawn by this
    /// `toolVersion`; `note` hears of its first failure.
    public init(folder: String, toolVersion: String, limit: Int = DiagramCache.defaultLimit,
                note: @escaping @Sendable (String) -> Void) {
        self.folder = folder
        self.toolVersion = toolVersion
        self.limit = limit
        self.note = note
    }

    /// `$XDG_CACHE_HOME/journeymap` (when that is an absolute path), else
    /// `$HOME/.cache/journeymap`; nil when neither is set.
    public static func defaultFolder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/journeymap" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/journeymap" }
        return nil
    }

    /// Whether a failure has turned the cache off.
    public var isBroken: Bool { lock.withLock { broken } }

    var entries: String { folder + "/" + Self.folderName }

    /// Turns the cache off, telling `note` the first time.
    func fail(_ action: String, _ path: String, _ code: Int32) {
        let first = lock.withLock { () -> Bool in
            defer { broken = true }
            return !broken
        }
        guard first else { return }
        note("journeymap: note: cannot \(action) the diagram cache '\(path)' (\(String(cString: strerror(code)))); "
            + "drawing without it\n")
    }

    /// A number for a temporary file name, unique in this process.
    func nextNumber() -> Int { Self.numbers.next() }

    static func key(dot: String, graphviz: String, tool: String) -> String {
        XXH64.hex(XXH64.hash(tool + "\u{0}" + graphviz + "\u{0}" + dot))
    }

    func path(_ key: String) -> String { entries + "/" + key + ".entry" }

    /// The bytes of an entry.
    func entry(dot: String, svg: [UInt8], graphviz: String) -> [UInt8] {
        let dotBytes = Array(dot.utf8)
        let head = [Self.header, toolVersion, graphviz, "\(dotBytes.count) \(svg.count) \(XXH64.hex(XXH64.hash(svg)))"]
        return Array((head.joined(separator: "\n") + "\n").utf8) + dotBytes + svg
    }

    /// The SVG in `bytes` when they are a whole entry for exactly this DOT text and
    /// these releases.
    func svg(in bytes: [UInt8], dot: String, graphviz: String) -> [UInt8]? {
        var lines: [Substring] = []
        var offset = 0
        while lines.count < 4, let newline = bytes[offset...].firstIndex(of: 0x0A) {
            lines.append(Substring(String(decoding: bytes[offset..<newline], as: UTF8.self)))
            offset = newline + 1
        }
        guard lines.count == 4, lines[0] == Self.header, lines[1] == toolVersion, lines[2] == graphviz else { return nil }
        let fields = lines[3].split(separator: " ")
        guard fields.count == 3, let dotCount = Int(fields[0]), let svgCount = Int(fields[1]),
              bytes.count == offset + dotCount + svgCount,
              bytes[offset..<(offset + dotCount)].elementsEqual(dot.utf8) else { return nil }
        let svg = Array(bytes[(offset + dotCount)...])
        return XXH64.hex(XXH64.hash(svg)) == fields[2] ? svg : nil
    }
}

/// Numbers counting up from 1, safe to take from any thread.
final class NumberSource: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    func next() -> Int { lock.withLock { last += 1; return last } }
}
