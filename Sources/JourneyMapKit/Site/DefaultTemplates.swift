/// The default templates and assets, by file name, compiled into the binary from the
/// top-level `templates/` folder: `Sources/JourneyMapKit/templates` links there and
/// SwiftPM embeds it (`.embedInCode`). A file added to `templates/` needs its row here;
/// `TemplateSetTests` fails until it has one.
enum DefaultTemplates {
    static let files: [(name: String, bytes: [UInt8])] = [
        ("channels.mustache", PackageResources.channels_mustache),
        ("index.mustache", PackageResources.index_mustache),
        ("journey-grid.mustache", PackageResources.journey_grid_mustache),
        ("journey.mustache", PackageResources.journey_mustache),
        ("layout.mustache", PackageResources.layout_mustache),
        ("link.mustache", PackageResources.link_mustache),
        ("people.mustache", PackageResources.people_mustache),
        ("persona.mustache", PackageResources.persona_mustache),
        ("report.mustache", PackageResources.report_mustache),
        ("segment.mustache", PackageResources.segment_mustache),
        ("site.css", PackageResources.site_css),
        ("site.js", PackageResources.site_js),
        ("tactic-card.mustache", PackageResources.tactic_card_mustache),
        ("tactics.mustache", PackageResources.tactics_mustache),
    ]
}
