import Mustache

/// The templates and assets a site is made with: the defaults compiled into the binary,
/// optionally overridden file by file from a folder.
///
/// `*.mustache` files are templates, registered by file name without the extension
/// (`journey.mustache` is `journey`; pages use `{{<layout}}`, partials `{{>link}}`).
/// Every other file is an asset copied to `assets/` (`site.css`, `site.js`, a logo).
public struct TemplateSet: Sendable {
    /// A file as given, with where it came from for error messages.
    public struct Source: Sendable, Equatable {
        public var name: String
        /// `templates/journey.mustache`, or `<built-in>/journey.mustache`.
        public var origin: String
        public var bytes: [UInt8]

        public init(name: String, origin: String, bytes: [UInt8]) {
            self.name = name
            self.origin = origin
            self.bytes = bytes
        }
    }

    /// Every file by name, defaults first replaced by overrides.
    public private(set) var sources: [String: Source]
    let library: MustacheLibrary

    /// The default templates and assets.
    public static func defaults() throws -> TemplateSet {
        try TemplateSet(DefaultTemplates.files.map { Source(name: $0.name, origin: "<built-in>/" + $0.name, bytes: $0.bytes) })
    }

    /// The defaults with every file of `dir` (top level, hidden files skipped) put in
    /// place of the default of the same name, or added.
    public static func load(overriding dir: String) throws -> TemplateSet {
        let defaults = DefaultTemplates.files.map { Source(name: $0.name, origin: "<built-in>/" + $0.name, bytes: $0.bytes) }
        return try TemplateSet(defaults + TemplateFolder.read(dir))
    }

    /// Later sources replace earlier ones of the same name. Parses every template and
    /// checks it (see `TemplateCheck`); throws the first problem found, by file name.
    public init(_ files: [Source]) throws {
        var sources: [String: Source] = [:]
        for file in files { sources[file.name] = file }
        var library = MustacheLibrary()
        let names = Set(sources.keys.filter { $0.hasSuffix(Self.templateExtension) }.map(Self.templateName))
        for source in sources.values.sorted(by: { $0.name < $1.name }) where source.name.hasSuffix(Self.templateExtension) {
            let text = try Self.text(source)
            try TemplateCheck.check(text, origin: source.origin, templates: names)
            do {
                library.register(try MustacheTemplate(string: text), named: Self.templateName(source.name))
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: source.origin, line: error.context.lineNumber, column: error.context.columnNumber,
                                    message: TemplateCheck.describe(error.error))
            }
        }
        for page in Self.required where !names.contains(page) {
            throw TemplateError(file: "<built-in>/\(page).mustache", message: "the template '\(page)' is missing")
        }
        self.sources = sources
        self.library = library
    }

    static let templateExtension = ".mustache"
    /// Templates the generator renders pages with, plus the layout they extend.
    static let required = ["layout", "index", "journey", "tactics", "channels", "people", "persona", "segment", "report"]

    static func templateName(_ file: String) -> String { String(file.dropLast(templateExtension.count)) }

    /// The template's text; one final line break is dropped, so that a partial used
    /// inline does not add a line break where it is used.
    static func text(_ source: Source) throws -> String {
        var text = String(decoding: source.bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(source.bytes) else {
            throw TemplateError(file: source.origin, message: "the template is not valid UTF-8")
        }
        if text.hasSuffix("\r\n") { text.removeLast() } else if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Files that are not templates, by name: copied to `assets/<name>`.
    public var assets: [(name: String, bytes: [UInt8])] {
        sources.values.filter { !$0.name.hasSuffix(Self.templateExtension) }.sorted { $0.name < $1.name }.map { ($0.name, $0.bytes) }
    }

    /// The page rendered with template `name`, or nil when there is no such template.
    func render(_ context: Any, template name: String) -> String? {
        library.render(context, withTemplate: name)
    }
}
