import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink

/// Step 5 of `lotse demo`: what happens at and after a consultation. The month's
/// sessions lie ahead, and an assessment is recorded only on or after its day, so the
/// coordinator adds an extra session later today (interpreters booked for every waiting
/// language; a slot that has begun is never booked, so it starts at the next quarter hour
/// and is skipped after 23:00) and books it from the waiting list; the specialist then records attendance
/// and assessments through `org.lotse.Assessments`, and the caseworker sees the new
/// help-plan version.
extension DemoRun {
    mutating func assessments(_ coordinator: String) throws {
        let zone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
        let now = Date()
        let today = CalendarDate(instant: now, in: zone)
        let month = CalendarMonth(containing: today).description
        let specialistUser = "dr-haddad"
        let specialists = try call(coordinator, SpecialistsProtocol.ListRequest()).reply.specialists
        guard let specialist = specialists.first(where: { $0.user == specialistUser })?.id else {
            say("5. Einschätzungen: übersprungen (keine Fachkraft \(specialistUser)).\n", "5. Assessments: skipped (no specialist \(specialistUser)).\n")
            return
        }
        let waiting = try call(coordinator, ReferralsProtocol.ListRequest(status: ["waiting"])).reply.referrals
        let languages = Set(waiting.compactMap(\.language)).subtracting(["de", "ar", "fr"]).sorted()
        // The next quarter hour at least five minutes ahead: a slot that has begun is never
        // booked. Three 15-minute slots must end by midnight.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let ahead = now.addingTimeInterval(5 * 60)
        let clock = calendar.dateComponents([.hour, .minute], from: ahead)
        let startMinutes = ((clock.hour ?? 24) * 60 + (clock.minute ?? 0) + 14) / 15 * 15
        // Five minutes ahead may already be tomorrow: then today has no time left either.
        guard CalendarDate(instant: ahead, in: zone) == today, startMinutes + 3 * 15 <= 24 * 60, let start = TimeOfDay(hour: startMinutes / 60, minute: startMinutes % 60) else {
            say("5. Einschätzungen: übersprungen — für eine zusätzliche Sprechstunde ist es heute zu spät.\(lap)\n",
                "5. Assessments: skipped — too late today for an extra session.\(lap)\n")
            return
        }
        _ = try call(coordinator, SessionsProtocol.AddRequest(
            specialist: specialist, date: today.description, start: start.description, slots: 3, slotMinutes: 15,
            place: "Landratsamt Ludwigsburg, Raum 2.114 (zusätzliche Sprechstunde)", kinds: ["assessment", "follow-up", "consultation"],
            interpreterLanguages: languages))
        _ = try call(coordinator, RosterProtocol.PlanRequest(month: month))
        _ = try call(coordinator, RosterProtocol.ApproveRequest(month: month))
        _ = try call(coordinator, RosterProtocol.PublishRequest(month: month))
        let appointments = try call(specialistUser, AssessmentsProtocol.TodayRequest()).reply.appointments
            .filter { $0.client != nil && $0.attendance == nil }
        guard !appointments.isEmpty else {
            say("5. Einschätzungen: übersprungen — niemand auf der Warteliste passt heute in eine zusätzliche Sprechstunde.\(lap)\n",
                "5. Assessments: skipped — nobody waiting fits an extra session today.\(lap)\n")
            return
        }
        var lines: [String] = []
        var planShown: (caseworker: String, client: String)?
        for (index, appointment) in appointments.enumerated() {
            let id = appointment.id, caseworker = appointment.caseworker
            guard let client = appointment.client else { continue }
            switch index {
            case 0:
                let reply = try call(specialistUser, AssessmentsProtocol.RecordRequest(
                    appointment: id, note: "Schlafstörungen, Intrusionen; stabil im Gespräch (Demo).",
                    recommendations: [AssessmentsProtocol.RecommendationInput(code: "outpatient-psychotherapy")],
                    steps: [AssessmentsProtocol.StepInput(description: "Antrag auf ambulante Psychotherapie gemeinsam stellen", owner: "caseworker",
                                                          dueOn: today.adding(days: 14).description),
                            AssessmentsProtocol.StepInput(description: "Kurzbericht an die Hausarztpraxis", owner: "specialist",
                                                          dueOn: today.adding(days: 7).description)])).reply
                lines.append("\(client): \(language.pick(de: "Einschätzung", en: "assessment")) \(reply.assessment.id), "
                             + language.pick(de: "ambulante Psychotherapie, 2 Schritte", en: "outpatient psychotherapy, 2 steps"))
                planShown = (caseworker, client)
            case 1:
                let reply = try call(specialistUser, AssessmentsProtocol.RecordRequest(
                    appointment: id, note: "Belastet, aber gut angebunden (Demo).",
                    recommendations: [AssessmentsProtocol.RecommendationInput(code: "present-again", months: 3),
                                      AssessmentsProtocol.RecommendationInput(code: "supervised-group")], steps: [])).reply
                let followUp = reply.followUpReferral.map(String.init) ?? "—"
                lines.append("\(client): " + language.pick(de: "erneute Vorstellung in 3 Monaten, Folgeanmeldung \(followUp)",
                                                            en: "present again in 3 months, follow-up referral \(followUp)"))
            default:
                let reply = try call(specialistUser, AssessmentsProtocol.RecordAttendanceRequest(appointment: id, attendance: "no-show")).reply
                lines.append("\(client): " + language.pick(de: "nicht erschienen → \(CaseworkLabels.status(reply.referralStatus, language))",
                                                            en: "no-show → \(CaseworkLabels.status(reply.referralStatus, language))"))
            }
        }
        say("5. Zusätzliche Sprechstunde heute bei \(specialistUser): " + lines.joined(separator: "; ") + ".\(lap)\n",
            "5. Extra session today with \(specialistUser): " + lines.joined(separator: "; ") + ".\(lap)\n")
        if let shown = planShown {
            let version = try call(shown.caseworker, HelpPlansProtocol.GetRequest(client: shown.client)).reply.plan?.version
            let number = version.map { String($0.number) } ?? "—", author = version?.author ?? "—"
            say("   Integrationsplan \(shown.client) (sieht \(shown.caseworker)): Version \(number) von \(author).\n",
                "   Help plan \(shown.client) (as \(shown.caseworker) sees it): version \(number) by \(author).\n")
        }
    }
}
