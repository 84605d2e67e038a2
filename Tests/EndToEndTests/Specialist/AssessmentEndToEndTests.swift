import Foundation
import LotseCore
import LotseVarlink
import Testing

/// What happens at and after the consultation, across every role, against a real daemon
/// with real Unix users: refer → plan and publish → the specialist's list → attendance
/// and assessment → the caseworker's help plan and follow-up steps.
@Suite(.serialized) struct AssessmentEndToEndTests {
    @Test func anAssessmentFlowsIntoTheCaseworkersHelpPlanAsAVersionByTheSpecialistAndAStepIsDone() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay)

        // The specialist's own list: pseudonym, kind, language, the caseworker's note.
        let today = try world.lotse(["session", "today"], as: world.specialist)
        #expect(today.status == 0, "\(today.stderr)")
        #expect(today.stdout.contains(client.client))
        #expect(today.stdout.contains("Schlafstörungen seit der Flucht"))
        let appointment = try #require(try world.appointments()[client.client])
        let show = try world.json(["session", "show", String(world.sessionID)], as: world.specialist)
        #expect(show["appointments"]?.arrayValue?.first?["referralNote"]?.stringValue == "Schlafstörungen seit der Flucht, Rückzug")

        let due1 = world.sessionDay.adding(days: 14).displayText
        let due2 = world.sessionDay.adding(days: 21).displayText
        let recorded = try world.json(["assessment", "record", String(appointment), "--note", "Anhaltende Schlafstörungen, Albträume.",
                                       "--recommend", "outpatient-psychotherapy",
                                       "--step", "\(due1);caseworker;Antrag auf Psychotherapie mit Klient:in stellen",
                                       "--step", "\(due2);specialist;Kurzbefund an die Hausärztin senden"], as: world.specialist)
        let assessment = try #require(recorded["assessment"]?["id"]?.integerValue)
        let version = try #require(recorded["helpPlanVersion"]?.integerValue)
        #expect(recorded["followUpReferral"]?.isNull == true)

        // The caseworker sees the recommendation and both steps in the help plan at once …
        let plan = try world.lotse(["helpplan", "show", client.client], as: world.caseworker)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Outpatient psychotherapy") || plan.stdout.contains("Ambulante Psychotherapie"), "\(plan.stdout)")
        #expect(plan.stdout.contains("Antrag auf Psychotherapie mit Klient:in stellen"), "\(plan.stdout)")
        #expect(plan.stdout.contains("Kurzbefund an die Hausärztin senden"), "\(plan.stdout)")
        let goals = try world.json(["helpplan", "show", client.client], as: world.caseworker)["plan"]?["version"]?["goals"]?.arrayValue ?? []
        #expect(goals.contains { $0["domain"]?.stringValue == "health-and-psychosocial-support" })
        // The generated goal and step list read in the reader's language (issue 16: an
        // English reader met "Ambulante Psychotherapie" and "Schritte: … bis …").
        let english = try world.daemon.runLotse(["helpplan", "show", client.client], as: world.caseworker, environment: ["LANG": "C.UTF-8"])
        #expect(english.stdout.contains("Outpatient psychotherapy") && english.stdout.contains("Steps: #"), "\(english.stdout)")
        #expect(!english.stdout.contains("Ambulante") && !english.stdout.contains("Schritte") && !english.stdout.contains(" bis "),
                "\(english.stdout)")
        let german = try world.daemon.runLotse(["helpplan", "show", client.client], as: world.caseworker, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stdout.contains("Ambulante Psychotherapie") && german.stdout.contains("Schritte: #")
                && german.stdout.contains("Integrationsmanager:in, bis"), "\(german.stdout)")

        // … and the history has the new version, authored by the specialist.
        let history = try world.json(["helpplan", "history", client.client], as: world.caseworker)["versions"]?.arrayValue ?? []
        let newest = try #require(history.last)
        #expect(newest["number"]?.integerValue == version)
        #expect(newest["author"]?.stringValue == world.specialist.name)
        #expect(newest["authorRole"]?.stringValue == "specialist")
        #expect(newest["change"]?.stringValue?.contains("assessment \(assessment)") == true)

        // The referral is done.
        let referral = try world.json(["referral", "show", String(client.referral)])
        #expect(referral["referral"]?["status"]?.stringValue == "closed")

        // Follow-up tracking: each owner sees their own step; the caseworker marks theirs done.
        let mine = try world.json(["followup", "list"], as: world.caseworker)["steps"]?.arrayValue ?? []
        #expect(mine.count == 1)
        let step = try #require(mine.first?["id"]?.integerValue)
        #expect(mine.first?["ownerUser"]?.stringValue == world.caseworker.name)
        let specialistSteps = try world.json(["followup", "list"], as: world.specialist)["steps"]?.arrayValue ?? []
        #expect(specialistSteps.map { $0["description"]?.stringValue } == ["Kurzbefund an die Hausärztin senden"])
        let done = try world.lotse(["followup", "done", String(step)], as: world.caseworker)
        #expect(done.status == 0, "\(done.stderr)")
        let byClient = try world.json(["followup", "list", "--client", client.client], as: world.caseworker)["steps"]?.arrayValue ?? []
        #expect(Set(byClient.compactMap { $0["status"]?.stringValue }) == ["done", "open"])
        #expect((try world.json(["followup", "list"], as: world.caseworker)["steps"]?.arrayValue ?? []).isEmpty)
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action = 'followup.done' AND outcome = 'ok' AND user = '\(world.caseworker.name)'") == "1")

        // Another specialist cannot mark the remaining step done.
        let open = try #require(byClient.first { $0["status"]?.stringValue == "open" }?["id"]?.integerValue)
        #expect(try world.lotse(["followup", "done", String(open)], as: world.otherSpecialist).status == 77)

        // A month later the open step is overdue: flagged for its owner and the caseworker.
        try world.moveClock(to: world.sessionDay.adding(days: 30))
        let overdue = try world.json(["followup", "list", "--overdue"], as: world.caseworker)["steps"]?.arrayValue ?? []
        #expect(overdue.compactMap { $0["id"]?.integerValue } == [open])
        #expect(overdue.first?["overdue"]?.boolValue == true)
        let flagged = try world.lotse(["followup", "list"], as: world.specialist)
        #expect(flagged.stdout.contains("(overdue!)"), "\(flagged.stdout)")
        // Handed to someone who has no account, or no account in that role, it stays where it was.
        for stranger in ["niemand-da", world.caseworker.name] {
            let refused = try world.lotse(["followup", "reassign", String(open), "specialist", stranger], as: world.specialist)
            #expect(refused.status == 65, "\(refused.stderr)")
            #expect(refused.stderr.contains(stranger), "\(refused.stderr)")
        }
        #expect(try world.query("SELECT owner_user FROM follow_up_steps WHERE id = \(open)") == world.specialist.name)
        // Handed over to the caseworker, it is theirs now.
        let handed = try world.json(["followup", "reassign", String(open), "caseworker"], as: world.specialist)
        #expect(handed["step"]?["ownerUser"]?.stringValue == world.caseworker.name)
        #expect((try world.json(["followup", "list"], as: world.caseworker)["steps"]?.arrayValue ?? []).count == 1)
    }

    @Test func aNoShowReturnsTheReferralToTheWaitingListAndPastAppointmentsStayUnresolvedUntilSomeoneRecordsAnOutcome() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let clients = try world.refer(2)
        try world.publish()

        // Before the day: no outcome can be "attended" or "no-show" yet.
        try world.moveClock(to: world.sessionDay.adding(days: -1))
        let booked = try world.appointments()
        #expect(booked.count == 2)
        let first = try #require(booked[clients[0].client]), second = try #require(booked[clients[1].client])
        let early = try world.lotse(["assessment", "attend", String(first), "no-show"], as: world.specialist)
        #expect(early.status == 65)
        #expect(early.stderr.hasPrefix("lotse: OUTCOME: "), "\(early.stderr)")

        // The day after: both are unresolved, for the specialist and the coordinator; not
        // for the other specialist. Nothing was marked automatically.
        try world.moveClock(to: world.sessionDay.adding(days: 1))
        let unresolved = try world.json(["assessment", "unresolved"], as: world.specialist)["appointments"]?.arrayValue ?? []
        #expect(Set(unresolved.compactMap { $0["id"]?.integerValue }) == [first, second])
        #expect(unresolved.allSatisfy { $0["attendance"]?.isNull == true && $0["unresolved"]?.boolValue == true })
        let coordinatorView = try world.json(["assessment", "unresolved"])["appointments"]?.arrayValue ?? []
        #expect(coordinatorView.count == 2)
        #expect((try world.json(["assessment", "unresolved"], as: world.otherSpecialist)["appointments"]?.arrayValue ?? []).isEmpty)
        let todayList = try world.lotse(["session", "today"], as: world.specialist)
        #expect(todayList.stdout.contains("Without an outcome"), "\(todayList.stdout)")

        // A no-show (typed in German, confirmed in a German sentence without codes): the
        // referral waits again at the head of its urgency.
        let german = ["LANG": "de_DE.UTF-8"]
        let noShow = try world.daemon.runLotse(["assessment", "attend", String(first), "nicht-erschienen"], as: world.specialist, environment: german)
        #expect(noShow.status == 0, "\(noShow.stderr)")
        #expect(noShow.stdout == "Termin \(first): nicht erschienen erfasst; die Anmeldung wartet wieder auf einen Termin.\n", "\(noShow.stdout)")
        let referral = try world.json(["referral", "show", String(clients[0].referral)])
        #expect(referral["referral"]?["status"]?.stringValue == "waiting")
        #expect(try world.query("SELECT no_show_count, at_head_of_urgency FROM referrals WHERE id = \(clients[0].referral)") == "1|1")
        // Why it waits, in German words: the no-show, not its code.
        let shown = try world.daemon.runLotse(["referral", "show", String(clients[0].referral)], as: world.coordinator, environment: german)
        #expect(shown.stdout.contains("nicht erschienen") && !shown.stdout.contains("no-show") && !shown.stdout.contains("(Grund"), "\(shown.stdout)")
        // Recorded once only; the refusal names the outcome in words.
        let again = try world.lotse(["assessment", "attend", String(first), "attended"], as: world.specialist)
        #expect(again.status == 65)
        #expect(again.stderr.contains("already has its outcome: no-show"), "\(again.stderr)")
        let againGerman = try world.daemon.runLotse(["assessment", "attend", String(first), "wahrgenommen"], as: world.specialist, environment: german)
        #expect(againGerman.status == 65)
        #expect(againGerman.stderr.contains("hat schon ein Ergebnis: nicht erschienen") && !againGerman.stderr.contains("no-show"), "\(againGerman.stderr)")

        // The caseworker may record only the client's own cancellation; the other
        // specialist nothing at all.
        #expect(try world.lotse(["assessment", "attend", String(second), "attended"], as: world.caseworker).status == 77)
        #expect(try world.lotse(["assessment", "attend", String(second), "attended"], as: world.otherSpecialist).status == 77)
        #expect(try world.lotse(["assessment", "attend", String(second), "no-show"], as: world.otherCaseworker).status == 77)
        let cancelled = try world.json(["assessment", "attend", String(second), "cancelled-by-client"], as: world.caseworker)
        #expect(cancelled["referralStatus"]?.stringValue == "waiting")
        #expect((try world.json(["assessment", "unresolved"], as: world.specialist)["appointments"]?.arrayValue ?? []).isEmpty)
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action = 'attendance.record' AND outcome = 'ok'") == "2")
        // An assessment needs an attended appointment.
        let noAssessment = try world.lotse(["assessment", "record", String(first), "--note", "x", "--recommend", "no-further-action"],
                                           as: world.specialist)
        #expect(noAssessment.status == 65, "\(noAssessment.stderr)")
    }

    @Test func underRetriageAfterTwoTheSecondNoShowNeedsANewScreeningBeforeTheReferralWaitsAgain() throws {
        let world = try SpecialistWorld(extraConfig: "[planning]\nno_show = retriage-after-two")
        try world.setUpSessions(slots: 1)
        _ = try world.session(world.specialistID, world.sessionDay.adding(days: 10), slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        let month = world.month.description
        // The referral's appointment, from the coordinator's unresolved list the day after
        // its session.
        try world.moveClock(to: world.sessionDay.adding(days: 1))
        func open() throws -> [JSONValue] {
            (try world.json(["assessment", "unresolved"])["appointments"]?.arrayValue ?? []).filter { $0["referral"]?.integerValue == client.referral }
        }
        let first = try #require(try open().first?["id"]?.integerValue)
        let once = try world.json(["assessment", "attend", String(first), "no-show"], as: world.specialist)
        #expect(once["referralStatus"]?.stringValue == "waiting")

        // The coordinator refills the month: the referral gets the later session's slot,
        // which still lies ahead (a slot already past is never offered).
        _ = try world.json(["roster", "refill", month])
        _ = try world.json(["roster", "approve", month])
        _ = try world.json(["roster", "publish", month])
        try world.moveClock(to: world.sessionDay.adding(days: 12))
        let second = try #require(try open().first)
        #expect(second["id"]?.integerValue != first)
        let twice = try world.json(["assessment", "attend", String(second["id"]?.integerValue ?? 0), "no-show"], as: world.specialist)
        #expect(twice["referralStatus"]?.stringValue == "needs-retriage")
        #expect(try world.query("SELECT status, no_show_count FROM referrals WHERE id = \(client.referral)") == "needs-retriage|2")
    }

    @Test func presentAgainInThreeMonthsCreatesAFollowUpReferralWaitingUntilThatDay() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointment = try #require(try world.appointments()[client.client])
        let attended = try world.json(["assessment", "attend", String(appointment), "attended"], as: world.specialist)
        #expect(attended["referralStatus"]?.stringValue == "attended")
        let recorded = try world.json(["assessment", "record", String(appointment), "--note", "Stabil, weiter beobachten.",
                                       "--recommend", "present-again:3", "--recommend", "supervised-group"], as: world.specialist)
        let followUp = try #require(recorded["followUpReferral"]?.integerValue)
        let shown = try world.json(["referral", "show", String(followUp)], as: world.caseworker)["referral"]
        #expect(shown?["kind"]?.stringValue == "follow-up")
        #expect(shown?["status"]?.stringValue == "waiting")
        #expect(shown?["client"]?.stringValue == client.client)
        #expect(shown?["notBefore"]?.stringValue == world.sessionDay.adding(months: 3).description)
        #expect(try world.query("SELECT preferred_specialist_id FROM referrals WHERE id = \(followUp)") == String(world.specialistID))
        // The help plan names the month count, with its target date.
        let goals = try world.json(["helpplan", "show", client.client], as: world.caseworker)["plan"]?["version"]?["goals"]?.arrayValue ?? []
        #expect(goals.contains { $0["targetDate"]?.stringValue == world.sessionDay.adding(months: 3).description })
        #expect(goals.count == 2)
    }
}
