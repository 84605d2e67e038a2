import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse session add|list|cancel` over `org.lotse.Sessions`.
public enum SessionCommand: CommandGroup {
    /// The verbs' actions (`today` and `show` are the specialist's view).
    public static var actions: [String: (CommandContext) -> ExitCode] {
        ["list": list, "cancel": cancel, "add": add, "today": SpecialistSessionView.today, "show": SpecialistSessionView.show]
    }

    static func list(_ context: CommandContext) -> ExitCode {
        DaemonCall.run(context, SessionsProtocol.ListRequest(month: context.parsed.operands.first)) {
            context.terminal.out(table($0.reply.sessions, context))
        }
    }

    static func cancel(_ context: CommandContext) -> ExitCode {
        let request = SessionsProtocol.CancelRequest(session: context.parsed.number(0), series: context.parsed.has("series"))
        return DaemonCall.run(context, request) { answer in
            let reply = answer.reply
            let cancelled = CoordinatorCall.list(reply.cancelled), returned = CoordinatorCall.list(reply.returnedReferrals)
            context.terminal.out(context.language.pick(
                de: "Abgesagt: Sprechstunde(n) \(cancelled). Zurück auf der Warteliste (vorn in ihrer Dringlichkeit): \(returned). \(CountText.count(reply.mailsQueued, one: "Nachricht", many: "Nachrichten")) im Postausgang (Integrationsmanager:innen der Betroffenen und die Fachkraft).\n",
                en: "Cancelled session(s) \(cancelled). Back on the waiting list (at the head of their urgency): \(returned). \(CountText.count(reply.mailsQueued, one: "mail", many: "mails")) queued (the caseworkers concerned and the specialist).\n"))
        }
    }

    /// `add`: the six required options are there (the parser saw to them), dates and
    /// numbers read, kinds among the declared words.
    static func add(_ context: CommandContext) -> ExitCode {
        let parsed = context.parsed
        let specialist: Int64
        switch SpecialistReference.resolve([parsed.value("specialist") ?? ""], option: "specialist", context, context.connection) {
        case .success(let ids): specialist = ids.first ?? 0
        case .failure(let failure): return failure.report(context)
        }
        let request = SessionsProtocol.AddRequest(
            specialist: specialist, date: parsed.value("date") ?? "", start: parsed.value("start") ?? "",
            slots: Int64(parsed.value("slots") ?? "") ?? 0, slotMinutes: Int64(parsed.value("minutes") ?? "") ?? 0,
            place: parsed.value("place") ?? "", kinds: parsed.list("kinds") ?? ["assessment", "follow-up", "consultation"],
            interpreterLanguages: parsed.list("interpreters") ?? [], rrule: parsed.value("rrule"), past: parsed.has("past") ? true : nil)
        return DaemonCall.run(context, request) { answer in
            let sessions = answer.reply.sessions
            context.terminal.out(context.language.pick(de: "\(sessions.count) Sprechstunde(n) angelegt:\n",
                                                        en: "\(sessions.count) session(s) added:\n"))
            context.terminal.out(table(sessions, context))
        }
    }

    /// Sessions as a table.
    public static func table(_ sessions: [SessionsProtocol.Session], _ context: CommandContext) -> String {
        let header = context.language == .german
            ? ["NR", "DATUM", "BEGINN", "PLÄTZE", "FACHKRAFT", "DOLMETSCHUNG", "ORT", "STATUS"]
            : ["ID", "DATE", "START", "SLOTS", "SPECIALIST", "INTERPRETERS", "PLACE", "STATUS"]
        return CoordinatorCall.table(header, sessions.map { s in
            [String(s.id), CoordinatorCall.day(s.date, context), s.start, "\(s.slots)×\(s.slotMinutes)'",
             s.specialistName, s.interpreterLanguages.joined(separator: ","), s.place, sessionStatus(s.status.rawValue, context.language)]
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
