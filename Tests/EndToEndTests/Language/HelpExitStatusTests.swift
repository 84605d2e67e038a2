import Testing
@testable import LotseCLI
import LotseProtocol
import LotseVarlink

/// Every command's help names the exit statuses the daemon's errors can give it: each
/// error its interfaces declare, worded by `DaemonErrors`, has an exit status that the
/// command's "Exit status" lines list — so a new error (or a new command) cannot leave a
/// script guessing what 67 or 75 means for that command.
struct HelpExitStatusTests {
    /// The interfaces each command that asks the daemon calls (its command file's
    /// requests); `demo` runs its own daemon and is left out.
    static let interfaces: [String: [String]] = [
        "admin": [AdminProtocol.idl],
        "appointment": [AppointmentsProtocol.idl],
        "assessment": [AssessmentsProtocol.idl],
        "caseworker": [CaseworkersProtocol.idl],
        "client": [ReferralsProtocol.idl],
        "followup": [FollowUpsProtocol.idl],
        "helpplan": [HelpPlansProtocol.idl],
        "mail": [MailProtocol.idl],
        "referral": [ReferralsProtocol.idl],
        "report": [ReportsProtocol.idl],
        "roster": [RosterProtocol.idl],
        "screen": [ScreeningProtocol.idl],
        "session": [SessionsProtocol.idl],
        "specialist": [SpecialistsProtocol.idl],
    ]

    /// The exit statuses the help of `command` names, in English.
    static func named(_ command: CommandSpec) -> Set<Int32> {
        let lines = HelpText.exitStatus(command, .english)
        return Set(lines.split(whereSeparator: { !$0.isNumber }).compactMap { Int32($0) })
    }

    @Test func everyConnectingCommandIsCovered() {
        let connecting = CommandTable.specs.filter { $0.connects && $0.name != "demo" }.map(\.name)
        #expect(Set(connecting) == Set(Self.interfaces.keys))
    }

    @Test func everyDeclaredErrorsExitStatusIsNamedInTheCommandsHelp() throws {
        var missing: [String] = []
        for command in CommandTable.specs {
            guard let idls = Self.interfaces[command.name] else { continue }
            let named = Self.named(command)
            for idl in idls {
                let description = try VarlinkInterfaceDescription(parsing: idl)
                for error in description.errors.keys.sorted() {
                    let qualified = description.name + "." + error
                    let failure = DaemonErrors.failure(VarlinkError(qualified), DaemonErrors.Call(method: description.name + ".X"))
                    if !named.contains(failure.exitCode.rawValue) {
                        missing.append("\(command.name): \(qualified) → \(failure.exitCode.rawValue)")
                    }
                }
            }
        }
        #expect(missing.isEmpty, "exit statuses missing from the help:\n\(missing.joined(separator: "\n"))")
    }
}
