import LotseCore
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
            // An empty month says so, as every other list does, rather than a bare header.
            guard !$0.reply.sessions.isEmpty else {
                let month = context.parsed.operands.first.map { StandingText.month($0, context.language) }
                context.terminal.out(context.language.pick(de: "Keine Sprechstunden\(month.map { " im \($0)" } ?? " in diesem Monat").\n",
                                                            en: "No sessions\(month.map { " in \($0)" } ?? " this month").\n"))
                return
            }
            context.terminal.out(table($0.reply.sessions, context))
        }
    }

    static func cancel(_ context: CommandContext) -> ExitCode {
        let request = SessionsProtocol.CancelRequest(session: context.parsed.number(0), series: context.parsed.has("series"))
        return DaemonCall.run(context, request) { answer in
            let reply = answer.reply
            context.terminal.out(cancelledText(reply, context.language))
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
            context.terminal.out(context.language.pick(de: "\(CountText.sessions(Int64(sessions.count), .german)) angelegt:\n",
                                                        en: "\(CountText.sessions(Int64(sessions.count), .english)) added:\n"))
            context.terminal.out(table(sessions, context))
            if let cut = answer.reply.cutAfter {
                context.terminal.out(context.language.pick(
                    de: "Die Regel reicht weiter; angelegt ist sie bis \(DateText.show(cut)) (höchstens zwölf Monate im Voraus). Den Rest legen Sie später mit --date ab dem nächsten Termin an.\n",
                    en: "The rule goes on; it is added up to \(DateText.show(cut)) (at most twelve months ahead). Add the rest later with --date from the next occurrence.\n"))
            }
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
            ? ["Nr.", "Datum", "Beginn", "Plätze", "Fachkraft", "Dolmetschung", "Ort", "Status"]
            : ["No.", "Date", "Start", "Slots", "Specialist", "Interpreters", "Place", "Status"]
        return CoordinatorCall.table(header, sessions.map { s in
            [String(s.id), CoordinatorCall.day(s.date, context), s.start, "\(s.slots)×\(s.slotMinutes)'",
             s.specialistName, s.interpreterLanguages.joined(separator: ","), s.place, sessionStatus(s.status.rawValue, context.language)]
        })
    }

    /// A session's status in words (`scheduled` → `geplant`).
    static func sessionStatus(_ raw: String?, _ l: OutputLanguage) -> String {
        CaseworkLabels.worded(raw, as: SessionStatus.self, l)
    }
}
