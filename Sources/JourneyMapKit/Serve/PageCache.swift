import JourneyCore
import JourneyOutputs

/// Which pages of the served site need rendering again: a page is rendered only when
/// its data (`SitePage.context`, all the template can show) or its template differ
/// from last time. The data is compared by a fingerprint, so the cache holds one
/// number per page rather than the data itself.
struct PageCache {
    /// Page path -> fingerprint of its template name and data.
    private var fingerprints: [String: Int] = [:]

    /// Forgets every page: after new templates, every page is rendered again.
    mutating func clear() { fingerprints = [:] }

    struct Rendered {
        /// The pages whose data changed, rendered.
        var files: [SiteFile]
        /// The path of every page of `kinds`.
        var paths: [String]
        /// The fingerprints to `record` once the files are published.
        var prints: [String: Int]
    }

    /// The pages of `kinds` whose data changed since their fingerprints were recorded,
    /// rendered; nil when `cancelled` says so along the way. Pages are made and
    /// rendered on all cores.
    func render(_ kinds: [SitePageKind], model: SiteModel, with generator: SiteGenerator,
                cancelled: @Sendable () -> Bool = { false }) throws(TemplateError) -> Rendered? {
        let known = fingerprints
        let results = Parallel.map(kinds) { kind -> (String, Int, Result<SiteFile, TemplateError>?)? in
            guard !cancelled() else { return nil }
            let page = model.page(kind)
            let print = Self.fingerprint(page)
            return (page.path, print, known[page.path] == print ? nil : generator.render(page))
        }
        var rendered = Rendered(files: [], paths: [], prints: [:])
        for result in results {
            guard let (path, print, file) = result else { return nil }
            rendered.paths.append(path)
            guard let file else { continue }
            rendered.files.append(try file.get())
            rendered.prints[path] = print
        }
        return rendered
    }

    /// Takes the fingerprints of pages that were published.
    mutating func record(_ prints: [String: Int]) {
        fingerprints.merge(prints) { _, new in new }
    }

    /// Drops the pages that are gone from the site.
    mutating func keep(only paths: Set<String>) {
        fingerprints = fingerprints.filter { paths.contains($0.key) }
    }

    static func fingerprint(_ page: SitePage) -> Int {
        var hasher = Hasher()
        feed(page.template, &hasher)
        page.context.feed(&hasher)
        return hasher.finalize()
    }

    /// A string's UTF-8 bytes and length: the same text always gives the same bytes
    /// here, so the Unicode normalisation of `String`'s own hashing is not needed.
    static func feed(_ text: String, _ hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }
}

extension SiteValue {
    /// Feeds the whole tree to `hasher`; an object's fields count whatever their order.
    func feed(_ hasher: inout Hasher) {
        switch self {
        case .text(let s):
            hasher.combine(0 as UInt8)
            PageCache.feed(s, &hasher)
        case .html(let s):
            hasher.combine(1 as UInt8)
            PageCache.feed(s, &hasher)
        case .bool(let b):
            hasher.combine(2 as UInt8)
            hasher.combine(b)
        case .list(let items):
            hasher.combine(3 as UInt8)
            hasher.combine(items.count)
            for item in items { item.feed(&hasher) }
        case .object(let fields):
            hasher.combine(4 as UInt8)
            hasher.combine(fields.count)
            // Dictionary order varies: the fields' own hashes are summed, which does not.
            var sum = 0
            for (key, value) in fields {
                var field = Hasher()
                PageCache.feed(key, &field)
                value.feed(&field)
                sum = sum &+ field.finalize()
            }
            hasher.combine(sum)
        }
    }
}
