import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Retention: purging a client removes all of its data")
struct RetentionPurgeTests {
    @Test func aPurgedClientLeavesNoRowBehindAndOthersAreUntouched() throws {
        let directory = try TemporaryDirectory()
        let database = try Scenario.march(directory)
        let anna = try Model.user("anna")
        let weber = try Model.user("dr-weber")
        let day = try Model.date("2026-03-03")
        let pseudonym = try Model.client("K-2026-0001")
        // Give client 1 one of everything: screening, roster entry, appointment, assessment
        // with recommendation and step, help plan, mail.
        var referral = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).referral(ReferralID(1)) }
        try referral.schedule().get()
        try referral.record(.attended, policy: .headOfUrgency).get()
        let attended = referral
        let screening = try Model.screening(ScreeningID(1), client: pseudonym)
        let roster = try Roster.draft(id: RosterID(1), year: 2026, month: 3, version: 1,
                                      entries: [RosterEntry(referral: ReferralID(1), slot: SlotID(session: SessionID(1), index: 1), weight: 5)],
                                      bound: 5, waitingReasons: [RosterWaitingReason(referral: ReferralID(2), reason: "capacity", detail: "")]).get()
        let owner = try StepOwner.make(role: .caseworker, user: anna).get()
        let step = try FollowUpStep.make(id: FollowUpStepID(1), client: pseudonym, description: "Hausarzt informieren", owner: owner,
                                         dueOn: try Model.date("2026-03-10"), appointmentDate: day).get()
        let assessment = try Assessment.record(id: AssessmentID(1), referral: attended, slot: SlotID(session: SessionID(1), index: 1),
                                               specialist: SpecialistID(1), appointmentDate: day, note: "Notiz",
                                               recommendations: [try Recommendation.make(code: "no-further-action", months: nil, catalogue: .standard).get()],
                                               steps: [step]).get()
        var plan = HelpPlan(client: pseudonym, author: anna, authorRole: .caseworker, at: Model.instant(0), today: day, reviewMonths: 3)
        _ = try plan.addGoal(domain: .work, title: "Praktikum", author: anna, authorRole: .caseworker, at: Model.instant(1)).get()
        let helpPlan = plan
        let mail = NewOutboxMessage(kind: "appointment-reminder", recipient: try Model.email("anna@kreis.example"), recipientRole: .caseworker,
                                    language: .de, client: pseudonym.description, subjectKind: "appointment", subjectID: "1",
                                    dueAt: Model.instant(2), messageID: "<r1@lotse>")
        try database.write { (db: Connection) throws(StoreError) in
            try ScreeningRepository(db).insert(screening, now: Model.instant(0))
            try RosterRepository(db).insert(roster, by: try Self.user("kora"), now: Model.instant(0))
            let appointment = try AppointmentRepository(db).book(referral: ReferralID(1), slot: SlotID(session: SessionID(1), index: 1),
                                                                 roster: RosterID(1), now: Model.instant(0))
            try AppointmentRepository(db).recordAttendance(appointment, .attended, by: weber, at: Model.instant(1))
            try ReferralRepository(db).update(attended, now: Model.instant(1))
            try AssessmentRepository(db).insert(assessment, by: weber, now: Model.instant(1))
            try HelpPlanRepository(db).save(helpPlan)
            try Outbox(db).enqueue(mail, now: Model.instant(0))
        }
        let tables = ["consents", "screenings", "referrals", "referral_excluded_specialists", "roster_entries", "waiting_reasons",
                      "appointments", "assessments", "recommendations", "follow_up_steps", "help_plans", "help_plan_versions",
                      "help_plan_goal_spans", "outbox"]
        let before = try Self.counts(database, tables)
        try database.write { (db: Connection) throws(StoreError) in
            try ClientRepository(db).purge(pseudonym, audit: AuditEntry(at: Model.instant(9), uid: nil, user: "lotsed", role: "system", action: "client.purge"))
        }
        let after = try Self.counts(database, tables)
        let leftover = try database.read { (db: Connection) throws(StoreError) -> Int in
            var mentions = 0
            for (table, column) in [("consents", "client"), ("screenings", "client"), ("referrals", "client"), ("assessments", "client"),
                                    ("follow_up_steps", "client"), ("help_plans", "client"), ("outbox", "client")] {
                mentions += try db.fetchValue(Int.self, "SELECT count(*) FROM \(table) WHERE \(column) = 'K-2026-0001'") ?? 0
            }
            return mentions + (try db.fetchAll("PRAGMA foreign_key_check").count)
        }
        #expect(leftover == 0)
        // Client 1's rows are gone; clients 2 and 3 keep theirs (consents, referrals, a waiting reason).
        #expect(after["consents"] == (before["consents"] ?? 0) - 1)
        #expect(after["referrals"] == (before["referrals"] ?? 0) - 1)
        #expect(after["waiting_reasons"] == before["waiting_reasons"])
        for table in ["screenings", "roster_entries", "appointments", "assessments", "recommendations", "follow_up_steps",
                      "help_plans", "help_plan_versions", "help_plan_goal_spans", "outbox"] {
            #expect(after[table] == 0, "\(table) still holds rows")
        }
        let audit = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries() }
        #expect(audit.map(\.action) == ["client.purge"])
    }

    private static func user(_ name: String) throws(StoreError) -> UserName {
        guard let user = UserName(name) else { throw StoreError(kind: .invalidValue(field: "user"), message: "bad fixture user \(name)") }
        return user
    }

    private static func counts(_ database: Database, _ tables: [String]) throws -> [String: Int] {
        try database.read { (db: Connection) throws(StoreError) -> [String: Int] in
            var counts: [String: Int] = [:]
            for table in tables { counts[table] = try db.fetchValue(Int.self, "SELECT count(*) FROM \(table)") ?? -1 }
            return counts
        }
    }
}
