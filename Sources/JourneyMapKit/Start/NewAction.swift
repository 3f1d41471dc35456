import CMarkBridge
import Foundation
import JourneyCore

/// `journeymap new journey|persona|segment TITLE [--maps DIR]`: writes a skeleton
/// (`Skeleton`) at a path made from the title's slug: `DIR/<slug>.md` for a journey,
/// `DIR/personas/<slug>.md` and `DIR/segments/<slug>.md` for library documents.
///
/// Refuses (exit 2), writing nothing, when that file exists, when the maps folder
/// already has a journey, persona or segment with that id, or when the title cannot
/// make an id (no letter or digit) or a heading (line breaks).
public struct NewAction: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case journey, persona, segment
    }

    public var kind: Kind
    public var title: String
    public var maps: String

    public init(kind: Kind, title: String, maps: String = "maps") {
        self.kind = kind
        self.title = title
        self.maps = maps
    }

    public func run(console: Console) -> ExitStatus {
        let title = title.trimmingCharacters(in: .whitespaces)
        let id = Slug.make(title)
        let problem: String?
        if title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" }) {
            problem = "the title must be one line of text"
        } else if id.isEmpty {
            problem = "the title '\(title)' has no letter or digit to make an id and a file name from; use a title with some"
        } else if !DiskFileSystem().isDirectory(maps) {
            problem = ProjectLoader.missingFolderMessage(maps)
        } else {
            problem = existingElement(id)
        }
        if let problem {
            console.err("journeymap: error: \(problem)\n")
            return .cannotRun
        }
        let folder = maps.hasSuffix("/") ? String(maps.dropLast()) : maps
        let path = folder + "/" + (kind == .journey ? "" : kind.rawValue + "s/") + id + ".md"
        let file = NewFiles(files: [(path, Skeleton.text(kind, title: title, id: id))])
        guard file.existing().isEmpty else {
            console.err("journeymap: error: '\(path)' exists already; new never overwrites a file\n")
            return .cannotRun
        }
        do {
            try file.create()
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        console.out("created \(path)\n")
        return .ok
    }

    /// Where the maps folder already has an element of this kind with `id`, said as an error.
    private func existingElement(_ id: String) -> String? {
        guard let workspace = try? Workspace.load(root: maps, fileSystem: DiskFileSystem(), markdown: CMarkParser()) else {
            return nil
        }
        let place = workspace.documents.lazy.compactMap { doc -> String? in
            switch kind {
            case .journey: return !doc.isLibrary && doc.id == id ? doc.file : nil
            case .persona: return doc.personas.first { $0.header.id == id }.map { "\(doc.file):\($0.header.range.start.line)" }
            case .segment: return doc.segments.first { $0.header.id == id }.map { "\(doc.file):\($0.header.range.start.line)" }
            }
        }.first
        return place.map { "the maps folder has a \(kind.rawValue) with the id '\(id)' already (\($0)); choose another title" }
    }
}
