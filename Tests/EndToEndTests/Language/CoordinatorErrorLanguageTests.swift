import Foundation
import LotseCore
import LotseTestSupport
import Testing

/// The details of the daemon's refusals to a coordinator (the RRULE parser, the model's
/// checks, the roster's states, the hard constraints of a placement, records not found)
/// come in the reader's language: with `LANG=de_DE.UTF-8` no English sentence inside the
/// German one (`Ungültige Angabe für „rrule“: The rule …` was the fault), with
/// `LANG=C.UTF-8` no German one — judged by the word lists of `ForeignWords`.
@Suite(.serialized) struct CoordinatorErrorLanguageTests {
    @Test func everyRefusalOfTheCoordinatorInterfacesIsWordedInTheReadersLanguage() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-lang", languages: "de,uk")
        let session = try world.session(specialist, day: 10, slots: 2)
        let past = world.today.adding(days: -3).description
        func add(_ extra: [String], date: String? = nil, slots: String = "2") -> [String] {
            ["session", "add", "--specialist", String(specialist), "--date", date ?? world.date(3), "--start", "14:00",
             "--slots", slots, "--minutes", "45", "--place", "Raum 1"] + extra
        }
        let month = world.month.description
        // (arguments, exit status, first words of the German and of the English message)
        let cases: [([String], Int32, String, String)] = [
            (add(["--rrule", "FREQ=MONTHLY;BYDAY=8TU"]), 65, "lotse: --rrule: BYDAY „8TU“: die Ordnungszahl", "lotse: --rrule: BYDAY \"8TU\": the ordinal"),
            (add(["--rrule", "FREQ=DAILY"]), 65, "lotse: --rrule: FREQ „DAILY“ wird nicht unterstützt", "lotse: --rrule: FREQ \"DAILY\" is not supported"),
            (add(["--rrule", "FREQ=MONTHLY;BYDAY=1TU;BYSETPOS=1"]), 65, "lotse: --rrule: ", "lotse: --rrule: "),
            (add(["--rrule", "FREQ=WEEKLY;COUNT=2;UNTIL=20270101"]), 65, "lotse: --rrule: ", "lotse: --rrule: "),
            (add([], slots: "30"), 65, "lotse: --slots: 30 liegt nicht zwischen 1 und 20.",
             "lotse: --slots: 30 is not between 1 and 20."),
            (add([], date: past), 65, "lotse: --date:", "lotse: --date:"),
            // The option typed, not the daemon's field (slot minutes, interpreterLanguages).
            (["session", "add", "--specialist", String(specialist), "--date", world.date(3), "--start", "14:00", "--slots", "2",
              "--minutes", "0", "--place", "Raum 1"], 65, "lotse: --minutes:", "lotse: --minutes:"),
            (add(["--interpreters", "xx"]), 65, "lotse: --interpreters:", "lotse: --interpreters:"),
            (["session", "cancel", "999"], 67, "lotse: Nicht gefunden: Es gibt keine Sprechstunde 999.", "lotse: Not found: There is no session 999."),
            // A follow-up step that does not exist is "not found" like every other record
            // (it was a wrong value "Schritt: Schritt 9999 gibt es nicht", exit 65).
            (["followup", "reassign", "9999", "coordinator"], 67, "lotse: Nicht gefunden: Es gibt keinen Folgeschritt 9999.",
             "lotse: Not found: There is no follow-up step 9999."),
            (["session", "cancel", String(session), "--series"], 65, "lotse: --series: Sprechstunde",
             "lotse: --series: Session"),
            (["roster", "approve", month], 65, "lotse: Nicht möglich: Für", "lotse: Not possible: There is no draft"),
            (["roster", "publish", month], 65, "lotse: Nicht möglich: Für", "lotse: Not possible: There is no approved roster"),
            (["roster", "pin", month, "1"], 65, "lotse: Nicht möglich: Für", "lotse: Not possible: There is no roster"),
            (["roster", "show", month], 67, "lotse: Nicht gefunden: Es gibt keinen Terminplan für", "lotse: Not found: There is no roster for"),
            (["specialist", "add", "--name", "Dr. Zwei", "--qualification", "Psychiatrie", "--languages", "de",
              "--email", "zwei@example.org", "--user", "lotse-e2e-lang"], 65, "lotse: --user: Der Benutzer",
             "lotse: --user: The user"),
        ]
        var wrong: [String] = []
        for (arguments, status, german, english) in cases {
            let de = try world.daemon.runLotse(arguments, as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
            let en = try world.daemon.runLotse(arguments, as: world.coordinator, environment: ["LANG": "C.UTF-8"])
            #expect(de.status == status && en.status == status, "\(arguments): \(de.status) \(de.stderr) / \(en.status) \(en.stderr)")
            #expect(de.stderr.hasPrefix(german), "\(arguments): \(de.stderr)")
            #expect(en.stderr.hasPrefix(english), "\(arguments): \(en.stderr)")
            wrong += ForeignWords.englishIn(german: de.stderr).map { "de \(arguments): \($0)" }
            wrong += ForeignWords.germanIn(english: en.stderr).map { "en \(arguments): \($0)" }
        }
        #expect(wrong.isEmpty, "errors in the wrong language:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func placementRefusalsNameTheHardConstraintInTheReadersLanguage() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-lang2", languages: "de,uk")
        let session = try world.session(specialist, day: 12, slots: 2)
        let month = world.month.description
        let referrals = try world.submit([.init(language: "ar", urgency: "high"),
                                          .init(language: "uk", urgency: "routine", unavailableDays: [12])])
        #expect(try world.lotse(["roster", "plan", month]).status == 0)
        // (arguments, exit status, German and English beginning)
        let cases: [([String], Int32, String, String)] = [
            (["roster", "add", month, String(referrals[0].id), "\(session)-1"], 65,
             "lotse: Platzierung abgelehnt: Anmeldung \(referrals[0].id) kann Platz \(session)-1 nicht bekommen: der Platz bietet kein Arabisch",
             "lotse: Placement refused: Referral \(referrals[0].id) cannot take slot \(session)-1: the slot offers no Arabic"),
            (["roster", "add", month, String(referrals[1].id), "\(session)-2"], 65,
             "lotse: Platzierung abgelehnt: Anmeldung \(referrals[1].id) kann Platz \(session)-2 nicht bekommen: die Klient:in kann am",
             "lotse: Placement refused: Referral \(referrals[1].id) cannot take slot \(session)-2: the client is unavailable on"),
            (["roster", "add", month, "999", "\(session)-1"], 67, "lotse: Nicht gefunden: Es gibt keine Anmeldung 999.",
             "lotse: Not found: There is no referral 999."),
            (["roster", "add", month, String(referrals[0].id), "\(session + 50)-1"], 67, "lotse: Nicht gefunden: Es gibt keinen Platz",
             "lotse: Not found: There is no slot"),
        ]
        var wrong: [String] = []
        for (arguments, status, german, english) in cases {
            let de = try world.daemon.runLotse(arguments, as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
            let en = try world.daemon.runLotse(arguments, as: world.coordinator, environment: ["LANG": "C.UTF-8"])
            #expect(de.status == status && en.status == status, "\(arguments): \(de.stderr) / \(en.stderr)")
            #expect(de.stderr.hasPrefix(german), "\(arguments): \(de.stderr)")
            #expect(en.stderr.hasPrefix(english), "\(arguments): \(en.stderr)")
            wrong += ForeignWords.englishIn(german: de.stderr).map { "de \(arguments): \($0)" }
            wrong += ForeignWords.germanIn(english: en.stderr).map { "en \(arguments): \($0)" }
        }
        #expect(wrong.isEmpty, "errors in the wrong language:\n\(wrong.joined(separator: "\n"))")
    }
}
