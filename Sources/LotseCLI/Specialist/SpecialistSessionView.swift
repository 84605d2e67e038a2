import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse session today|show`: the specialist's own list (issue 7), kept apart from the
/// coordinator's `session add|list|cancel` so that `SessionCommand` only hands over.
enum SpecialistSessionView {
    /// Runs `today` or `show` with the words after the verb.
    static func run(_ verb: String, _ options: ClientOptions, _ context: CommandContext) -> ExitCode {
        let session = CaseworkSession(context: context, options: options, command: "lotse session \(verb)")
        let parsed = session.context.parsed
        let l = session.language
        if verb == "show" {
            guard parsed.operands.count == 1, let id = Int64(parsed.operands[0]) else {
                return session.usage(de: "\(session.command): die Nummer der Sprechstunde angeben.", en: "\(session.command): give the session number.")
            }
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
        guard parsed.operands.isEmpty else { return session.usage(de: "\(session.command): keine weiteren Angaben.", en: "\(session.command): takes no operands.") }
        var request = AssessmentsProtocol.TodayRequest()
        if let text = parsed.value("date") {
            switch session.date(text, option: "date") {
            case .success(let iso): request.date = iso
            case .failure(let failure): return session.fail(failure)
            }
        }
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
