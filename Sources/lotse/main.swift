import Foundation
import LotseCLI

// Thin: everything lives in LotseCLI so that tests can run commands in-process.
let arguments = Array(CommandLine.arguments.dropFirst())
let executableDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let context = CommandContext(arguments: arguments, environment: ProcessInfo.processInfo.environment,
                             terminal: StandardTerminal(), executableDirectory: executableDirectory)
exit(LotseCommandLine.run(arguments: arguments, context: context).rawValue)
