import Foundation
import LotseCore
import LotseVarlink
import Testing

/// `lotse appointment cancel`: the client's caseworker (or a coordinator) cancels a booked
/// appointment before the day; the slot is free for `roster refill`, the referral waits
/// at the head of its urgency, and the specialist is told once — against a real daemon
/// with real Unix users.
@Suite(.serialized) struct AppointmentCancelEndToEndTests {
    /// The checkout's mail templates, and a sendmail that accepts everything.
    static var mail: String {
        let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config").path
        return """
            [district]
            name = Testkreis
            municipalities = ludwigsburg, kornwestheim

            [mail]
            sendmail = /bin/true
            sender = lotse@testkreis.example
            coordinator_addresses = koordination@testkreis.example
            templates = \(config)/mail
            """
    }

    @Test func withdrawingABookedReferralCancelsItsAppointmentSaysSoAndTellsTheSpecialist() throws {
        let world = try SpecialistWorld(extraConfig: Self.mail)
        try world.setUpSessions(slots: 2)
        let clients = try world.refer(1)
        try world.publish()
        let appointment = try #require(try world.appointments()[clients[0].client])
        let withdrawn = try world.daemon.runLotse(["referral", "withdraw", String(clients[0].referral), "--reason", "Klientin ist umgezogen"],
                                                  as: world.caseworker, environment: ["LANG": "de_DE.UTF-8"])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout.contains("Ihr Termin \(appointment) am "), "\(withdrawn.stdout)")
        #expect(withdrawn.stdout.contains("ist abgesagt; die Fachkraft erfährt es, der Platz wird frei."), "\(withdrawn.stdout)")
        #expect(try world.query("SELECT attendance FROM appointments WHERE id = \(appointment)") == "cancelled-by-client")
        #expect(try world.query("SELECT status FROM referrals WHERE id = \(clients[0].referral)") == "withdrawn")
        #expect(try world.query("SELECT recipient_role FROM outbox WHERE kind = 'appointment-cancelled' AND subject_id = '\(appointment)'")
                == "specialist")
    }

    @Test func aCaseworkerCancelsTheirClientsAppointmentTheSlotGoesToRefillAndTheSpecialistIsToldOnce() throws {
        let world = try SpecialistWorld(extraConfig: Self.mail)
        try world.setUpSessions(slots: 2)
        let clients = try world.refer(2)
        try world.publish()
        // Referred after publication (before the clock moves on: consent is given today).
        let newcomer = try world.refer(1)[0]
        try world.moveClock(to: world.sessionDay.adding(days: -3))

        // The caseworker finds the appointment's number in their own referral.
        let shown = try world.json(["referral", "show", String(clients[0].referral)], as: world.caseworker)
        let appointment = try #require(shown["referral"]?["placement"]?["appointment"]?.integerValue)
        #expect(try world.appointments()[clients[0].client] == appointment)
        let text = try world.lotse(["referral", "show", String(clients[0].referral)], as: world.caseworker)
        #expect(text.stdout.contains("appointment \(appointment)") || text.stdout.contains("Termin \(appointment)"), "\(text.stdout)")

        // Nobody else's caseworker, and not the specialist; a reason is required.
        let reason = "Klientin liegt im Krankenhaus"
        #expect(try world.lotse(["appointment", "cancel", String(appointment), "--reason", reason], as: world.otherCaseworker).status == 77)
        #expect(try world.lotse(["appointment", "cancel", String(appointment), "--reason", reason], as: world.specialist).status == 77)
        #expect(try world.lotse(["appointment", "cancel", String(appointment)], as: world.caseworker).status == 64)
        #expect(try world.lotse(["appointment", "cancel", String(appointment), "--reason", " "], as: world.caseworker).status == 65)
        let service = try world.lotse(["appointment", "cancel", String(appointment), "--reason", reason, "--by", "service"], as: world.caseworker)
        #expect(service.status == 65, "\(service.stderr)")
        #expect(try world.query("SELECT count(*) FROM appointments WHERE attendance IS NOT NULL") == "0", "refusals change nothing")

        let cancelled = try world.lotse(["appointment", "cancel", String(appointment), "--reason", reason], as: world.caseworker)
        #expect(cancelled.status == 0, "\(cancelled.stderr)")
        #expect(cancelled.stdout.contains("lotse roster refill \(world.month.displayText)"), "\(cancelled.stdout)")
        #expect(try world.query("SELECT attendance, attendance_by, cancel_reason FROM appointments WHERE id = \(appointment)")
                == "cancelled-by-client|\(world.caseworker.name)|\(reason)")
        #expect(try world.query("SELECT status, at_head_of_urgency FROM referrals WHERE id = \(clients[0].referral)") == "waiting|1")
        #expect(try world.query("SELECT unavailable_dates FROM referrals WHERE id = \(clients[0].referral)").contains(world.sessionDay.description))
        // The specialist is told once, by mail, without the reason.
        let mails = try world.query("""
            SELECT recipient, recipient_role FROM outbox WHERE kind = 'appointment-cancelled' AND subject_id = '\(appointment)'
            """)
        #expect(mails == "\(world.specialist.name)@example.org|specialist")
        #expect(try world.query("SELECT count(*) FROM outbox WHERE kind = 'appointment-cancelled' AND payload LIKE '%Krankenhaus%'") == "0")
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action = 'appointment.cancel' AND outcome = 'ok'") == "1")
        // The caseworker's referral shows no slot any more.
        let after = try world.json(["referral", "show", String(clients[0].referral)], as: world.caseworker)
        #expect(after["referral"]?["placement"]?["kind"]?.stringValue != "appointment")
        // Cancelled once only.
        #expect(try world.lotse(["appointment", "cancel", String(appointment), "--reason", reason], as: world.caseworker).status == 65)

        // Refill offers the free slot to the next waiting referral, never the cancelled
        // referral on the day its client cannot come.
        let refill = try world.json(["roster", "refill", world.month.description])
        let offers = refill["offers"]?.arrayValue ?? []
        #expect(offers.contains { $0["referral"]?.integerValue == newcomer.referral && $0["date"]?.stringValue == world.sessionDay.description },
                "\(offers)")
        #expect(!offers.contains { $0["referral"]?.integerValue == clients[0].referral && $0["date"]?.stringValue == world.sessionDay.description })

        // A coordinator may cancel for the service; afterwards the day is past for everyone.
        let other = try #require(try world.appointments()[clients[1].client])
        let byService = try world.json(["appointment", "cancel", String(other), "--reason", "Fachkraft erkrankt", "--by", "service"])
        #expect(byService["attendance"]?.stringValue == "cancelled-by-service")
        #expect(byService["specialistNotified"]?.boolValue == true)
        #expect(try world.query("SELECT count(*) FROM outbox WHERE kind = 'appointment-cancelled'") == "2")
    }

    @Test func aPastAppointmentCannotBeCancelledOnlyItsOutcomeRecorded() throws {
        let world = try SpecialistWorld(extraConfig: Self.mail)
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay.adding(days: 1))
        let appointment = try #require(try world.appointments()[client.client])
        let late = try world.lotse(["appointment", "cancel", String(appointment), "--reason", "zu spät"], as: world.caseworker)
        #expect(late.status == 65)
        #expect(late.stderr.contains("assessment attend"), "\(late.stderr)")
        #expect(try world.query("SELECT attendance IS NULL FROM appointments WHERE id = \(appointment)") == "1")
    }

    @Test func cancellingASessionTellsItsSpecialistOnce() throws {
        let world = try SpecialistWorld(extraConfig: Self.mail)
        try world.setUpSessions(slots: 1)
        _ = try world.refer(1)
        try world.publish()
        _ = try world.json(["session", "cancel", String(world.sessionID)])
        #expect(try world.query("""
            SELECT recipient FROM outbox WHERE kind = 'session-cancelled-specialist' AND subject_id = '\(world.sessionID)'
            """) == "\(world.specialist.name)@example.org")
        #expect(try world.query("SELECT count(*) FROM outbox WHERE recipient_role = 'specialist' AND kind LIKE '%cancelled%'") == "1")
    }
}
