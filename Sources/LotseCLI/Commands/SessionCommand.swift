import Foundation
import LotseVarlink

/// `lotse session add|list|cancel` over `org.lotse.Sessions`.
public enum SessionCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        let parsed = context.parsed
        let t = CoordinatorCall.text
        switch verb {
        case "today", "show":
            return SpecialistSessionView.run(verb, options, context)
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
            let series = parsed.has("series")
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
            let past = parsed.has("past")
            var values: [String: String] = [:]
            for key in ["specialist", "date", "start", "slots", "minutes", "place", "kinds", "interpreters", "rrule"] {
                values["--" + key] = parsed.value(key)
            }
            guard operands.isEmpty else { return usage(context) }
            for key in ["--specialist", "--date", "--start", "--slots", "--minutes", "--place"] where values[key] == nil {
                return ClientFailure(exitCode: .usage, de: "\(key) fehlt.", en: "\(key) is missing.").report(context)
            }
            let specialist: Int64
            switch SpecialistReference.resolve([values["--specialist"] ?? ""], option: "specialist", context, options) {
            case .success(let ids): specialist = ids.first ?? 0
            case .failure(let failure): return failure.report(context)
            }
            guard let slots = Int64(values["--slots"] ?? ""),
                  let minutes = Int64(values["--minutes"] ?? "") else {
                return ClientFailure(exitCode: .usage, de: "--slots und --minutes brauchen Zahlen.",
                                     en: "--slots and --minutes need numbers.").report(context)
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
        let header = context.language == .german
            ? ["NR", "DATUM", "BEGINN", "PLÄTZE", "FACHKRAFT", "DOLMETSCHUNG", "ORT", "STATUS"]
            : ["ID", "DATE", "START", "SLOTS", "SPECIALIST", "INTERPRETERS", "PLACE", "STATUS"]
        return CoordinatorCall.table(header, sessions.map { s in
            [t(s["id"]), CoordinatorCall.day(t(s["date"]), context), t(s["start"]), "\(t(s["slots"]))×\(t(s["slotMinutes"]))'",
             t(s["specialistName"]), t(s["interpreterLanguages"]), t(s["place"]), sessionStatus(s["status"]?.stringValue, context.language)]
        })
    }

    /// A session's status in words (`scheduled` → `geplant`).
    static func sessionStatus(_ raw: String?, _ l: OutputLanguage) -> String {
        switch raw {
        case "scheduled": l.pick(de: "geplant", en: "scheduled")
        case "cancelled": l.pick(de: "abgesagt", en: "cancelled")
        default: raw ?? "—"
        }
    }
}
