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
        let rendered = Parallel.map(Array(0...kinds.count)) { job in render(job, kinds, model) }
        var files = try rendered.map { try $0.get() }
        files += assets
        files.sort { $0.path < $1.path }
        for (a, b) in zip(files, files.dropFirst()) where a.path == b.path {
            throw TemplateError(file: b.path, message: "two files of the site would be written to '\(b.path)'")
        }
        return files
    }

    /// Every file handed to `write` as soon as it is made, on any core, in no fixed
    /// order; the same files as `generate(_:)`. A large site is never held in memory
    /// whole: each file's bytes are freed once written. `write` sees every path once
    /// unless two files share one, which it is to refuse. Throws the error of the first
    /// file, in page order, that could not be made or written.
    public func generate(_ input: SiteInput, write: @Sendable (SiteFile) throws -> Void) throws {
        let model = SiteModel(input)
        let kinds = model.pages
        try Parallel.forEach(Array(0...kinds.count)) { job throws in try write(try render(job, kinds, model).get()) }
        for file in assets { try write(file) }
    }

    /// The stylesheet, script and other assets, under `assets/`.
    var assets: [SiteFile] {
        templates.assets.map { SiteFile(path: SitePaths.assetsFolder + $0.name, bytes: $0.bytes) }
    }

    /// Job 0 is the search index (first: it is long), job n the page `kinds[n - 1]`.
    func render(_ job: Int, _ kinds: [SitePageKind], _ model: SiteModel) -> Result<SiteFile, TemplateError> {
        guard job > 0 else { return .success(SiteFile(path: SitePaths.searchIndex, bytes: SearchIndex.bytes(model.input.project))) }
        return render(model.page(kinds[job - 1]))
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
