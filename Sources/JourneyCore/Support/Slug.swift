import Foundation

/// Ids made from titles (Journey Markdown section 3).
public enum Slug {
    /// The slug of `title`: Unicode NFKD, combining marks (category Mn) dropped,
    /// lowercased; ASCII letters and digits kept; every other run of characters becomes
    /// one `-`; leading and trailing `-` trimmed.
    ///
    /// `Café & Bar!` -> `cafe-bar`, `Ｗｅｂ ２` -> `web-2`, `購入` -> `` (empty: the caller
    /// asks for an explicit `{#id}`). Letters with no ASCII decomposition are separators,
    /// as the rule says: `Straße` -> `stra-e`, `Łódź` -> `odz`.
    ///
    /// Titles in ASCII and the Latin blocks up to U+024F (plus combining marks) are
    /// slugged from a table without Foundation; NFKD works scalar by scalar there, as
    /// reordering never moves a mark across a letter. Other titles go through
    /// Foundation's NFKD.
    public static func make(_ title: String) -> String {
        var slug = Builder(capacity: title.utf8.count)
        for scalar in title.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                slug.add(UInt8(v))
            } else if v < 0xA0 {
                slug.separate()
            } else if v < 0x250 {
                for byte in latin[Int(v - 0xA0)].utf8 { slug.add(byte) }
            } else if v >= 0x300, v < 0x370 {
                continue  // Combining Diacritical Marks: all Mn, dropped.
            } else {
                return makeWithFoundation(title)
            }
        }
        return slug.text
    }

    /// Whether `text` is already a slug (what `make` returns for itself), e.g. to vet `{#id}`.
    public static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }

    /// The rule applied through Foundation's NFKD: the reference for any title.
    static func makeWithFoundation(_ title: String) -> String {
        var slug = Builder(capacity: title.utf8.count)
        for scalar in title.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII {
                slug.add(UInt8(scalar.value))
            } else if scalar.properties.generalCategory != .nonspacingMark {
                slug.separate()
            }
        }
        return slug.text
    }

    private struct Builder {
        var bytes: [UInt8] = []
        var pendingDash = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func add(_ byte: UInt8) {
            guard ASCII.isLetterOrDigit(byte) else { return separate() }
            if pendingDash, !bytes.isEmpty { bytes.append(0x2D) }
            pendingDash = false
            bytes.append(ASCII.lower(byte))
        }

        mutating func separate() { pendingDash = true }

        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// U+00A0 to U+024F after NFKD, marks dropped and lowercased: ASCII letters and
    /// digits, `-` for anything else. Generated with Python's `unicodedata`; a test
    /// checks every entry against `makeWithFoundation`.
    static let latin: [String] = [
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "a", "-", "-", "-", "-", "-",  // U+00A0
        "-", "-", "2", "3", "-", "-", "-", "-", "-", "1", "o", "-", "1-4", "1-2", "3-4", "-",  // U+00B0
        "a", "a", "a", "a", "a", "a", "-", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
        "-", "n", "o", "o", "o", "o", "o", "-", "-", "u", "u", "u", "u", "y", "-", "-",  // U+00D0
        "a", "a", "a", "a", "a", "a", "-", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
        "-", "n", "o", "o", "o", "o", "o", "-", "-", "u", "u", "u", "u", "y", "-", "y",  // U+00F0
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
        "-", "-", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
        "g", "g", "g", "g", "h", "h", "-", "-", "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
        "i", "-", "ij", "ij", "j", "j", "k", "k", "-", "l", "l", "l", "l", "l", "l", "l-",  // U+0130
        "l-", "-", "-", "n", "n", "n", "n", "n", "n", "-n", "-", "-", "o", "o", "o", "o",  // U+0140
        "o", "o", "-", "-", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
        "s", "s", "t", "t", "t", "t", "-", "-", "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+0180
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+0190
        "o", "o", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "u",  // U+01A0
        "u", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+01B0
        "-", "-", "-", "-", "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a", "a", "i",  // U+01C0
        "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "-", "a", "a",  // U+01D0
        "a", "a", "-", "-", "-", "-", "g", "g", "k", "k", "o", "o", "o", "o", "-", "-",  // U+01E0
        "j", "dz", "dz", "dz", "g", "g", "-", "-", "n", "n", "a", "a", "-", "-", "-", "-",  // U+01F0
        "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",  // U+0200
        "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "-", "-", "h", "h",  // U+0210
        "-", "-", "-", "-", "-", "-", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",  // U+0220
        "o", "o", "y", "y", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+0230
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+0240
    ]
}
