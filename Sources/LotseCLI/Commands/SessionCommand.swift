import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse session add|list|cancel` over `org.lotse.Sessions`.
public enum SessionCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        let parsed = context.parsed
        switch verb {
        case "today", "show":
            return SpecialistSessionView.run(verb, options, context)
        case "list":
            guard operands.count <= 1 else { return usage(context) }
            return DaemonCall.run(context, options, SessionsProtocol.ListRequest(month: operands.first)) {
                context.terminal.out(table($0.reply.sessions, context))
            }
        case "cancel":
            let series = parsed.has("series")
            guard operands.count == 1, let id = Int64(operands[0]) else { return usage(context) }
            return DaemonCall.run(context, options, SessionsProtocol.CancelRequest(session: id, series: series)) { answer in
                let reply = answer.reply
                context.terminal.out(cancelledText(reply, context.language))
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
            func list(_ text: String?) -> [String] { (text ?? "").split(separator: ",").map(String.init) }
            let request = SessionsProtocol.AddRequest(
                specialist: specialist, date: values["--date"] ?? "", start: values["--start"] ?? "", slots: slots, slotMinutes: minutes,
                place: values["--place"] ?? "", kinds: list(values["--kinds"] ?? "assessment,follow-up,consultation"),
                interpreterLanguages: list(values["--interpreters"]), rrule: values["--rrule"], past: past ? true : nil)
            return DaemonCall.run(context, options, request) { answer in
                let sessions = answer.reply.sessions
                context.terminal.out(context.language.pick(de: "\(CountText.sessions(Int64(sessions.count), .german)) angelegt:\n",
                                                            en: "\(CountText.sessions(Int64(sessions.count), .english)) added:\n"))
                context.terminal.out(table(sessions, context))
            }
        default:
            return usage(context)
        }
    }

    /// What `session cancel` did: the sessions cancelled, the referrals back on the waiting
    /// list (or that none went back) and the mails queued, each noun in its number.
    static func cancelledText(_ reply: SessionsProtocol.CancelReply, _ l: OutputLanguage) -> String {
        let cancelled = l.pick(de: CountText.numbered(reply.cancelled, one: "Sprechstunde", many: "Sprechstunden"),
                               en: CountText.numbered(reply.cancelled, one: "session", many: "sessions"))
        let returned = reply.returnedReferrals.isEmpty
            ? l.pick(de: "Keine Anmeldung kommt auf die Warteliste zurück.", en: "No referral goes back to the waiting list.")
            : l.pick(de: "Zurück auf der Warteliste (vorn in ihrer Dringlichkeit): "
                         + CountText.numbered(reply.returnedReferrals, one: "Anmeldung", many: "Anmeldungen") + ".",
                     en: "Back on the waiting list (at the head of their urgency): "
                         + CountText.numbered(reply.returnedReferrals, one: "referral", many: "referrals") + ".")
        let mails = CountText.mails(reply.mailsQueued, l)
        return l.pick(de: "Abgesagt: \(cancelled). \(returned) \(mails) im Postausgang (für die Integrationsmanager:innen der Betroffenen und die Fachkraft).\n",
                      en: "Cancelled: \(cancelled). \(returned) \(mails) queued (for the caseworkers concerned and the specialist).\n")
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
