/// The version of journeymap, as `journeymap --version` prints it.
///
/// It is part of every diagram cache key (`DiagramCache`), so that another version
/// draws its diagrams anew rather than trusting those of this one.
public enum ToolVersion {
    public static let current = "1.0.0"
}
