import Foundation
import PraatplaatCLI

exit(PraatplaatCommandLine.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()))
