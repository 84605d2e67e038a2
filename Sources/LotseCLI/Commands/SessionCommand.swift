import Foundation
import LotseVarlink

/// `lotse session add|list|cancel` over `org.lotse.Sessions`.
public enum SessionCommand: DaemonCommandGroup {
    /// The word.
    public static let name = "session"
    /// For `lotse help`.
    public static let summary = "consultation sessions, recurring by RRULE / Sprechstunden"
    /// Full help.
    public static let help = """
    lotse session add --specialist ID --date YYYY-MM-DD --start HH:MM --slots N --minutes M --place TEXT
                      [--kinds assessment,follow-up,consultation] [--interpreters uk,ar] [--rrule RULE] [--past]
                                  add a session; with --rrule every occurrence from --date on, e.g.
                                  FREQ=MONTHLY;BYDAY=1TU (first Tuesday), FREQ=MONTHLY;BYDAY=-1WE (last
                                  Wednesday), FREQ=WEEKLY;INTERVAL=2, with UNTIL=YYYYMMDD or COUNT=N
                                  (without either: twelve months ahead). Times are Europe/Berlin.
                                  A date before today is refused unless --past records a session
                                  that took place (its slots are never offered).
    lotse session list [YYYY-MM]  the month's sessions (default: this month)
    lotse session cancel ID [--series]
                                  cancel a session (or its series from it on); booked clients go back
                                  to the head of the waiting list and their caseworkers are told
    \(SpecialistSessionView.help)

    Options: --json, --socket PATH, --config PATH (as for every command)
    Exit status: 0 ok, 64 usage, 65 invalid value, 67 not found, 69 daemon not running, 77 permission denied.
    """

    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        var operands = Array(rest.dropFirst())
        let t = CoordinatorCall.text
        switch verb {
        case "today", "show":
            return SpecialistSessionView.run(verb, operands, options, context)
        case "list":
            guard operands.count <= 1 else { return usage(context) }
            let parameters: [String: JSONValue] = operands.first.map { ["month": .string($0)] } ?? [:]
            switch CoordinatorCall.once(context, options, "org.lotse.Sessions.List", parameters) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                context.terminal.out(table(reply["sessions"]?.arrayValue ?? [], context))
                return .ok
            }
        case "cancel":
            let series = CoordinatorCall.flag("--series", in: &operands)
            guard operands.count == 1, let id = Int64(operands[0]) else { return usage(context) }
            switch CoordinatorCall.once(context, options, "org.lotse.Sessions.Cancel", ["session": .integer(id), "series": .bool(series)]) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                context.terminal.out(context.language.pick(
                    de: "Abgesagt: Sprechstunde(n) \(t(reply["cancelled"])). Zurück auf der Warteliste (vorn in ihrer Dringlichkeit): \(t(reply["returnedReferrals"])). \(t(reply["mailsQueued"])) Nachrichten an Integrationsmanager:innen.\n",
                    en: "Cancelled session(s) \(t(reply["cancelled"])). Back on the waiting list (at the head of their urgency): \(t(reply["returnedReferrals"])). \(t(reply["mailsQueued"])) mails to caseworkers.\n"))
                return .ok
            }
        case "add":
            let past = CoordinatorCall.flag("--past", in: &operands)
            var values: [String: String] = [:]
            for key in ["--specialist", "--date", "--start", "--slots", "--minutes", "--place", "--kinds", "--interpreters", "--rrule"] {
                switch CoordinatorCall.option(key, in: &operands) {
                case .failure(let failure): return failure.report(context)
                case .success(let value): values[key] = value
                }
            }
            guard operands.isEmpty else { return usage(context) }
            for key in ["--specialist", "--date", "--start", "--slots", "--minutes", "--place"] where values[key] == nil {
                return ClientFailure(exitCode: .usage, de: "\(key) fehlt.", en: "\(key) is missing.").report(context)
            }
            guard let specialist = Int64(values["--specialist"] ?? ""), let slots = Int64(values["--slots"] ?? ""),
                  let minutes = Int64(values["--minutes"] ?? "") else {
                return ClientFailure(exitCode: .usage, de: "--specialist, --slots und --minutes brauchen Zahlen.",
                                     en: "--specialist, --slots and --minutes need numbers.").report(context)
            }
            func list(_ text: String?) -> JSONValue { .array((text ?? "").split(separator: ",").map { .string(String($0)) }) }
            var parameters: [String: JSONValue] = [
                "specialist": .integer(specialist), "date": .string(values["--date"] ?? ""), "start": .string(values["--start"] ?? ""),
                "slots": .integer(slots), "slotMinutes": .integer(minutes), "place": .string(values["--place"] ?? ""),
                "kinds": list(values["--kinds"] ?? "assessment,follow-up,consultation"),
                "interpreterLanguages": list(values["--interpreters"]),
            ]
            if let rule = values["--rrule"] { parameters["rrule"] = .string(rule) }
            if past { parameters["past"] = .bool(true) }
            switch CoordinatorCall.once(context, options, "org.lotse.Sessions.Add", parameters) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                let sessions = reply["sessions"]?.arrayValue ?? []
                context.terminal.out(context.language.pick(de: "\(sessions.count) Sprechstunde(n) angelegt:\n",
                                                            en: "\(sessions.count) session(s) added:\n"))
                context.terminal.out(table(sessions, context))
                return .ok
            }
        default:
            return usage(context)
        }
    }

    /// Sessions as a table.
    public static func table(_ sessions: [JSONValue], _ context: CommandContext) -> String {
        let t = CoordinatorCall.text
        return CoordinatorCall.table(["ID", "DATE", "START", "SLOTS", "SPECIALIST", "INTERPRETERS", "PLACE", "STATUS"], sessions.map { s in
            [t(s["id"]), CoordinatorCall.day(t(s["date"]), context), t(s["start"]), "\(t(s["slots"]))×\(t(s["slotMinutes"]))'",
             t(s["specialistName"]), t(s["interpreterLanguages"]), t(s["place"]), t(s["status"])]
        })
    }
}
