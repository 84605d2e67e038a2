import Foundation
import LotseCore
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
        let month: [String: JSONValue] = ["month": .string(CalendarMonth(containing: today).description)]
        let specialistUser = "dr-haddad"
        let specialists = try call(coordinator, "org.lotse.Specialists.List")["specialists"]?.arrayValue ?? []
        guard let specialist = specialists.first(where: { $0["user"]?.stringValue == specialistUser })?["id"]?.integerValue else {
            say("5. Einschätzungen: übersprungen (keine Fachkraft \(specialistUser)).\n", "5. Assessments: skipped (no specialist \(specialistUser)).\n")
            return
        }
        let waiting = try call(coordinator, "org.lotse.Referrals.List", ["status": ["waiting"]])["referrals"]?.arrayValue ?? []
        let languages = Set(waiting.compactMap { $0["language"]?.stringValue }).subtracting(["de", "ar", "fr"]).sorted()
        // The next quarter hour at least five minutes ahead; three 15-minute slots must end
        // by midnight.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let clock = calendar.dateComponents([.hour, .minute], from: now.addingTimeInterval(5 * 60))
        let startMinutes = ((clock.hour ?? 24) * 60 + (clock.minute ?? 0) + 14) / 15 * 15
        guard startMinutes + 3 * 15 <= 24 * 60, let start = TimeOfDay(hour: startMinutes / 60, minute: startMinutes % 60) else {
            say("5. Befunde: übersprungen — für einen Sondertermin ist es heute zu spät.\(lap)\n",
                "5. Assessments: skipped — too late today for an extra session.\(lap)\n")
            return
        }
        _ = try call(coordinator, "org.lotse.Sessions.Add", [
            "specialist": .integer(specialist), "date": .string(today.description), "start": .string(start.description), "slots": 3, "slotMinutes": 15,
            "place": "Landratsamt Ludwigsburg, Raum 2.114 (Sondertermin)", "kinds": ["assessment", "follow-up", "consultation"],
            "interpreterLanguages": .array(languages.map { .string($0) })])
        _ = try call(coordinator, "org.lotse.Roster.Plan", month)
        _ = try call(coordinator, "org.lotse.Roster.Approve", month)
        _ = try call(coordinator, "org.lotse.Roster.Publish", month)
        let appointments = (try call(specialistUser, "org.lotse.Assessments.Today")["appointments"]?.arrayValue ?? [])
            .filter { $0["client"]?.stringValue != nil && $0["attendance"]?.isNull != false }
        guard !appointments.isEmpty else {
            say("5. Einschätzungen: übersprungen — niemand auf der Warteliste passt in einen Sondertermin heute.\(lap)\n",
                "5. Assessments: skipped — nobody waiting fits an extra session today.\(lap)\n")
            return
        }
        var lines: [String] = []
        var planShown: (caseworker: String, client: String)?
        for (index, appointment) in appointments.enumerated() {
            guard let id = appointment["id"]?.integerValue, let client = appointment["client"]?.stringValue,
                  let caseworker = appointment["caseworker"]?.stringValue else { continue }
            switch index {
            case 0:
                let reply = try call(specialistUser, "org.lotse.Assessments.Record", [
                    "appointment": .integer(id), "note": "Schlafstörungen, Intrusionen; stabil im Gespräch (Demo).",
                    "recommendations": [["code": "outpatient-psychotherapy"]],
                    "steps": [["description": "Antrag auf ambulante Psychotherapie gemeinsam stellen", "owner": "caseworker",
                               "dueOn": .string(today.adding(days: 14).description)],
                              ["description": "Kurzbefund an die Hausarztpraxis", "owner": "specialist",
                               "dueOn": .string(today.adding(days: 7).description)]]])
                lines.append("\(client): \(language.pick(de: "Einschätzung", en: "assessment")) \(CoordinatorCall.text(reply["assessment"]?["id"])), "
                             + language.pick(de: "ambulante Psychotherapie, 2 Schritte", en: "outpatient psychotherapy, 2 steps"))
                planShown = (caseworker, client)
            case 1:
                let reply = try call(specialistUser, "org.lotse.Assessments.Record", [
                    "appointment": .integer(id), "note": "Belastet, aber gut angebunden (Demo).",
                    "recommendations": [["code": "present-again", "months": 3], ["code": "supervised-group"]], "steps": []])
                lines.append("\(client): " + language.pick(de: "erneute Vorstellung in 3 Monaten, Folgeanmeldung \(CoordinatorCall.text(reply["followUpReferral"]))",
                                                            en: "present again in 3 months, follow-up referral \(CoordinatorCall.text(reply["followUpReferral"]))"))
            default:
                let reply = try call(specialistUser, "org.lotse.Assessments.RecordAttendance", ["appointment": .integer(id), "attendance": "no-show"])
                lines.append("\(client): " + language.pick(de: "nicht erschienen → \(CaseworkLabels.status(reply["referralStatus"]?.stringValue, language))",
                                                            en: "no-show → \(CaseworkLabels.status(reply["referralStatus"]?.stringValue, language))"))
            }
        }
        say("5. Sondertermin heute bei \(specialistUser): " + lines.joined(separator: "; ") + ".\(lap)\n",
            "5. Extra session today with \(specialistUser): " + lines.joined(separator: "; ") + ".\(lap)\n")
        if let shown = planShown {
            let plan = try call(shown.caseworker, "org.lotse.HelpPlans.Get", ["client": .string(shown.client)])["plan"]
            say("   Integrationsplan \(shown.client) (sieht \(shown.caseworker)): Version \(CoordinatorCall.text(plan?["version"]?["number"])) von \(CoordinatorCall.text(plan?["version"]?["author"])).\n",
                "   Help plan \(shown.client) (as \(shown.caseworker) sees it): version \(CoordinatorCall.text(plan?["version"]?["number"])) by \(CoordinatorCall.text(plan?["version"]?["author"])).\n")
        }
    }
}
