import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse appointment cancel`: a booked appointment's life cycle as the client's
/// caseworker and the coordinator drive it (specialists record outcomes with
/// `lotse assessment attend`).
public enum AppointmentCommand: CommandGroup {
    /// The verbs' actions.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["cancel": cancel] }

    /// `cancel APPOINTMENT --reason … [--by client|service]` (--by one of the declared words, as the parser checked).
    static func cancel(_ context: CommandContext) -> ExitCode {
        let session = CaseworkSession(context: context, options: context.connection, command: "lotse appointment cancel")
        let parsed = session.context.parsed
        let l = session.language
        let id = parsed.number(0)
        return session.attempt { () throws(ClientFailure) -> ExitCode in
            let reason = try session.required(parsed.value("reason"), option: "reason", de: "Grund der Absage", en: "Reason for the cancellation").get()
            var request = AppointmentsProtocol.CancelRequest(appointment: id, reason: reason)
            request.by = parsed.value("by").flatMap(AppointmentsProtocol.CancelRequest.By.init(rawValue:))
            return session.run(request, subject: l.pick(de: "Termin \(id)", en: "appointment \(id)")) { answer in
                let reply = answer.reply
                let client = reply.client ?? ""
                let when = "\(DateText.show(reply.date)) \(reply.time)"
                session.out(l.pick(de: "Termin \(id) (\(client), \(when)) abgesagt. Die Anmeldung \(reply.referral) wartet wieder, vorn in ihrer Dringlichkeit.\n",
                                   en: "Appointment \(id) (\(client), \(when)) cancelled. Referral \(reply.referral) is waiting again, at the head of its urgency.\n"))
                // The month as the reader types it back (01.2027).
                let month = CalendarMonth(iso: reply.month)?.displayText ?? reply.month
                session.out(l.pick(de: "Der Platz \(reply.slot) ist frei für lotse roster refill \(month).\n",
                                   en: "Slot \(reply.slot) is free for lotse roster refill \(month).\n"))
                if reply.specialistNotified {
                    session.out(l.pick(de: "Die Fachkraft wird per Mail informiert.\n", en: "The specialist is told by mail.\n"))
                }
            }
        }
    }
}
