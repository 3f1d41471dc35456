import CGraphviz
import Foundation

extension GraphvizRenderer {
    /// The output formats Graphviz can render ("svg", "png", ...), sorted; empty
    /// when Graphviz cannot start.
    public func availableFormats() -> [String] {
        GraphvizLock.withLock { (try? plugins().formats) ?? [] }
    }

    /// The layout engines Graphviz has ("dot", "neato", ...), sorted; empty when
    /// Graphviz cannot start. Without "dot" nothing renders: see
    /// `GraphvizError.missingLayoutPlugin`.
    public func availableLayouts() -> [String] {
        GraphvizLock.withLock { (try? plugins().layouts) ?? [] }
    }

    /// The plugin types of one kind ("device", "layout", ...) in `gvc`, without
    /// their ":package" suffixes. Call with the lock held.
    static func pluginList(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: Set<String> = []
        for index in 0..<Int(count) {
            guard let item = list[index] else { continue }
            names.insert(String(cString: item))
            free(item)
        }
        return names.sorted()
    }
}
