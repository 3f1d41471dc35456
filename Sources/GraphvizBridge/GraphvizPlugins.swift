import CGraphviz
import Foundation

/// Starts Graphviz with only the plugins a diagram needs: `core` (the SVG renderer) and
/// `dot_layout`.
///
/// `gvContext()` loads every plugin on the machine, pango among them, and pango then
/// measures every label through fontconfig. That made a 20-touchpoint flow diagram take
/// about three times as long to lay out, made the first render pay for loading fonts,
/// and made the SVG depend on the fonts installed. Without a text-layout plugin Graphviz
/// sizes text from its built-in font metrics: fast, and the same bytes on every machine.
enum GraphvizPlugins {
    /// A context with the core and dot-layout plugins as builtins, or nil when their
    /// libraries cannot be found next to libgvc (the caller then falls back to
    /// `gvContext()`).
    static func coreContext() -> OpaquePointer? {
        guard let directory = pluginDirectory() else { return nil }
        var symbols: [lt_symlist_t] = []
        for (library, symbol) in [("libgvplugin_core.so.6", "gvplugin_core_LTX_library"),
                                  ("libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library")] {
            guard let handle = dlopen(directory + "/" + library, RTLD_NOW | RTLD_LOCAL),
                  let address = dlsym(handle, symbol) else { return nil }
            // The name must outlive the context, which lives as long as the process.
            symbols.append(lt_symlist_t(name: UnsafePointer(strdup(symbol)), address: address))
        }
        symbols.append(lt_symlist_t(name: nil, address: nil))
        let list = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: symbols.count)
        list.initialize(from: symbols, count: symbols.count)
        return gvContextPlugins(list, 0)
    }

    /// The folder of Graphviz's plugins: `graphviz/` beside the libgvc this process
    /// loaded (Debian: /usr/lib/<triplet>/graphviz), found in /proc/self/maps.
    static func pluginDirectory() -> String? {
        // Read line by line: /proc files report size 0, and Foundation's whole-file
        // readers stop after the first page, before libgvc's line in a large process.
        guard let file = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        while getline(&buffer, &capacity, file) > 0 {
            guard let buffer else { break }
            let line = String(cString: buffer).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let start = line.firstIndex(of: "/") else { continue }
            let path = line[start...]
            guard path.contains("/libgvc.so"), let slash = path.lastIndex(of: "/") else { continue }
            let directory = String(path[..<slash]) + "/graphviz"
            return FileManager.default.fileExists(atPath: directory) ? directory : nil
        }
        return nil
    }
}
