/// A template that cannot be used, named by its file and, when known, line and column.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
    /// The template file: its path in the `--templates` folder, or `<built-in>/name`.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `templates/journey.mustache:12:5: error: ...`, like a compiler.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return place + ": error: " + message
    }
}
