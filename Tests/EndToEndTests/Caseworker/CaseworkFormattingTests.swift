import Foundation
import LotseCLI
import LotseVarlink
import Testing

/// The caseworker commands' pure parts: option parsing, dates as Germans write them,
/// tables, and the wording of the daemon's errors.
@Suite struct CaseworkFormattingTests {
    @Test func optionsTakeValuesFlagsAndOperandsAndRefuseUnknownOnes() throws {
        guard case .run(let parsed) = try CommandLineParser.parse(
            ["referral", "update", "--note", "a b", "--unavailable=01.12.2026", "--unavailable", "02.12.2026, 2026-12-03",
             "--interpreter", "--", "1"], commands: CommandTable.specs).get() else {
            Issue.record("not read as a command to run")
            return
        }
        #expect(parsed.options.operands == ["1"])
        #expect(parsed.options.value("note") == "a b")
        #expect(parsed.options.list("unavailable") == ["2026-12-01", "2026-12-02", "2026-12-03"])
        #expect(parsed.options.has("interpreter"))
        guard case .failure(let unknown) = CommandLineParser.parse(["referral", "list", "--colour"], commands: CommandTable.specs) else {
            Issue.record("an unknown option was accepted")
            return
        }
        #expect(unknown.exitCode == .usage)
        #expect(unknown.english == "Unknown option \"--colour\" for \"lotse referral list\"; \"lotse referral list --help\" lists the options.")
        guard case .failure(let missing) = CommandLineParser.parse(["referral", "update", "1", "--note"], commands: CommandTable.specs) else {
            Issue.record("a missing value was accepted")
            return
        }
        #expect(missing.german == "--note braucht einen Wert.")
    }

    @Test func datesAreReadInGermanOrISOFormAndShownTheGermanWay() {
        #expect(DateText.parse("1.12.2026") == "2026-12-01")
        #expect(DateText.parse("01.12.2026") == "2026-12-01")
        #expect(DateText.parse("2026-12-01") == "2026-12-01")
        #expect(DateText.parse("31.02.2026") == nil)
        #expect(DateText.parse("12/01/2026") == nil)
        #expect(DateText.show("2026-12-01") == "01.12.2026")
        #expect(DateText.parseMonth("3.2027") == "2027-03")
        #expect(DateText.parseMonth("2027-03") == "2027-03")
        #expect(DateText.parseMonth("13.2027") == nil)
        // Instants in Europe/Berlin, summer and winter time.
        #expect(DateText.instant("2026-11-21T10:00:00Z") == "21.11.2026 11:00")
        #expect(DateText.instant("2026-07-01T22:30:00Z") == "02.07.2026 00:30")
    }

    @Test func tablesAlignColumnsWithoutTrailingBlanks() {
        var table = TextTable(header: ["Nr.", "Ziel", "Notiz"])
        table.add(["1", "Sprachkurs abschließen", ""])
        table.add(["12", "Wohnung", "Übergang"])
        #expect(table.rendered == """
        Nr.  Ziel                    Notiz
        1    Sprachkurs abschließen
        12   Wohnung                 Übergang

        """)
    }

    @Test func theDaemonsErrorsReadAsOneSentenceInEitherLanguage() {
        let invalid = VarlinkError("org.lotse.Referrals.InvalidValue",
                                   parameters: ["field": "note", "message": "has 501 characters; at most 500 are allowed",
                                                "messageDe": "hat 501 Zeichen; höchstens 500 sind erlaubt"])
        let call = DaemonErrors.Call(method: "org.lotse.Referrals.Update")
        let wordedInvalid = DaemonErrors.failure(invalid, call)
        #expect(wordedInvalid.exitCode == .dataError)
        #expect(wordedInvalid.english == "note: has 501 characters; at most 500 are allowed.")
        #expect(wordedInvalid.german == "Notiz: hat 501 Zeichen; höchstens 500 sind erlaubt.")
        let open = DaemonErrors.failure(VarlinkError("org.lotse.Referrals.OpenReferralExists",
                                                     parameters: ["client": "K-2026-0001", "referral": 4]), call)
        #expect(open.english == "client: K-2026-0001 already has an open referral (4); update or withdraw it instead.")
    }

    @Test func helpPlanChangesAreShownInGerman() {
        #expect(CaseworkLabels.change("goal 3 added", .german) == "Ziel 3 angelegt")
        #expect(CaseworkLabels.change("goal 1: status in-progress, target date, notes", .german) == "Ziel 1: Status in Arbeit, Zieldatum, Notizen")
        #expect(CaseworkLabels.change("goal 1: status in-progress", .english) == "goal 1: status in progress")
        #expect(CaseworkLabels.change("assessment 7 recorded", .german) == "Einschätzung 7 erfasst")
        #expect(CaseworkLabels.change("something new", .german) == "something new")
    }

    @Test func everyFieldNameHasOneGermanWordAndIsShownInGerman() {
        let names = CaseworkLabels.germanFieldPairs.map(\.field)
        #expect(Set(names).count == names.count, "a field name is listed twice: \(names.filter { name in names.filter { $0 == name }.count > 1 })")
        for (field, german) in CaseworkLabels.germanFieldPairs {
            #expect(CaseworkLabels.field(field, .german) == german)
            #expect(CaseworkLabels.field(field, .english) == field)
        }
    }
}
