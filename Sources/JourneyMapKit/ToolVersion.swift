/// The version of journeymap, as `journeymap --version` prints it.
///
/// A build records it beside the diagrams it wrote (`DiagramManifest`), so that a
/// later build of another version draws them again rather than trusting them.
public enum ToolVersion {
    public static let current = "1.0.0"
}
