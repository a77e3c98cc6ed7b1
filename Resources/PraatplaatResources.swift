import Foundation

/// Files that ship with Praatplaat: the built-in icons and the site's templates.
public enum PraatplaatResources {
    /// The folder of built-in icons, one `<name>.svg` each.
    public static var iconsDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("icons")
    }

    /// The built-in site templates (a copy of the repository's templates/ folder).
    public static var templatesDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("templates")
    }
}
