import ArgumentParser

/// The command line as a function: arguments in, text to the console, an exit status out.
/// `main.swift` calls it; tests call it too.
public enum PraatplaatCommandLine {
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        // `praatplaat batch --help`: the subcommand's help (the parser's message for a help
        // request made through parseAsRoot shows the root's).
        if let first = arguments.first, arguments.contains(where: { $0 == "--help" || $0 == "-h" }),
           let sub = Root.configuration.subcommands.first(where: { $0._commandName == first }) {
            console.out(Root.helpMessage(for: sub))
            return ExitStatus.success.rawValue
        }
        do {
            let command = try Root.parseAsRoot(arguments)
            guard let runnable = command as? ConsoleCommand else {
                // `praatplaat` alone: show what it can do.
                console.out(Root.helpMessage())
                return ExitStatus.success.rawValue
            }
            return runnable.execute(console).rawValue
        } catch {
            let message = Root.fullMessage(for: error)
            if Root.exitCode(for: error) == .success {
                console.out(message)
                return ExitStatus.success.rawValue
            }
            console.err(message)
            return ExitStatus.usage.rawValue
        }
    }
}
