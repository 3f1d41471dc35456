/// Pretty JSON written straight into UTF-8 bytes: two-space indentation, one member
/// or item per line, lists of strings on one line (`["a", "b"]`), `[]` and `{}` when
/// empty. Object keys come out in the order they are written, so exports are stable
/// byte for byte.
///
/// Containers take closures (`object { ... }`), so the exporter's code has the shape
/// of its output and no tree of values is built, copied and freed on the way: the
/// site writes one export per journey, and that tree cost more than the text itself.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// A line break and the indentation of the container being written's members,
    /// appended whole before each of them.
    private var lineStart: [UInt8] = [0x0A]
    /// Whether that container has no member or item yet.
    private var isEmpty = true

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The text written, with a final newline.
    public mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    // MARK: Containers

    /// An object whose members `members` writes (`key` then a value, or `member`).
    public mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: 0x7B, close: 0x7D, members)
    }

    /// A list whose items `write` writes, each on its own line: for lists of objects.
    public mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        container(open: 0x5B, close: 0x5D) { w in
            for item in items {
                w.newLine()
                write(&w, item)
            }
        }
    }

    /// Starts a member of the object being written; its value follows.
    public mutating func key(_ name: String) {
        newLine()
        JSONEscaping.append(name, to: &bytes)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    /// `key` for the exporter's own field names, which need no escaping: copied as
    /// they are, as most keys are.
    public mutating func key(_ name: StaticString) {
        newLine()
        let text = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(JSONEscaping.quoted(name.description).utf8.elementsEqual([0x22] + text + [0x22]))
        bytes.append(0x22)
        bytes.append(contentsOf: text)
        bytes.append(0x22)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        let outerEmpty = isEmpty
        bytes.append(open)
        isEmpty = true
        lineStart.append(0x20)
        lineStart.append(0x20)
        body(&self)
        lineStart.removeLast(2)
        if !isEmpty { breakLine() }
        bytes.append(close)
        isEmpty = outerEmpty
    }

    /// Ends the previous member or item and indents the next one.
    private mutating func newLine() {
        if !isEmpty { bytes.append(0x2C) }
        breakLine()
        isEmpty = false
    }

    private mutating func breakLine() {
        // Through a pointer: appending the array itself would retain and release it.
        lineStart.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
    }

    // MARK: Scalars

    public mutating func null() { ascii("null") }

    public mutating func bool(_ b: Bool) { ascii(b ? "true" : "false") }

    public mutating func string(_ s: String?) {
        guard let s else { return null() }
        JSONEscaping.append(s, to: &bytes)
    }

    public mutating func int(_ i: Int?) {
        guard let i else { return null() }
        bytes.append(contentsOf: String(i).utf8)
    }

    /// In Swift's shortest round-trip form, always with a fraction (`40.0`); `null`
    /// when not finite.
    public mutating func double(_ d: Double?) {
        guard let d, d.isFinite else { return null() }
        bytes.append(contentsOf: d.description.utf8)
    }

    /// A number that is whole (a score of 4) as an integer, else as a double.
    public mutating func number(_ x: Double?) {
        guard let x else { return null() }
        if x.rounded() == x && abs(x) < 1e15 { int(Int(x)) } else { double(x) }
    }

    /// Strings on one line: `["a", "b"]`, or `[]`.
    public mutating func strings(_ list: [String]) {
        bytes.append(0x5B)
        for (i, s) in list.enumerated() {
            if i > 0 {
                bytes.append(0x2C)
                bytes.append(0x20)
            }
            JSONEscaping.append(s, to: &bytes)
        }
        bytes.append(0x5D)
    }

    private mutating func ascii(_ word: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }
}
