import Foundation
import LotseCore
import LotseTestSupport
import Testing

/// A failure of the store reaches the person at the command line in their language,
/// through every interface that touches the database: with `LANG=de_DE.UTF-8` a German
/// sentence with no English in it (SQLite's own message stays in the daemon's log), with
/// `LANG=C.UTF-8` an English one with no German — judged by the word lists of
/// `ForeignWords`. Two real failures: another process holding the database's write lock
/// (every write and every audited read is refused as busy: nothing was saved, try again),
/// and a table gone from under a pure read (the report), which SQLite names only by its
/// code in German.
@Suite(.serialized) struct StoreFailureLanguageTests {
    /// A `sqlite3` process that holds the write lock of the daemon's database until
    /// `release()`; the daemon's connections then fail with SQLITE_BUSY after the short
    /// test busy timeout.
    final class LockHolder {
        let process = Process()
        let input = Pipe()

        init(database: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [database]
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: Data(".timeout 10000\nBEGIN IMMEDIATE;\n".utf8))
            // Held once another writer is refused at once.
            for _ in 0..<200 {
                let probe = try DaemonHarness.run("/usr/bin/sqlite3", ["-cmd", ".timeout 0", database, "BEGIN IMMEDIATE; ROLLBACK;"])
                if probe.status != 0 { return }
                usleep(50_000)
            }
            release()
            throw HarnessError("sqlite3 never took the write lock of \(database)")
        }

        /// Ends the transaction and the process (end of input rolls back).
        func release() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    /// Runs each case in German and in English and collects what is wrong: the status,
    /// the beginning of the sentence, and words of the other language.
    func check(_ world: SpecialistWorld, _ cases: [([String], TestUserRole)], status: Int32, german: String, english: String) throws -> [String] {
        var wrong: [String] = []
        for (arguments, role) in cases {
            let user = role.user(in: world)
            let de = try world.daemon.runLotse(arguments, as: user, environment: ["LANG": "de_DE.UTF-8"])
            let en = try world.daemon.runLotse(arguments, as: user, environment: ["LANG": "C.UTF-8"])
            if de.status != status || en.status != status {
                wrong.append("\(arguments): exit \(de.status)/\(en.status), not \(status): \(de.stderr) / \(en.stderr)")
            }
            if !de.stderr.hasPrefix(german) { wrong.append("de \(arguments): \(de.stderr)") }
            if !en.stderr.hasPrefix(english) { wrong.append("en \(arguments): \(en.stderr)") }
            wrong += ForeignWords.englishIn(german: de.stderr).map { "de \(arguments): English word \($0)" }
            wrong += ForeignWords.germanIn(english: en.stderr).map { "en \(arguments): German word \($0)" }
        }
        return wrong
    }

    /// Who runs a case.
    enum TestUserRole {
        case admin, coordinator, caseworker, specialist

        func user(in world: SpecialistWorld) -> TestUser? {
            switch self {
            case .admin: return nil
            case .coordinator: return world.coordinator
            case .caseworker: return world.caseworker
            case .specialist: return world.specialist
            }
        }
    }

    @Test func aStoreFailureReachesTheCommandLineInTheReadersLanguageThroughEveryInterface() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 3)
        let referred = try world.refer(2)
        try world.publish()
        let appointment = try #require(try world.appointments()[referred[1].client], "no appointment for \(referred[1].client)")
        let client = referred[0].client
        // A month without a roster yet: planning it writes a first draft.
        let month = world.month.adding(months: 1).description
        world.daemon.environment["LOTSE_TEST_BUSY_MILLISECONDS"] = "200"
        try world.daemon.restart()

        // One call per interface that writes or audits what it reads (an audited read
        // writes its audit entry before the data leaves).
        let busy: [([String], TestUserRole)] = [
            (["referral", "show", String(referred[0].referral)], .caseworker),  // org.lotse.Referrals
            (["screen", "history", client], .caseworker),  // org.lotse.Screening
            (["helpplan", "goal", "add", client, "--domain", "work", "--title", "Praktikum finden"], .caseworker),  // org.lotse.HelpPlans
            (["assessment", "list", client], .specialist),  // org.lotse.Assessments
            (["appointment", "cancel", String(appointment), "--reason", "Klientin erkrankt"], .caseworker),  // org.lotse.Appointments
            (["followup", "list", "--client", client], .caseworker),  // org.lotse.FollowUps
            (["admin", "purge"], .admin),  // org.lotse.Admin
            (["mail", "outbox"], .coordinator),  // org.lotse.Mail
            (["specialist", "add", "--name", "Dr. Drei", "--qualification", "Psychotherapeutin", "--languages", "de",
              "--email", "drei@example.org", "--user", world.otherSpecialist.name], .coordinator),  // org.lotse.Specialists
            (["session", "add", "--specialist", String(world.specialistID), "--date", world.sessionDay.adding(days: 7).description,
              "--start", "09:00", "--slots", "2", "--minutes", "45", "--place", "Raum 1"], .coordinator),  // org.lotse.Sessions
            (["roster", "plan", month], .coordinator),  // org.lotse.Roster
            (["caseworker", "set", world.otherCaseworker.name, "--email", "cw2@example.org"], .coordinator),  // org.lotse.Caseworkers
        ]
        let holder = try LockHolder(database: world.daemon.databasePath)
        var wrong: [String]
        do {
            defer { holder.release() }
            wrong = try check(world, busy, status: 70,
                              german: "lotse: Der Dienst meldet einen Fehler: Die Datenbank ist gerade belegt: Es wurde nichts gespeichert.",
                              english: "lotse: The daemon reported an error: The database is busy: nothing was saved.")
        }

        // The lock is gone: the same daemon writes again.
        let added = try world.lotse(["helpplan", "goal", "add", client, "--domain", "work", "--title", "Praktikum finden"],
                                    as: world.caseworker)
        #expect(added.status == 0, "no write after the lock was released: \(added.stderr)")

        // A pure read (the report reads, and audits best-effort afterwards) fails when a
        // table it reads is gone: SQLite's message only in English and in the log.
        #expect(try world.query("SELECT count(*) FROM referrals") != "0")
        let renamed = try DaemonHarness.run("/usr/bin/sqlite3", ["-cmd", ".timeout 10000", world.daemon.databasePath,
                                                                   "ALTER TABLE referrals RENAME TO referrals_away"])
        try #require(renamed.status == 0, "sqlite3: \(renamed.stderr)")
        let year = String(CalendarDate(instant: Date(), in: SpecialistWorld.zone).year - 1)
        wrong += try check(world, [(["report", "--year", year, "--format", "json"], .coordinator)], status: 70,  // org.lotse.Reports
                           german: "lotse: Der Dienst meldet einen Fehler: Die Datenbank meldet einen Fehler (SQLite-Code 1); Einzelheiten stehen im Protokoll des Dienstes.",
                           english: "lotse: The daemon reported an error: The database reported an error (SQLite code 1): no such table")
        let back = try DaemonHarness.run("/usr/bin/sqlite3", ["-cmd", ".timeout 10000", world.daemon.databasePath,
                                                                "ALTER TABLE referrals_away RENAME TO referrals"])
        try #require(back.status == 0, "sqlite3: \(back.stderr)")
        #expect(world.daemon.log.contains("org.lotse.Reports.Build by lotse-e2e-coord failed:"),
                "the daemon's log does not carry the details the German sentence points to")
        #expect(wrong.isEmpty, "store failures worded wrongly:\n\(wrong.joined(separator: "\n"))")
        #expect(world.daemon.stop() == 0)
    }
}
