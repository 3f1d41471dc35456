/// Object members in one call each: the key, one of the exporter's own field names,
/// then the value as the scalar writers of `JSONWriter` write it.
extension JSONWriter {
    public mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    public mutating func member(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    public mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    public mutating func member(_ name: StaticString, _ value: [String]) {
        key(name)
        strings(value)
    }

    public mutating func member(_ name: StaticString, double value: Double?) {
        key(name)
        double(value)
    }

    public mutating func member(_ name: StaticString, number value: Double?) {
        key(name)
        number(value)
    }

    /// A list of objects, one per item, written by `write`.
    public mutating func member<Items: Sequence>(_ name: StaticString, _ items: Items,
                                          _ write: (inout JSONWriter, Items.Element) -> Void) {
        key(name)
        array(items, write)
    }

    /// Any value, written by `value` (an object, `null`).
    public mutating func member(_ name: StaticString, _ value: (inout JSONWriter) -> Void) {
        key(name)
        value(&self)
    }
}
