import Dispatch
import JourneyCore

/// Renders the site's pages, stylesheet, script and search index.
///
/// Not the diagrams' own `.svg`/`.dot` files, the JSON exports or `tactics.csv`:
/// `journeymap build` writes those.
public struct SiteGenerator: Sendable {
    public var templates: TemplateSet

    public init(templates: TemplateSet) { self.templates = templates }

    /// Every file, sorted by path. Pages are built and rendered on all cores; the result
    /// does not depend on their order (same input, byte-identical files).
    public func generate(_ input: SiteInput) throws -> [SiteFile] {
        let model = SiteModel(input)
        let kinds = model.pages
        let rendered = Self.parallelMap(kinds) { kind -> Result<SiteFile, TemplateError> in
            let page = model.page(kind)
            guard let html = templates.render(page.context.mustacheValue, template: page.template) else {
                return .failure(TemplateError(file: page.template + TemplateSet.templateExtension,
                                              message: "no template '\(page.template)' to render \(page.path)"))
            }
            return .success(SiteFile(path: page.path, text: html.hasSuffix("\n") ? html : html + "\n"))
        }
        var files = try rendered.map { try $0.get() }
        for asset in templates.assets { files.append(SiteFile(path: SitePaths.assetsFolder + asset.name, bytes: asset.bytes)) }
        files.append(SiteFile(path: SitePaths.searchIndex, text: SearchIndex.script(input.project)))
        files.sort { $0.path < $1.path }
        for (a, b) in zip(files, files.dropFirst()) where a.path == b.path {
            throw TemplateError(file: b.path, message: "two files of the site would be written to '\(b.path)'")
        }
        return files
    }

    /// `items` mapped on all cores, in order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let buffer = results
        DispatchQueue.concurrentPerform(iterations: items.count) { i in buffer[i] = transform(items[i]) }
        return results.map { $0! }
    }
}
