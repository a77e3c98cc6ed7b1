/// The icons that ship with Praatplaat (`Resources/icons/<name>.svg`), usable by name in a report.
public enum BuiltInIcons {
    public static let names: Set<String> = [
        "ball", "book", "bulb", "chart", "chat", "child", "eye", "globe", "handshake", "heart",
        "house", "people", "person", "school", "shield", "star",
    ]
}
