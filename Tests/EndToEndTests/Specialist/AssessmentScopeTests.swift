import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Who reads an assessment note, and what bad input does: against a real daemon with
/// real Unix users. Notes are health data — the specialist who wrote one and the
/// client's caseworker read it; another specialist and another caseworker are refused;
/// a coordinator learns only that it exists and its recommendation codes. Every attempt
/// is in the audit log. Refused recordings change nothing in the database.
@Suite(.serialized) struct AssessmentScopeTests {
    @Test func onlyTheSpecialistAndTheClientsCaseworkerReadTheNoteAndEveryAttemptIsAudited() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay)

        // Another specialist does not see the client at all.
        let otherToday = try world.json(["session", "today", "--date", world.sessionDay.description], as: world.otherSpecialist)
        let othersAppointments = otherToday["appointments"]?.arrayValue ?? []
        #expect(othersAppointments.isEmpty)
        #expect(try world.lotse(["session", "show", String(world.sessionID)], as: world.otherSpecialist).status == 77)

        let appointment = try #require(try world.appointments()[client.client])
        let note = "Traumafolgestörung wahrscheinlich; Ressourcen: Familie."
        let recorded = try world.json(["assessment", "record", String(appointment), "--note", note,
                                       "--recommend", "psychiatric-treatment", "--recommend", "social-pedagogical-follow-up"],
                                      as: world.specialist)
        let id = String(try #require(recorded["assessment"]?["id"]?.integerValue))

        let own = try world.json(["assessment", "show", id], as: world.specialist)["assessment"]
        #expect(own?["note"]?.stringValue == note)
        let caseworkers = try world.json(["assessment", "show", id], as: world.caseworker)["assessment"]
        #expect(caseworkers?["note"]?.stringValue == note)

        let coordinators = try world.json(["assessment", "show", id])["assessment"]
        #expect(coordinators?["note"]?.isNull == true)
        #expect(coordinators?["noteVisible"]?.boolValue == false)
        #expect(coordinators?["recommendations"]?.arrayValue?.compactMap { $0["code"]?.stringValue }
                == ["psychiatric-treatment", "social-pedagogical-follow-up"])
        let coordinatorText = try world.lotse(["assessment", "show", id])
        #expect(!coordinatorText.stdout.contains("Traumafolgestörung"))

        let otherSpecialist = try world.lotse(["assessment", "show", id], as: world.otherSpecialist)
        #expect(otherSpecialist.status == 77)
        #expect(!otherSpecialist.stdout.contains("Traumafolgestörung"))
        let otherCaseworker = try world.lotse(["assessment", "show", id], as: world.otherCaseworker)
        #expect(otherCaseworker.status == 77)
        // Listing by client does not leak it either.
        #expect(try world.lotse(["assessment", "list", client.client], as: world.otherCaseworker).status == 77)
        #expect(try world.lotse(["assessment", "list", client.client], as: world.otherSpecialist).status == 77)
        // Raw varlink, not only the CLI: the same denial.
        let raw = try ForeignClient.call([VarlinkCall(method: "org.lotse.Assessments.Get", parameters: ["id": .integer(Int64(id) ?? 0)])],
                                         socket: world.daemon.socketPath, as: world.otherSpecialist)
        #expect(raw.first?.error == "org.varlink.service.PermissionDenied")

        let reads = try world.query("""
            SELECT user, outcome, coalesce(detail, '') FROM audit_log
            WHERE record_kind = 'assessment' AND record_id = '\(id)' AND action = 'assessment.read' ORDER BY id
            """).split(separator: "\n").map(String.init)
        #expect(reads.contains("\(world.specialist.name)|ok|with note"))
        #expect(reads.contains("\(world.caseworker.name)|ok|with note"))
        #expect(reads.contains("\(world.coordinator.name)|ok|recommendation codes and steps, no note"))
        // The other specialist tried twice within a minute: the first attempt on the record
        // is its own entry, the repeat goes into the minute's denial summary.
        #expect(reads.filter { $0.hasPrefix("\(world.otherSpecialist.name)|denied") }.count == 1)
        #expect(reads.filter { $0.hasPrefix("\(world.otherCaseworker.name)|denied") }.count == 1)
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action = 'assessment.record' AND record_id = '\(id)'") == "1")
        // The note is in its own table only, never in the audit log.
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE detail LIKE '%Traumafolge%'") == "0")
    }

    @Test func badRecordingsGiveAClearErrorAndChangeNothing() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointment = String(try #require(try world.appointments()[client.client]))
        let later = world.sessionDay.adding(days: 7).displayText
        let before = try world.dumpWithoutAudit()

        // Not your appointment.
        let notYours = try world.lotse(["assessment", "record", appointment, "--note", "x", "--recommend", "no-further-action"],
                                       as: world.otherSpecialist)
        #expect(notYours.status == 77, "\(notYours.stderr)")
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE user = '\(world.otherSpecialist.name)' AND outcome = 'denied' AND record_id = '\(appointment)'") == "1")
        // An unknown recommendation code.
        let unknown = try world.lotse(["assessment", "record", appointment, "--note", "x", "--recommend", "aromatherapy"], as: world.specialist)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("--recommend: \"aromatherapy\" is not in the catalogue"), "\(unknown.stderr)")
        let german = try world.daemon.runLotse(["assessment", "record", appointment, "--note", "x", "--recommend", "aromatherapy"],
                                               as: world.specialist, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 65)
        #expect(german.stderr.contains("--recommend: „aromatherapy“ steht nicht im Katalog"), "\(german.stderr)")
        // The German refusal offers the German words the parser takes, not the codes.
        #expect(german.stderr.contains("(Ambulante Psychotherapie, Psychiatrische Behandlung,")
                && german.stderr.contains("Erneute Vorstellung)") && !german.stderr.contains("outpatient-psychotherapy"), "\(german.stderr)")
        // A step due before the appointment.
        let early = world.sessionDay.adding(days: -1).displayText
        let due = try world.lotse(["assessment", "record", appointment, "--note", "x", "--recommend", "no-further-action",
                                   "--step", "\(later);caseworker;Rückmeldung geben", "--step", "\(early);specialist;Bericht"], as: world.specialist)
        #expect(due.status == 65)
        #expect(due.stderr.contains("--step: step 2: \(early) is before the appointment on \(world.sessionDay.displayText)"), "\(due.stderr)")
        let dueGerman = try world.daemon.runLotse(["assessment", "record", appointment, "--note", "x", "--recommend", "no-further-action",
                                                   "--step", "\(early);specialist;Bericht"], as: world.specialist, environment: ["LANG": "de_DE.UTF-8"])
        #expect(dueGerman.stderr.contains("--step: Schritt 1: \(early) liegt vor dem Termin am \(world.sessionDay.displayText)"), "\(dueGerman.stderr)")
        // "present again" without months, a note too long, an unknown owner role.
        #expect(try world.lotse(["assessment", "record", appointment, "--note", "x", "--recommend", "present-again"], as: world.specialist).status == 65)
        #expect(try world.lotse(["assessment", "record", appointment, "--note", String(repeating: "n", count: 2001),
                                 "--recommend", "no-further-action"], as: world.specialist).status == 65)
        #expect(try world.lotse(["assessment", "record", appointment, "--note", "x", "--recommend", "no-further-action",
                                 "--step", "\(later);admin;x"], as: world.specialist).status == 64)
        // A caseworker cannot record an assessment at all.
        #expect(try world.lotse(["assessment", "record", appointment, "--note", "x", "--recommend", "no-further-action"],
                                as: world.caseworker).status == 77)
        #expect(try world.dumpWithoutAudit() == before)

        // The good one, then recording twice.
        let first = try world.lotse(["assessment", "record", appointment, "--note", "Kurz.", "--recommend", "psychosocial-centre",
                                     "--step", "\(later);caseworker;Termin im PSZ vereinbaren"], as: world.specialist)
        #expect(first.status == 0, "\(first.stderr)")
        let afterFirst = try world.dumpWithoutAudit()
        let twice = try world.lotse(["assessment", "record", appointment, "--note", "Nochmal.", "--recommend", "no-further-action"],
                                    as: world.specialist)
        #expect(twice.status == 65)
        #expect(twice.stderr.contains("recorded only once"), "\(twice.stderr)")
        #expect(try world.dumpWithoutAudit() == afterFirst)
        #expect(try world.query("SELECT count(*) FROM assessments") == "1")
    }
}
