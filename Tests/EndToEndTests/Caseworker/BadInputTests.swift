import Foundation
import LotseTestSupport
import LotseVarlink
import Testing

/// Every bad value gets one clear sentence naming the field — exit 64 when the word is
/// not of its option's form, 65 when Lotse refuses a well-formed value, 67 when the record
/// named does not exist — and changes nothing — proven on the whole database (`sqlite3 .dump`, audit log included).
@Suite struct BadInputTests {
    @Test func eachBadValueIsRefusedWithOneSentenceNamingTheFieldAndNothingChanges() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                             "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna).status == 0)
        #expect(try f.lotse(["helpplan", "goal", "add", client, "--domain", "work", "--title", "Praktikum"], as: f.anna).status == 0)
        let other = try f.clientWithConsent(for: f.anna)
        let long = String(repeating: "x", count: 501)
        let submit = ["referral", "submit", "--client", other, "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"]
        // (arguments, user, German?, expected first words of the message)
        let cases: [([String], TestUser, Bool, Int32, String)] = [
            (submit + ["--kind", "assessment", "--language", "xx"], f.anna, false, 65, "lotse: --language: \"xx\" is not a known ISO 639 language code"),
            (submit + ["--kind", "assessment", "--language", "xx"], f.anna, true, 65, "lotse: --language: „xx“ ist kein bekannter ISO-639-Sprachcode"),
            (submit + ["--kind", "therapy", "--language", "ar"], f.anna, false, 64, "lotse: --kind: \"therapy\" is not one of assessment, follow-up, consultation."),
            (submit + ["--kind", "assessment", "--language", "ar", "--note", long], f.anna, false, 65, "lotse: --note: has 501 characters; at most 500 are allowed."),
            (submit + ["--kind", "assessment", "--language", "ar", "--note", long], f.anna, true, 65, "lotse: --note: hat 501 Zeichen; höchstens 500 sind erlaubt."),
            (submit + ["--kind", "assessment", "--language", "ar", "--unavailable", "20.11.2026"], f.anna, false,
             65, "lotse: --unavailable: 20.11.2026 is in the past"),
            (submit + ["--kind", "assessment", "--language", "ar", "--unavailable", "31.02.2027"], f.anna, false,
             64, "lotse: --unavailable: \"31.02.2027\" is not a date"),
            (submit + ["--kind", "assessment", "--language", "ar", "--prefer", "7"], f.anna, false, 65, "lotse: --prefer: there is no specialist 7"),
            (["referral", "submit", "--client", "K-26-1", "--kind", "assessment", "--language", "ar", "--no-acute-risk"], f.anna, false,
             64, "lotse: client: \"K-26-1\" is not a pseudonym"),
            (["client", "handover", "K-2026-0999", "--to", "lotse-e2e-ben"], f.clara, false, 67, "lotse: Not found: There is no client K-2026-0999."),
            (["referral", "show", "99"], f.clara, false, 67, "lotse: Not found: There is no referral 99."),
            (["referral", "update", "1", "--note", long], f.anna, false, 65, "lotse: --note: has 501 characters"),
            (["referral", "update", "1", "--urgency", "high"], f.anna, false, 65, "lotse: urgency reason: an urgency that differs"),
            (["referral", "withdraw", "1", "--reason", long], f.anna, false, 65, "lotse: --reason: has 501 characters"),
            // A line break in a field shown on one line (a reason, a title) would break the tables it is shown in.
            (["referral", "withdraw", "1", "--reason", "zieht\nweg"], f.anna, true, 65, "lotse: --reason: enthält einen Zeilenumbruch oder Tabulator"),
            (["referral", "update", "1", "--urgency", "high", "--urgency-reason", "a\nb"], f.anna, false, 65, "lotse: --urgency-reason: contains a line break or a tab"),
            (["helpplan", "goal", "add", client, "--domain", "work", "--title", "Praktikum\nbei Bosch"], f.anna, true, 65,
             "lotse: --title: enthält einen Zeilenumbruch oder Tabulator"),
            // A word not of its value's form is a usage error (64) like a date that does not exist.
            (["session", "add", "--specialist", "1", "--date", "05.01.2027", "--start", "25:00", "--slots", "4", "--minutes", "45", "--place", "Raum"],
             f.clara, true, 64, "lotse: --start: „25:00“ ist keine Uhrzeit (HH:MM)."),
            (["roster", "move", "01.2027", "1", "foo"], f.clara, false, 64, "lotse: SLOT: \"foo\" is not a slot (SESSION-NUMBER, e.g. 12-3)."),
            // A value with a line break is shown escaped, so the refusal stays one line.
            (["specialist", "add", "--name", "Dr. X", "--qualification", "Psychiatrie", "--languages", "de",
              "--email", "a@b.example\nBcc: x@y.example", "--user", "lotse-e2e-ben"], f.clara, true, 65,
             "lotse: --email: „a@b.example\\nBcc: x@y.example“ ist keine verwendbare E-Mail-Adresse."),
            (["session", "add", "--specialist", "1", "--date", "05.01.2027", "--start", "14:00", "--slots", "4", "--minutes", "45",
              "--place", "Raum", "--rrule", "FREQ=HOURLY"], f.clara, true, 65, "lotse: --rrule: FREQ „HOURLY“ wird nicht unterstützt; nur WEEKLY und MONTHLY."),
            // Every number starts at 1: one refusal for a record's number and a count alike.
            (["session", "cancel", "-1"], f.clara, true, 65, "lotse: NR: „-1“ ist kleiner als 1."),
            (["referral", "show", "0"], f.anna, false, 65, "lotse: ID: \"0\" is less than 1."),
            (["mail", "outbox", "--limit", "0"], f.clara, false, 65, "lotse: --limit: \"0\" is less than 1."),
            (["session", "add", "--specialist", "1", "--date", "05.01.2030", "--start", "14:00", "--slots", "4", "--minutes", "45",
              "--place", "Raum", "--past"], f.clara, true, 65, "lotse: --past: 05.01.2030 liegt in der Zukunft; --past gilt nur für eine Sprechstunde, die stattgefunden hat."),
            (["referral", "update", "1", "--interpreter", "--no-interpreter"], f.anna, false, 64,
             "lotse: --interpreter and --no-interpreter contradict each other; give one of them."),
            (["referral", "update", "1", "--note", "a\u{FFFD}b"], f.anna, true, 65,
             "lotse: Das 5. Argument ist kein UTF-8-Text; bitte das Terminal auf UTF-8 stellen (locale) und neu eingeben."),
            // A caseworker filter naming no account is refused, not answered with an empty list.
            (["client", "list", "--caseworker", "niemand-da"], f.clara, true, 65,
             "lotse: --caseworker: Auf diesem System gibt es kein Konto „niemand-da“; legen Sie es an (adduser) oder prüfen Sie die Schreibweise."),
            (["referral", "list", "--caseworker", "niemand-da"], f.clara, false, 65, "lotse: --caseworker: There is no account \"niemand-da\" on this system"),
            // A client that does not exist is not found (67), not an empty list.
            (["assessment", "list", "K-2026-0999"], f.clara, true, 67, "lotse: Nicht gefunden: Es gibt keine Klient:in K-2026-0999."),
            (["followup", "list", "--client", "K-2026-0999"], f.clara, false, 67, "lotse: Not found: There is no client K-2026-0999."),
            (["referral", "list", "--month", "13.2026"], f.anna, false, 64, "lotse: --month: \"13.2026\" is not a month"),
            (["referral", "list", "--status", "lost"], f.anna, false, 64, "lotse: --status: \"lost\" is not one of waiting, scheduled"),
            (["client", "new", "--municipality", "stuttgart"], f.anna, false, 65, "lotse: --municipality: \"stuttgart\" is not a municipality of the district"),
            (["client", "consent", client, "--date", "01.12.2026"], f.anna, false, 65, "lotse: --date: 01.12.2026 is in the future"),
            (["client", "consent", client, "--date", "21.11.2026", "--scope", "everything"], f.anna, false, 64, "lotse: --scope: \"everything\" is not one of screening, referral, exchange-with-specialist."),
            (["helpplan", "goal", "add", client, "--domain", "work", "--title", "Job", "--target", "01.01.2026"], f.anna, false,
             65, "lotse: --target: 01.01.2026 is in the past"),
            (["helpplan", "goal", "add", client, "--domain", "leisure", "--title", "Sport"], f.anna, false, 64, "lotse: --domain: \"leisure\" is not one of language, work"),
            (["helpplan", "goal", "update", client, "1", "--status", "finished"], f.anna, false, 64, "lotse: --status: \"finished\" is not one of open, in-progress, reached, dropped."),
            (["helpplan", "goal", "update", client, "9", "--status", "reached"], f.anna, false, 67, "lotse: Not found: There is no goal 9 in the help plan."),
            (["helpplan", "goal", "update", client, "1", "--notes", String(repeating: "n", count: 1001)], f.anna, false, 65, "lotse: --notes: has 1001 characters"),
            (["screen", client, "--instrument", "screen15", "--answers", "1,x", "--no-acute-risk"], f.anna, false, 64, "lotse: --answers: answer 2 (\"x\") is not a number."),
        ]
        let before = try f.dump()
        for (arguments, user, german, status, message) in cases {
            let output = try f.lotse(arguments, as: user, german: german)
            #expect(output.status == status, "\(arguments): \(output.status) \(output.stderr)")
            #expect(output.stdout.isEmpty, "\(arguments)")
            #expect(output.stderr.hasPrefix(message), "\(arguments): \(output.stderr)")
            #expect(output.stderr.hasSuffix(".\n") && output.stderr.filter { $0 == "\n" }.count == 1, "one sentence: \(output.stderr)")
        }
        #expect(try f.dump() == before)
        // Each error in the other language as well: German without an English sentence
        // inside (no daemon detail left in English), English without a German one.
        var foreign: [String] = []
        for arguments in Set(cases.map { $0.0 }) {
            let user = cases.first { $0.0 == arguments }?.1 ?? f.anna
            let german = try f.lotse(arguments, as: user, german: true).stderr
            let english = try f.lotse(arguments, as: user, german: false).stderr
            foreign += ForeignWords.englishIn(german: german).map { "de \(arguments): \($0)" }
            foreign += ForeignWords.germanIn(english: english).map { "en \(arguments): \($0)" }
        }
        #expect(foreign.isEmpty, "errors in the wrong language:\n\(foreign.joined(separator: "\n"))")
        #expect(try f.dump() == before)
    }
}
