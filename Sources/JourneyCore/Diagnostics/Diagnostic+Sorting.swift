extension Sequence where Element == Diagnostic {
    /// The diagnostics in the contract's order: file, line, column (see `Diagnostic.sortKey`).
    ///
    /// Formatters print in the order they are given, so callers sort once here.
    public func sortedForOutput() -> [Diagnostic] {
        sorted(by: Diagnostic.sortKey)
    }
}
