import Foundation
import LotseVarlink
import Testing

/// `lotse report` refuses a bad period (one that is not whole quarters, too) or format with the field named, writes nothing
/// to the audit log for a refused request, and an empty database gives a report whose
/// every count is hidden (zero is below the threshold too), with no previous period.
@Suite struct ReportCommandTests {
    @Test func aBadPeriodOrFormatIsRefusedNamingTheFieldAndIsNotAudited() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let quarter = try daemon.runLotse(["report", "--year", "2027", "--quarter", "5", "--format", "json"])
        #expect(quarter.status == 65, "\(quarter.stderr)")
        #expect(quarter.stderr.contains("lotse: --quarter: "), "\(quarter.stderr)")
        let backwards = try daemon.runLotse(["report", "--from", "2027-04-01", "--to", "2027-03-31"])
        #expect(backwards.status == 65 && backwards.stderr.contains("lotse: --to: ") && backwards.stderr.contains("before its first day"), "\(backwards.stderr)")
        // Reports cover whole quarters: a day inside one is refused with the nearest bounds.
        let midFrom = try daemon.runLotse(["report", "--from", "2027-01-15", "--to", "2027-03-31"])
        #expect(midFrom.status == 65 && midFrom.stderr.contains("lotse: --from: ") && midFrom.stderr.contains("01.01.2027 or 01.04.2027"),
                "\(midFrom.stderr)")
        let midTo = try daemon.runLotse(["report", "--from", "2027-01-01", "--to", "30.03.2027"])
        #expect(midTo.status == 65 && midTo.stderr.contains("lotse: --to: ") && midTo.stderr.contains("31.12.2026 or 31.03.2027"),
                "\(midTo.stderr)")
        let badDay = try daemon.runLotse(["report", "--from", "2027-02-30", "--to", "2027-03-01"])
        #expect(badDay.status == 64 && badDay.stderr.contains("--from: \"2027-02-30\""), "\(badDay.stderr)")
        let format = try daemon.runLotse(["report", "--year", "2025", "--format", "pdf"])
        #expect(format.status == 64, "\(format.stderr)")
        let form = try daemon.runLotse(["report", "--year", "2025", "--format", "csv", "--csv-form", "excel"])
        #expect(form.status == 64 && form.stderr.contains("--csv-form") && form.stderr.contains("\"excel\""), "\(form.stderr)")
        let noPeriod = try daemon.runLotse(["report", "--format", "json"])
        #expect(noPeriod.status == 64, "\(noPeriod.stderr)")
        let french = try daemon.runLotse(["report", "--year", "2025", "--lang", "fr"])
        #expect(french.status == 64 && french.stderr.contains("--lang: \"fr\" is not one of de, en."), "\(french.stderr)")
        let quarterAlone = try daemon.runLotse(["report", "--quarter", "2"])
        #expect(quarterAlone.status == 64 && quarterAlone.stderr.contains("--quarter needs --year"), "\(quarterAlone.stderr)")
        let both = try daemon.runLotse(["report", "--year", "2027", "--from", "2027-01-01", "--to", "2027-02-01"])
        #expect(both.status == 64 && both.stderr.contains("not both"), "\(both.stderr)")
        let audit = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath,
                                                               "SELECT count(*) FROM audit_log WHERE action = 'report.build'"])
        #expect(audit.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func refusalsAreWordedWhollyInGermanForAGermanLocale() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let german = ["LANG": "de_DE.UTF-8"]
        let cases: [([String], Int32, String)] = [
            (["report", "--year", "2027", "--quarter", "5"], 65, "--quarter: Das Quartal ist 1, 2, 3 oder 4"),
            (["report", "--from", "2027-04-01", "--to", "2027-03-31"], 65, "--to: Der Zeitraum endet am 31.03.2027, vor seinem ersten Tag (01.04.2027)."),
            (["report", "--from", "2027-02-01", "--to", "2027-03-31"], 65, "--from: Ein Bericht umfasst ganze Quartale"),
            (["report", "--from", "2027-01-01", "--to", "2027-03-30"], 65, "am nächsten liegen 31.12.2026 oder 31.03.2027"),
            (["report", "--from", "2027-02-30", "--to", "2027-03-01"], 64, "--from: „2027-02-30“ ist kein Datum"),
            (["report", "--year", "1999"], 65, "kein Jahr zwischen 2000 und 2200"),
            (["report", "--year", "2025", "--lang", "fr"], 64, "--lang: „fr“ ist keiner der Werte de, en."),
            (["report", "--quarter", "3"], 64, "--quarter braucht --year"),
        ]
        let english = ["Invalid", "needs", "must", "is not", "write YYYY"]
        for (arguments, status, text) in cases {
            let output = try daemon.runLotse(arguments, environment: german)
            #expect(output.status == status, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains(text), "\(arguments): \(output.stderr)")
            #expect(!english.contains { output.stderr.contains($0) }, "English in a German message: \(output.stderr)")
        }
    }

    @Test func aQuarterThatHasNotEndedIsRefusedNamingTheLastThatHas() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        // Two reports of a running quarter, before and after one new referral, would show
        // that person by their difference.
        for arguments in [["report", "--year", "2100"], ["report", "--year", "2100", "--quarter", "1"],
                          ["report", "--from", "2100-01-01", "--to", "2100-03-31"]] {
            let output = try daemon.runLotse(arguments)
            #expect(output.status == 65, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains("Only quarters that have ended are reported; the latest ended on"), "\(output.stderr)")
        }
    }

    /// Issue 18's outside check: `-o` into a folder that does not exist failed with 73
    /// after the report was built, and the audit log recorded it as given out. Now the file
    /// is made ready first, and a report nobody received is neither built nor audited.
    @Test func aReportThatCannotBeWrittenIsNeitherBuiltNorAudited() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        for target in [daemon.directory + "/no-such-folder/bericht.html", daemon.directory] {
            let output = try daemon.runLotse(["report", "--year", "2025", "--quarter", "2", "-o", target])
            #expect(output.status == 73, "\(target): \(output.stderr)")
            #expect(output.stderr.contains(target), "\(output.stderr)")
        }
        let audit = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath,
                                                               "SELECT count(*) FROM audit_log WHERE action = 'report.build'"])
        #expect(audit.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let written = try daemon.runLotse(["report", "--year", "2025", "--quarter", "2", "-o", daemon.directory + "/bericht.html"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: daemon.directory + "/bericht.html"))
        let after = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath,
                                                               "SELECT count(*) FROM audit_log WHERE action = 'report.build'"])
        #expect(after.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: daemon.directory))?.filter { $0.contains(".lotse-") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func anEmptyDatabaseHidesEveryCountAndHasNoPreviousPeriod() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let output = try daemon.runLotse(["report", "--year", "2025", "--quarter", "2", "--format", "json"])
        try #require(output.status == 0, "\(output.stderr)")
        let document = try JSONParser().parse(output.stdout)
        #expect(document["period"]?["from"]?.stringValue == "2025-04-01")
        #expect(document["period"]?["to"]?.stringValue == "2025-06-30")
        #expect(document["previousPeriod"]?.isNull ?? true)
        let cells = (document["tables"]?.arrayValue ?? []).flatMap { $0["current"]?.arrayValue ?? [] }.flatMap { $0.arrayValue ?? [] }
        #expect(!cells.isEmpty)
        // Counts are hidden; measures of nothing (a median of no waits) are simply absent;
        // a list of no category at all (no interpreter ever booked) shows its total 0.
        #expect(cells.allSatisfy { $0["suppressed"]?.boolValue == true || ($0["value"]?.isNull ?? true) || $0["value"]?.doubleValue == 0 },
                "\(cells)")
        let interpreters = (document["tables"]?.arrayValue ?? []).first { $0["id"]?.stringValue == "interpreter-by-language" }
        #expect(interpreters?["current"]?.arrayValue?.first?.arrayValue?.first?["value"]?.doubleValue == 0)
    }
}
