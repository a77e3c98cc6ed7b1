import ArgumentParser

/// The command line as a function: arguments in, text to the console, an exit status out.
/// `main.swift` calls it; tests call it too.
public enum PraatplaatCommandLine {
    public static func run(_ arguments: [String], console: Console) -> Int32 {
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
