import Foundation
import JourneyCore
@testable import JourneyMapKit
import JourneyOutputs
import Testing
import TestSupport

/// Default templates compiled in, overrides from a folder, errors by file and line.
@Suite struct TemplateSetTests {
    /// A fresh folder under the system's temporary folder with `files` in it; the caller
    /// removes it (`defer { TemplateSetTests.remove(dir) }`).
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir.path
    }

    static func remove(_ dir: String) { try? FileManager.default.removeItem(atPath: dir) }

    @Test func compiledDefaultsMatchTheTemplatesFolder() throws {
        let folder = SiteFixtures.repository + "/templates"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        let defaults = try TemplateSet.defaults()
        #expect(defaults.sources.keys.sorted() == names,
                "templates/ and DefaultTemplates.files differ: give every file of templates/ a row there")
        for name in names {
            let disk = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            let same = defaults.sources[name]?.bytes == [UInt8](disk)
            #expect(same, "\(name) differs from the compiled-in copy: build again")
        }
    }

    @Test func overridesReplaceFileByFileAndAddAssets() throws {
        let dir = try Self.folder([
            "site.css": "body { color: black; }\n",
            "logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "report.mustache": "{{<layout}}{{$main}}<h1>Custom report</h1>{{>note}}{{/main}}{{/layout}}\n",
            "note.mustache": "<p>{{errors}}</p>\n",
            ".hidden.mustache": "{{{ignored}}}",
        ])
        defer { Self.remove(dir) }
        let set = try TemplateSet.load(overriding: dir)
        #expect(set.sources["site.css"]?.origin == dir + "/site.css")
        #expect(set.sources["journey.mustache"]?.origin == "<built-in>/journey.mustache")
        #expect(set.sources[".hidden.mustache"] == nil)
        let files = try SiteGenerator(templates: set).generate(SiteInput(project: MapsFolder.journey("").project()))
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(byPath["assets/site.css"] == "body { color: black; }\n")
        #expect(byPath["assets/logo.svg"] != nil)
        #expect(byPath["assets/site.js"]?.contains("JOURNEYMAP_SEARCH") == true)
        #expect(byPath["report.html"]?.contains("<main id=\"main\">\n<h1>Custom report</h1><p>0 errors</p>") == true)
        #expect(byPath["index.html"]?.contains("<h2 id=\"journeys-heading\">Journeys</h2>") == true)
    }

    struct BadTemplate: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var column: Int?
        var message: String
        var testDescription: String { name }
    }

    static let badTemplates: [BadTemplate] = [
        BadTemplate(name: "unclosed section", text: "<p>\n{{#owner}}\n<b>{{.}}</b>\n", line: 2, column: 1,
                    message: "'{{#owner}}' is never closed: add its '{{/owner}}'"),
        BadTemplate(name: "unclosed outer section", text: "{{^empty(tags)}}\n x{{#tags}}{{.}}{{/tags}}\n", line: 1, column: 1,
                    message: "add its '{{/empty(tags)}}'"),
        BadTemplate(name: "wrong closing tag", text: "<p>\n\n{{#owner}}{{.}}{{/status}}\n", line: 3, column: nil,
                    message: "this closing tag does not match"),
        BadTemplate(name: "unfinished tag", text: "one\ntwo {{title\n", line: 2, column: nil, message: "unfinished tag"),
        BadTemplate(name: "unescaped map text", text: "<h1>\n  {{{title}}}</h1>\n", line: 2, column: 3,
                    message: "'{{{title}}}' writes 'title' without escaping"),
        BadTemplate(name: "ampersand unescaped", text: "x {{& owner }}\n", line: 1, column: 3,
                    message: "writes 'owner' without escaping"),
        BadTemplate(name: "after a comment", text: "{{! a comment\n with {{{lines}} }}\n{{{owner}}}\n", line: 3, column: 1,
                    message: "writes 'owner' without escaping"),
        BadTemplate(name: "new delimiters", text: "a\n{{=<% %>=}}<%& title %>\n", line: 2, column: 1,
                    message: "keep the delimiters"),
        BadTemplate(name: "content type setting", text: "{{% CONTENT_TYPE: TEXT }}\n{{title}}\n", line: 1, column: 1,
                    message: "could turn escaping off"),
        BadTemplate(name: "unknown partial", text: "a\nb\n\n{{> tactic-cards}}\n", line: 4, column: 1,
                    message: "no template 'tactic-cards'"),
    ]

    @Test(arguments: badTemplates)
    func errorsNameTheFileAndLine(_ bad: BadTemplate) throws {
        let dir = try Self.folder(["journey.mustache": bad.text])
        defer { Self.remove(dir) }
        let error = try #require(throws: TemplateError.self) { try TemplateSet.load(overriding: dir) }
        #expect(error.file == dir + "/journey.mustache")
        #expect(error.line == bad.line)
        if let column = bad.column { #expect(error.column == column) }
        #expect(error.message.contains(bad.message), "\(error.message)")
        #expect(error.description.hasPrefix(dir + "/journey.mustache:\(bad.line):"))
    }

    @Test func missingFolderIsAnError() throws {
        let error = try #require(throws: TemplateError.self) { try TemplateSet.load(overriding: "/nonexistent/templates") }
        #expect(error.description == "/nonexistent/templates: error: the templates folder does not exist or is not a folder")
    }

    @Test func markupKeysMayBeUnescaped() throws {
        let dir = try Self.folder(["persona.mustache": "{{<layout}}{{$main}}<h1>x</h1>{{{notesHTML}}}{{/main}}{{/layout}}"])
        defer { Self.remove(dir) }
        #expect(throws: Never.self) { try TemplateSet.load(overriding: dir) }
    }
}
