import Foundation
import LotseCore
import LotseVarlink
import LotseSystem

/// `lotse demo`: the newcomer's first command. Starts a private `lotsed` (the one beside
/// this `lotse`) on a temporary directory with the demo data of `Config/demo/`, plays a
/// coordinator and six caseworkers through the daemon's own interfaces (a demo-only
/// identity map, `lotsed --demo-identities`, confined to that private daemon), submits
/// forty referrals, plans, pins, approves and publishes next month, and prints the
/// roster, the waiting list with reasons and the mails it would send (delivered to a
/// sendmail stand-in inside the temporary directory). The directory is removed at the
/// end unless `--keep` is given, in which case its path is printed.
public enum DemoCommand: CommandGroup {
    /// The command's one action.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["": demo] }

    /// Runs the demo.
    static func demo(_ context: CommandContext) -> ExitCode {
        let keep = context.parsed.has("keep")
        let dataOption = context.parsed.value("data")
        let started = Date()
        guard let data = dataDirectory(dataOption, context) else {
            if let dataOption {
                return ClientFailure(exitCode: .noInput, de: "--data: in „\(dataOption)“ sind keine Demodaten (identities.conf).",
                                     en: "--data: \"\(dataOption)\" holds no demo data (identities.conf).").report(context)
            }
            return ClientFailure(exitCode: .noInput, de: "Die Demodaten (Config/demo) wurden nicht gefunden; geben Sie --data VERZEICHNIS an.",
                                 en: "The demo data (Config/demo) was not found; pass --data DIR.").report(context)
        }
        guard let lotsed = DemoDaemonBinary.locate(context) else {
            return ClientFailure(exitCode: .unavailable, de: "lotsed wurde weder neben lotse noch in ../sbin gefunden, und bauen ließ er sich nicht („swift build --product lotsed“).",
                                 en: "lotsed was found neither beside lotse nor in ../sbin, and could not be built (\"swift build --product lotsed\").").report(context)
        }
        // In memory (tmpfs) unless kept: the demo's database is thrown away, so its commits
        // need not wait for a disk.
        var isDirectory: ObjCBool = false
        let memory = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory) && isDirectory.boolValue
            && FileSystem.isAccessible("/dev/shm", W_OK)
        var template = Array(((memory && !keep) ? "/dev/shm/lotse-demo-XXXXXX" : "/tmp/lotse-demo-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            return ClientFailure(exitCode: .cannotCreate, de: "Kein temporäres Verzeichnis.", en: "Cannot create a temporary directory.").report(context)
        }
        let directory = String(cString: made)
        let cleanup = DemoCleanup(directory: keep ? nil : directory)
        defer { cleanup.finish() }
        var session = DemoRun(context: context, data: data, directory: directory, lotsed: lotsed, cleanup: cleanup)
        let status = session.run()
        session.stopDaemon()
        let seconds = Date().timeIntervalSince(started)
        let timeText = String(format: "%.1f", seconds)
        if keep {
            context.terminal.out(context.language.pick(
                de: "\nFertig in \(timeText) s. Behalten: \(directory) (Datenbank, lotsed.log, mail/, roster.html, roster.ics, roster.csv, report.html).\n",
                en: "\nDone in \(timeText) s. Kept: \(directory) (database, lotsed.log, mail/, roster.html, roster.ics, roster.csv, report.html).\n"))
        } else {
            try? FileManager.default.removeItem(atPath: directory)
            context.terminal.out(context.language.pick(
                de: "\nFertig in \(timeText) s. Das temporäre Verzeichnis \(directory) ist wieder gelöscht; „lotse demo --keep“ behält es.\n",
                en: "\nDone in \(timeText) s. The temporary directory \(directory) is removed again; \"lotse demo --keep\" keeps it.\n"))
        }
        return status
    }

    /// `--data`, else Config/demo beside the build directory or in the current directory.
    static func dataDirectory(_ option: String?, _ context: CommandContext) -> String? {
        var candidates: [String] = []
        // A directory given is the one meant: never another in its place.
        if let option {
            return FileManager.default.fileExists(atPath: option + "/identities.conf") ? (option as NSString).standardizingPath : nil
        }
        if let exe = context.executableDirectory {
            // An installed package keeps the demo data in /usr/share/lotse/demo.
            candidates.append(((exe as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/lotse/demo"))
            var directory = exe
            for _ in 0..<5 {
                directory = (directory as NSString).deletingLastPathComponent
                candidates.append(directory + "/Config/demo")
            }
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/Config/demo")
        let found = candidates.first { FileManager.default.fileExists(atPath: $0 + "/identities.conf") }
        return found.map { ($0 as NSString).standardizingPath }
    }
}
