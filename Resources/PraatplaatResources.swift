import Foundation

/// Files that ship with Praatplaat: the built-in icons, the site's templates and the preview's page.
public enum PraatplaatResources {
    /// The folder of built-in icons, one `<name>.svg` each.
    public static var iconsDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("icons")
    }

    /// The built-in site templates (a copy of the repository's templates/ folder).
    public static var templatesDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("templates")
    }

    /// The preview's page, style sheet and scripts.
    public static var previewDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("preview")
    }
}
