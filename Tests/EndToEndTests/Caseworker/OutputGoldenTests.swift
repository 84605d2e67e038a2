import Foundation
import LotseVarlink
import Testing

/// `lotse referral list` and `lotse helpplan show` as people read them, in German and
/// English, compared with the files under `Tests/Support/caseworker-expected/`. The daemon's clock is
/// fixed (see `CaseworkFixture`), so dates and waiting times are the same on every run.
/// A mismatch writes the actual text to `/tmp/lotse-golden-NAME` for comparison.
@Suite struct OutputGoldenTests {
    func compare(_ actual: String, _ name: String) throws {
        let expected = (try? CaseworkFixture.expected(name)) ?? ""
        if actual != expected {
            try? Data(actual.utf8).write(to: URL(fileURLWithPath: "/tmp/lotse-golden-" + name))
        }
        #expect(actual == expected, "\(name) differs; actual output in /tmp/lotse-golden-\(name)")
    }

    /// Three clients of Anna's with referrals in different states, one of them booked from
    /// a published roster (its appointment 1) and one left waiting with a reason (roster rows written as the
    /// roster side would write them).
    func referrals(_ f: CaseworkFixture) throws {
        let first = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["screen", first, "--instrument", "yesno10", "--answers", "1,1,1,1,1,1,1,1,0,0", "--no-acute-risk"], as: f.anna).status == 0)
        #expect(try f.lotse(["referral", "submit", "--client", first, "--kind", "assessment", "--language", "ar", "--interpreter",
                             "--no-acute-risk", "--note", "Schlafstörungen seit der Flucht"], as: f.anna).status == 0)
        let second = try #require(f.json(["client", "new", "--municipality", "kornwestheim"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        #expect(try f.lotse(["referral", "submit", "--client", second, "--kind", "follow-up", "--language", "uk", "--interpreter",
                             "--urgency", "elevated", "--urgency-reason", "Rückfall nach Umzug", "--no-acute-risk",
                             "--consent-override", "Einwilligung mündlich, Formular folgt"], as: f.anna).status == 0)
        let third = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["referral", "submit", "--client", third, "--kind", "consultation", "--language", "prs",
                             "--urgency", "routine", "--urgency-reason", "Beratung zum Vorgehen", "--no-acute-risk"], as: f.anna).status == 0)
        #expect(try f.lotse(["referral", "withdraw", "3", "--reason", "Familie zieht weg"], as: f.anna).status == 0)
        _ = try f.query("""
            INSERT INTO specialists (id, name, qualification, languages, email, unix_user, created_at)
                VALUES (1, 'Dr. Weber', 'Psychotherapeutin', '["de","en"]', 'weber@testkreis.example', 'lotse-e2e-weber', 0);
            INSERT INTO sessions (id, specialist_id, held_on, start_time, slot_count, slot_minutes, place, kinds, created_at)
                VALUES (1, 1, '2026-12-01', '14:00', 4, 30, 'Landratsamt, Raum 2', '["assessment"]', 0);
            INSERT INTO slots (id, session_id, position, start_time, minutes)
                VALUES (1, 1, 1, '14:00', 30), (2, 1, 2, '14:30', 30), (3, 1, 3, '15:00', 30), (4, 1, 4, '15:30', 30);
            INSERT INTO rosters (id, month, version, state, bound, created_by, created_at) VALUES (1, '2026-12', 1, 'published', 0, 'clara', 0);
            INSERT INTO roster_entries (roster_id, referral_id, slot_id, weight) VALUES (1, 1, 2, 100);
            INSERT INTO appointments (id, referral_id, slot_id, roster_id, created_at) VALUES (1, 1, 2, 1, 0);
            INSERT INTO waiting_reasons (roster_id, referral_id, position, reason, detail)
                VALUES (1, 2, 1, \"no-language-match\", \"no slot this month offers Ukrainian (no specialist or interpreter)\");
            UPDATE referrals SET referred_on = '2026-09-01' WHERE id = 2;
            """, write: true)
    }

    @Test func referralListReadsWellInGermanAndEnglish() throws {
        let f = try CaseworkFixture()
        try referrals(f)
        let english = try f.lotse(["referral", "list"], as: f.anna)
        #expect(english.status == 0)
        try compare(english.stdout, "referral-list.en.txt")
        let german = try f.lotse(["referral", "list"], as: f.anna, german: true)
        #expect(german.status == 0)
        try compare(german.stdout, "referral-list.de.txt")
        let waiting = try f.lotse(["referral", "list", "--status", "waiting", "--month", "11.2026"], as: f.anna, german: true)
        try compare(waiting.stdout, "referral-list-waiting-november.de.txt")
        try compare(try f.lotse(["referral", "show", "1"], as: f.anna, german: true).stdout, "referral-show.de.txt")
        try compare(try f.lotse(["referral", "show", "2"], as: f.anna).stdout, "referral-show.en.txt")
    }

    @Test func helpPlanReadsWellInGermanAndEnglish() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let none = try f.lotse(["helpplan", "show", client], as: f.anna)
        #expect(none.stdout == "\(client) has no help plan yet; \"lotse helpplan goal add\" adds the first goal.\n")
        for arguments in [
            ["helpplan", "goal", "add", client, "--domain", "language", "--title", "B1-Kurs abschließen", "--target", "30.06.2027",
             "--notes", "Abendkurs VHS"],
            ["helpplan", "goal", "add", client, "--domain", "recognition-of-qualifications", "--title", "Anerkennung Pflegeausbildung"],
            ["helpplan", "goal", "add", client, "--domain", "health-and-psychosocial-support", "--title", "Erstgespräch Traumasprechstunde"],
            ["helpplan", "goal", "update", client, "1", "--status", "in-progress"],
            ["helpplan", "goal", "update", client, "3", "--status", "reached", "--notes", "Termin wahrgenommen"],
        ] {
            let output = try f.lotse(arguments, as: f.anna)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
        try compare(try f.lotse(["helpplan", "show", client], as: f.anna).stdout, "helpplan-show.en.txt")
        try compare(try f.lotse(["helpplan", "show", client], as: f.anna, german: true).stdout, "helpplan-show.de.txt")
        try compare(try f.lotse(["helpplan", "history", client], as: f.clara, german: true).stdout, "helpplan-history.de.txt")
        let versions = try f.json(["helpplan", "history", client], as: f.anna)["versions"]?.arrayValue ?? []
        #expect(versions.map { $0["number"]?.integerValue ?? 0 } == [1, 2, 3, 4, 5, 6])
        #expect(versions.first?["change"] == "plan opened")
        #expect(try f.query("SELECT count(*) FROM help_plan_versions") == "6")
    }
}
