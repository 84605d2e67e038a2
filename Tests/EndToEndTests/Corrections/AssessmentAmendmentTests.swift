import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A recorded assessment can be corrected by its author within `[assessments] amend_days`
/// (issue 15, reproduction 4: "a recorded assessment can never be corrected"): a new
/// version, the old one kept, audited without health content, the help plan and a
/// "present again" follow-up updated with it — against a real daemon with real accounts.
@Suite(.serialized) struct AssessmentAmendmentTests {
    /// A world with one assessment recorded on the consultation day; returns it and the client.
    private func recorded(_ world: SpecialistWorld) throws -> (assessment: Int64, client: (referral: Int64, client: String)) {
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointment = try #require(try world.appointments()[client.client])
        let due = world.sessionDay.adding(days: 14).displayText
        let reply = try world.json(["assessment", "record", String(appointment), "--note", "Erste Notiz: Schlafstörungen.",
                                    "--recommend", "outpatient-psychotherapy",
                                    "--step", "\(due);caseworker;Therapieplatz anfragen"], as: world.specialist)
        return (try #require(reply["assessment"]?["id"]?.integerValue), client)
    }

    private func goals(_ world: SpecialistWorld, _ client: String) throws -> [JSONValue] {
        try world.json(["helpplan", "show", client], as: world.caseworker)["plan"]?["version"]?["goals"]?.arrayValue ?? []
    }

    @Test func theAuthorAmendsANewVersionKeepsTheOldAndTheHelpPlanAndFollowUpFollow() throws {
        let world = try SpecialistWorld()
        let (assessment, client) = try recorded(world)
        let before = try goals(world, client.client)
        #expect(before.count == 1)

        let due = world.sessionDay.adding(days: 21).displayText
        // A reason under the rule of every free text: one line, no direction marks.
        for reason in ["Befund\nnachgereicht", "kein \u{202E}Befund", " "] {
            let refused = try world.lotse(["assessment", "amend", String(assessment), "--reason", reason, "--note", "x"], as: world.specialist)
            #expect(refused.status == 65 && refused.stderr.hasPrefix("lotse: --reason: "), "\(reason.debugDescription): \(refused.stderr)")
        }
        let amended = try world.json(["assessment", "amend", String(assessment), "--reason", "Befund der Hausärztin nachgereicht",
                                      "--note", "Korrigiert: Schlafstörungen, Albträume, Panikattacken.",
                                      "--recommend", "psychiatric-treatment", "--recommend", "present-again:3",
                                      "--step", "\(due);caseworker;Termin in der Psychiatrie-Ambulanz vereinbaren"], as: world.specialist)
        #expect(amended["version"]?.integerValue == 2)
        #expect(amended["assessment"]?["note"]?.stringValue == "Korrigiert: Schlafstörungen, Albträume, Panikattacken.")
        #expect(amended["assessment"]?["recommendations"]?.arrayValue?.compactMap { $0["code"]?.stringValue } == ["psychiatric-treatment", "present-again"])
        #expect(amended["assessment"]?["steps"]?.arrayValue?.count == 2, "the agreed step stays, the new one is added")
        let followUp = try #require(amended["followUpReferral"]?.integerValue)

        // The old version is kept whole; the history shows both, with the reason.
        #expect(try world.query("SELECT version, note FROM assessment_versions WHERE assessment_id = \(assessment)") == "1|Erste Notiz: Schlafstörungen.")
        let history = try world.json(["assessment", "history", String(assessment)], as: world.caseworker)["versions"]?.arrayValue ?? []
        #expect(history.compactMap { $0["number"]?.integerValue } == [1, 2])
        #expect(history.first?["note"]?.stringValue == "Erste Notiz: Schlafstörungen.")
        #expect(history.first?["reason"]?.isNull == true)
        #expect(history.last?["reason"]?.stringValue == "Befund der Hausärztin nachgereicht")
        #expect(history.last?["writtenBy"]?.stringValue == world.specialist.name)
        let historyText = try world.lotse(["assessment", "history", String(assessment)], as: world.specialist)
        #expect(historyText.stdout.contains("Reason for the correction: Befund der Hausärztin nachgereicht"), "\(historyText.stdout)")
        // A coordinator sees codes, never the notes of any version.
        #expect(try world.lotse(["assessment", "history", String(assessment)]).status == 77)

        // The help plan follows: the psychotherapy goal dropped, the new ones open, the step list rewritten.
        let after = try goals(world, client.client)
        #expect(after.first { $0["id"]?.integerValue == before.first?["id"]?.integerValue }?["status"]?.stringValue == "dropped")
        let open = after.filter { $0["status"]?.stringValue == "open" }
        #expect(open.count == 2)
        #expect(open.contains { $0["targetDate"]?.stringValue == world.sessionDay.adding(months: 3).description })
        let notes = open.compactMap { $0["notes"]?.stringValue }.joined()
        #expect(notes.contains("Therapieplatz anfragen") && notes.contains("Termin in der Psychiatrie-Ambulanz vereinbaren"), "\(notes)")
        let planHistory = try world.json(["helpplan", "history", client.client], as: world.caseworker)["versions"]?.arrayValue ?? []
        #expect(planHistory.last?["change"]?.stringValue == "assessment \(assessment) amended")
        #expect(planHistory.last?["authorRole"]?.stringValue == "specialist")

        // The follow-up waits until three months after the appointment.
        let shown = try world.json(["referral", "show", String(followUp)], as: world.caseworker)["referral"]
        #expect(shown?["status"]?.stringValue == "waiting")
        #expect(shown?["notBefore"]?.stringValue == world.sessionDay.adding(months: 3).description)

        // Audited, and the audit row carries neither note nor reason.
        #expect(try world.query("SELECT user, detail FROM audit_log WHERE action = 'assessment.amend' AND outcome = 'ok'")
                == "\(world.specialist.name)|version 2: note, recommendations, 1 new step")
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE detail LIKE '%Hausärztin%' OR detail LIKE '%Panik%'") == "0")

        // Amended again without "present again": the waiting follow-up is withdrawn.
        let third = try world.json(["assessment", "amend", String(assessment), "--reason", "Wiedervorstellung nicht nötig",
                                    "--recommend", "psychiatric-treatment"], as: world.specialist)
        #expect(third["version"]?.integerValue == 3)
        #expect(third["followUpReferral"]?.isNull == true)
        #expect(try world.query("SELECT status FROM referrals WHERE id = \(followUp)") == "withdrawn")
        #expect(try world.query("SELECT count(*) FROM assessment_versions WHERE assessment_id = \(assessment)") == "2")
        let german = try world.daemon.runLotse(["assessment", "amend", String(assessment), "--reason", "Tippfehler", "--note", "Notiz ohne Tippfehler."],
                                               as: world.specialist, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout.contains("Einschätzung \(assessment) korrigiert: Version 4; die vorige bleibt erhalten."), "\(german.stdout)")
    }

    @Test func onlyTheAuthorMayAmendOnlyWithinThePeriodAndARefusalChangesNothing() throws {
        let world = try SpecialistWorld(extraConfig: "[assessments]\namend_days = 3")
        let (assessment, _) = try recorded(world)
        let id = String(assessment)
        let before = try world.dumpWithoutAudit()

        for user in [world.otherSpecialist, world.caseworker, world.coordinator] {
            let denied = try world.lotse(["assessment", "amend", id, "--reason", "x", "--note", "y"], as: user)
            #expect(denied.status == 77, "\(user.name): \(denied.status) \(denied.stderr)")
        }
        let noReason = try world.lotse(["assessment", "amend", id, "--note", "y"], as: world.specialist)
        #expect(noReason.status != 0)
        let nothing = try world.lotse(["assessment", "amend", id, "--reason", "x"], as: world.specialist)
        #expect(nothing.status == 65)
        #expect(nothing.stderr.contains("nothing to amend"), "\(nothing.stderr)")
        let unknown = try world.lotse(["assessment", "amend", id, "--reason", "x", "--recommend", "aromatherapy"], as: world.specialist)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("not in the catalogue"), "\(unknown.stderr)")
        let early = world.sessionDay.adding(days: -1).displayText
        let earlyStep = try world.lotse(["assessment", "amend", id, "--reason", "x", "--step", "\(early);caseworker;zu früh"], as: world.specialist)
        #expect(earlyStep.status == 65)
        #expect(earlyStep.stderr.contains("before the appointment"), "\(earlyStep.stderr)")
        #expect(try world.dumpWithoutAudit() == before, "a refused amendment changed the database")

        // Four days after recording, with amend_days = 3, the record stands.
        try world.moveClock(to: world.sessionDay.adding(days: 4))
        let late = try world.lotse(["assessment", "amend", id, "--reason", "x", "--note", "zu spät"], as: world.specialist)
        #expect(late.status == 65)
        #expect(late.stderr.contains("could be amended for 3 days, until \(world.sessionDay.adding(days: 3).displayText)"), "\(late.stderr)")
        let lateDe = try world.daemon.runLotse(["assessment", "amend", id, "--reason", "x", "--note", "zu spät"], as: world.specialist,
                                               environment: ["LANG": "de_DE.UTF-8"])
        #expect(lateDe.stderr.contains("sie konnte 3 Tage lang korrigiert werden"), "\(lateDe.stderr)")
        #expect(try world.query("SELECT count(*) FROM assessment_versions") == "0")
    }
}
