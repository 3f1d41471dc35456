import JourneyCore
import JourneyOutputs

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
        // Job 0 is the search index, made while the pages render (first: it is long).
        let rendered = Parallel.map(Array(0...kinds.count)) { job -> Result<SiteFile, TemplateError> in
            guard job > 0 else { return .success(SiteFile(path: SitePaths.searchIndex, bytes: SearchIndex.bytes(input.project))) }
            return render(model.page(kinds[job - 1]))
        }
        var files = try rendered.map { try $0.get() }
        for asset in templates.assets { files.append(SiteFile(path: SitePaths.assetsFolder + asset.name, bytes: asset.bytes)) }
        files.sort { $0.path < $1.path }
        for (a, b) in zip(files, files.dropFirst()) where a.path == b.path {
            throw TemplateError(file: b.path, message: "two files of the site would be written to '\(b.path)'")
        }
        return files
    }

    /// One page rendered with its template, ending with a line break.
    func render(_ page: SitePage) -> Result<SiteFile, TemplateError> {
        guard let html = templates.render(page.context.mustacheValue, template: page.template) else {
            return .failure(TemplateError(file: page.template + TemplateSet.templateExtension,
                                          message: "no template '\(page.template)' to render \(page.path)"))
        }
        var bytes = Array(html.utf8)
        if !html.hasSuffix("\n") { bytes.append(0x0A) }
        return .success(SiteFile(path: page.path, bytes: bytes))
    }
}
