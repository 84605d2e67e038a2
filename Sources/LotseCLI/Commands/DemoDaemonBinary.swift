import Foundation

/// Finds the `lotsed` that `lotse demo` starts, and builds it when `lotse` runs from a
/// source checkout where it was not built yet.
///
/// `swift run lotse demo` builds only the `lotse` product, so on a fresh clone `lotsed` is
/// missing. Making the `lotse` executable target depend on `lotsed` would build it, but
/// SwiftPM then links the daemon's modules (store, SQLite) into `lotse` as well, and the
/// client must not carry them. So the demo asks the package manager for the one missing
/// product, in the same build directory and configuration, and waits for it: a step the
/// newcomer would otherwise have to know about.
enum DemoDaemonBinary {
    /// Where `lotsed` may be: beside `lotse` (a build directory), or in `../sbin` (an
    /// installed package: `lotse` in /usr/bin, `lotsed` in /usr/sbin).
    static func candidates(_ executableDirectory: String) -> [String] {
        [executableDirectory + "/lotsed",
         ((executableDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("sbin/lotsed")]
    }

    /// The `lotsed` to start: an existing one, else one just built by `swift build`; nil
    /// when there is none and no package to build it from.
    static func locate(_ context: CommandContext) -> String? {
        guard let directory = context.executableDirectory else { return nil }
        if let found = candidates(directory).first(where: FileManager.default.isExecutableFile(atPath:)) {
            return found
        }
        guard let build = BuildDirectory(executableDirectory: directory) else { return nil }
        context.terminal.err(context.language.pick(
            de: "lotsed ist noch nicht gebaut; „swift build --product lotsed“ läuft …\n",
            en: "lotsed is not built yet; running \"swift build --product lotsed\" …\n"))
        guard build.buildDaemon(context.environment) else { return nil }
        let built = directory + "/lotsed"
        return FileManager.default.isExecutableFile(atPath: built) ? built : nil
    }

    /// A SwiftPM build directory `lotse` runs from: the package root (the first ancestor
    /// holding `Package.swift`), the scratch directory below it and the configuration.
    struct BuildDirectory {
        let packageRoot: String
        let scratchPath: String
        let configuration: String

        /// Recognises `ROOT/SCRATCH/[TRIPLE/]debug|release`; nil for anything else, so an
        /// installed `lotse` never starts a compiler.
        init?(executableDirectory: String) {
            let configuration = (executableDirectory as NSString).lastPathComponent
            guard configuration == "debug" || configuration == "release" else { return nil }
            var child = executableDirectory
            for _ in 0..<3 {
                let parent = (child as NSString).deletingLastPathComponent
                if parent != child, FileManager.default.fileExists(atPath: parent + "/Package.swift") {
                    packageRoot = parent
                    scratchPath = child
                    self.configuration = configuration
                    return
                }
                child = parent
            }
            return nil
        }

        /// Runs `swift build --product lotsed` with the build's own scratch path and
        /// configuration; its output goes to standard error, the demo's report stays clean.
        func buildDaemon(_ environment: [String: String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["swift", "build", "--package-path", packageRoot, "--scratch-path", scratchPath,
                                 "-c", configuration, "--product", "lotsed"]
            process.environment = environment
            process.standardOutput = FileHandle.standardError
            process.standardError = FileHandle.standardError
            process.standardInput = FileHandle.nullDevice
            do { try process.run() } catch { return false }
            process.waitUntilExit()
            return process.terminationReason == .exit && process.terminationStatus == 0
        }
    }
}
