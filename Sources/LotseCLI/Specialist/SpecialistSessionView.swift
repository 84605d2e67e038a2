import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse session today|show`: the specialist's own list (issue 7), kept apart from the
/// coordinator's `session add|list|cancel` so that `SessionCommand` only hands over.
enum SpecialistSessionView {
    /// `session show ID`: the appointments of one of the specialist's sessions.
    static func show(_ context: CommandContext) -> ExitCode {
        let session = CaseworkSession(context: context, options: context.connection, command: "lotse session show")
        let l = session.language, id = context.parsed.number(0)
        return session.run(AssessmentsProtocol.SessionRequest(session: id),
                           subject: l.pick(de: "Sprechstunde \(id)", en: "session \(id)")) { answer in
            let rows = answer.reply.appointments
            var text = l.pick(de: "Sprechstunde \(id)", en: "Session \(id)")
            if let first = rows.first {
                text += " · " + DateText.show(first.date) + " · " + first.place + " · " + first.specialistName
            }
            session.out(text + "\n" + SpecialistText.appointments(rows, l))
        }
    }

    /// `session today [--date DATE]` (the date read by the parser).
    static func today(_ context: CommandContext) -> ExitCode {
        let session = CaseworkSession(context: context, options: context.connection, command: "lotse session today")
        let l = session.language
        var request = AssessmentsProtocol.TodayRequest()
        request.date = context.parsed.value("date")
        return session.run(request) { answer in
            let reply = answer.reply
            let day = DateText.show(reply.date)
            var text = l.pick(de: "Termine am \(day):\n", en: "Appointments on \(day):\n")
            text += SpecialistText.appointments(reply.appointments, l)
            let open = reply.unresolved
            if !open.isEmpty {
                text += l.pick(de: "\nOhne Ergebnis (lotse assessment attend TERMIN ERGEBNIS):\n",
                               en: "\nWithout an outcome (lotse assessment attend APPOINTMENT OUTCOME):\n")
                text += SpecialistText.appointments(open, l, withDate: true)
            }
            session.out(text)
        }
    }
}
