import Foundation
import LotseVarlink
import Testing

/// Screening answers are health data: the client's caseworker, the coordinators and the
/// specialist who sees the client read them (the specialist only with the client's
/// consent to the exchange); nobody else.
@Suite struct ScreeningVisibilityTests {
    @Test func onlyTheSpecialistWhoSeesTheClientReadsItsScreenings() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", "1,1,1,1,0,0,0,0,0,0", "--no-acute-risk"], as: f.anna).status == 0)
        #expect(try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar", "--no-acute-risk"], as: f.anna).status == 0)

        // Not yet booked with Dora: refused and audited.
        let before = try f.lotse(["screen", "history", client], as: f.dora)
        #expect(before.status == 77)
        #expect(try f.query("SELECT count(*) FROM audit_log WHERE user = 'lotse-e2e-dora' AND outcome = 'denied'") == "1")

        _ = try f.query("""
            INSERT INTO specialists (id, name, qualification, languages, email, unix_user, created_at)
                VALUES (1, 'Dora Fachkraft', 'Psychotherapeutin', '["de"]', 'dora@testkreis.example', 'lotse-e2e-dora', 0);
            INSERT INTO sessions (id, specialist_id, held_on, start_time, slot_count, slot_minutes, place, kinds, created_at)
                VALUES (1, 1, '2026-12-01', '14:00', 1, 60, 'Landratsamt', '["assessment"]', 0);
            INSERT INTO slots (id, session_id, position, start_time, minutes) VALUES (1, 1, 1, '14:00', 60);
            INSERT INTO appointments (id, referral_id, slot_id, created_at) VALUES (1, 1, 1, 0);
            """, write: true)
        // Booked, but the client agreed to no exchange with the specialist: refused.
        let withoutExchange = try f.lotse(["screen", "history", client], as: f.dora)
        #expect(withoutExchange.status == 65, "\(withoutExchange.stderr)")
        #expect(withoutExchange.stderr.contains("no consent to exchange-with-specialist is in force for \(client)"), "\(withoutExchange.stderr)")
        #expect(try f.lotse(["client", "consent", client, "--date", "21.11.2026", "--scope", "exchange-with-specialist"], as: f.anna).status == 0)
        let booked = try f.json(["screen", "history", client], as: f.dora)
        #expect(booked["screenings"]?.arrayValue?.first?["answers"] == [1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
        #expect(try f.query("SELECT user, action, outcome FROM audit_log WHERE action = 'screening.read' ORDER BY id DESC LIMIT 1")
                == "lotse-e2e-dora|screening.read|ok")
        // The specialist sees screenings, not the caseworker's case file.
        #expect(try f.lotse(["client", "show", client], as: f.dora).status == 77)
        #expect(try f.lotse(["referral", "list"], as: f.dora).status == 77)
        // The coordinator and the caseworker read them too; the other caseworker does not.
        #expect(try f.lotse(["screen", "history", client], as: f.clara).status == 0)
        #expect(try f.lotse(["screen", "history", client], as: f.anna).status == 0)
        #expect(try f.lotse(["screen", "history", client], as: f.ben).status == 77)
    }
}
