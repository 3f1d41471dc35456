import Foundation

/// Reads the files of a `--templates` folder.
enum TemplateFolder {
    /// Every regular, non-hidden file at the top level of `dir`, sorted by name.
    static func read(_ dir: String) throws -> [TemplateSet.Source] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(file: dir, message: "the templates folder does not exist or is not a folder")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: dir)
        } catch {
            throw TemplateError(file: dir, message: "cannot list the templates folder: \(error.localizedDescription)")
        }
        let base = dir.hasSuffix("/") ? dir : dir + "/"
        var sources: [TemplateSet.Source] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = base + name
            var isDir: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else {
                throw TemplateError(file: path, message: "cannot read the template file")
            }
            sources.append(TemplateSet.Source(name: name, origin: path, bytes: [UInt8](data)))
        }
        return sources
    }
}
