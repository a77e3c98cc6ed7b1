import Foundation

/// Files that ship with Praatplaat: the built-in icons (and, later, themes).
public enum PraatplaatResources {
    /// The folder of built-in icons, one `<name>.svg` each.
    public static var iconsDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("icons")
    }
}
