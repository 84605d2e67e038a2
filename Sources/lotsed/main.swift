import Foundation
import LotseDaemon

// Thin on purpose: signal handlers must not be created in top-level code (NOTES).
exit(Daemon.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
