import Foundation
import LotseCore
import LotseVarlink
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Delivery through a real MTA from Debian's packages: exim4 (installed by `.ci/run`) with
/// a private configuration that accepts every recipient and appends to one mbox file.
/// A real lotsed runs exim's sendmail interface exactly as it would run
/// /usr/sbin/sendmail, with the checkout's `Config/mail` templates. A coordinator (the real
/// `lotse` as a real Unix user) adds a specialist and sessions, a caseworker with an
/// address submits referrals, the coordinator plans, approves and publishes the month;
/// the mbox is then read back by Python's `mailbox` and `email` packages and must hold
/// exactly the mails publication queued, as `lotse mail outbox --json` lists them.
@Suite(.serialized) struct RealMTATests {
    static let exim = "/usr/sbin/exim4"

    struct Delivered: Decodable {
        var envelope_to: String
        var return_path: String
        var subject: String
        var message_id: String
        var auto_submitted: String
        var body: String
    }

    /// Writes the private exim configuration and a sendmail wrapper into `directory`.
    static func setUpExim(in directory: URL) throws -> String {
        let spool = directory.appendingPathComponent("exim-spool").path
        let logs = directory.appendingPathComponent("exim-log").path
        let mail = directory.appendingPathComponent("exim-mail").path
        let user = try eximUser(owning: [spool, logs, mail])
        let configuration = """
        primary_hostname = lotse.test
        spool_directory = \(spool)
        log_file_path = \(logs)/%slog
        never_users =
        keep_environment =
        begin routers
        everything:
          driver = accept
          transport = to_mbox
        begin transports
        to_mbox:
          driver = appendfile
          file = \(mail)/mbox
          user = \(user)
          mode = 0644
          return_path_add
          envelope_to_add

        """
        return try installWrapper(configuration: configuration, in: directory)
    }

    /// Creates `paths` and hands them to the user exim delivers as: root's exim gives up
    /// root for a -C configuration and runs as Debian-exim; anyone else's runs as them.
    static func eximUser(owning paths: [String]) throws -> String {
        for path in paths { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        if getuid() == 0, let account = getpwnam("Debian-exim") {
            for path in paths { chown(path, account.pointee.pw_uid, account.pointee.pw_gid) }
            return "Debian-exim"
        }
        return getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "root"
    }

    /// Writes `configuration` and a sendmail wrapper running exim with it, delivering at
    /// once (`-odi`); returns the wrapper's path, for `[mail] sendmail`.
    static func installWrapper(configuration: String, in directory: URL) throws -> String {
        let configPath = directory.appendingPathComponent("exim.conf").path
        try configuration.write(toFile: configPath, atomically: true, encoding: .utf8)
        let wrapper = directory.appendingPathComponent("exim-sendmail").path
        try "#!/bin/sh\n# exim's sendmail interface with the test's configuration, delivering at once.\nexec \(exim) -C \(configPath) -odi \"$@\"\n"
            .write(toFile: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper, 0o755)
        return wrapper
    }

    /// Reads the mbox with Python's `mailbox` and `email` (`Tests/Support/read-mbox.py`).
    static func readMbox(_ path: String, eximLog: String) throws -> [Delivered] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", MailDaemonHarness.packageRoot.appendingPathComponent("Tests/Support/read-mbox.py").path, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the mbox could not be read; exim log:\n\(eximLog)")
        return try JSONDecoder().decode([Delivered].self, from: data)
    }

    /// One outbox entry as `lotse mail outbox --json` shows it.
    struct OutboxRow {
        var id: Int64
        var kind: String
        var recipient: String
        var state: String
        var messageID: String
    }

    static func outbox(_ world: CoordinatorWorld) throws -> [OutboxRow] {
        let reply = try world.json(["mail", "outbox", "--limit", "10000"])
        return (reply["entries"]?.arrayValue ?? []).compactMap { entry in
            guard let id = entry["id"]?.integerValue, let kind = entry["kind"]?.stringValue,
                  let recipient = entry["recipient"]?.stringValue, let state = entry["state"]?.stringValue,
                  let messageID = entry["messageId"]?.stringValue else { return nil }
            return OutboxRow(id: id, kind: kind, recipient: recipient, state: state, messageID: messageID)
        }.sorted { $0.id < $1.id }
    }

    @Test func eximDeliversTheRemindersOfAPublishedRoster() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.exim) else {
            let note = "\(Self.exim) is not installed (.ci/run installs exim4-daemon-light); the real-MTA delivery test did not run"
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("CI is set but \(note)")
            } else {
                print("note: \(note)")
            }
            return
        }
        let staging = URL(fileURLWithPath: "/tmp").appendingPathComponent("lotse-exim-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        chmod(staging.path, 0o755)
        defer { try? FileManager.default.removeItem(at: staging) }
        let wrapper = try Self.setUpExim(in: staging)
        let eximLogPath = staging.appendingPathComponent("exim-log/mainlog").path
        var eximLog: String { (try? String(contentsOfFile: eximLogPath, encoding: .utf8)) ?? "(no exim log)" }

        let world = try CoordinatorWorld(mailSettings: """
            sendmail = \(wrapper)
            sender = lotse@landkreis.example
            bounce = bounce@landkreis.example
            """, daemonEnvironment: ["LOTSE_MAIL_POLL_MILLISECONDS": "100"])
        defer { _ = world.daemon.stop() }
        let month = world.month.description
        let place = "Landratsamt Ludwigsburg, Raum 2.114"
        let specialistUser = "lotse-e2e-sp-mta"
        let specialistAddress = "\(specialistUser)@example.org"
        let caseworkerAddress = "im-nord@landkreis.example"

        // The coordinator's month: one specialist, two sessions, the caseworker's address
        // (English mail); the caseworker refers four clients, one in a language nobody
        // speaks (it stays waiting and causes no appointment mail).
        let specialist = try world.specialist(specialistUser, languages: "de,uk")
        _ = try world.session(specialist, day: 9, slots: 2)
        _ = try world.session(specialist, day: 16, slots: 2)
        _ = try world.json(["caseworker", "set", world.caseworker.name, "--email", caseworkerAddress, "--lang", "en"])
        let referrals = try world.submit([.init(language: "uk", urgency: "high"), .init(language: "de", urgency: "elevated"),
                                          .init(language: "uk", urgency: "routine"), .init(language: "ar", urgency: "high")])
        let pseudonymOf = Dictionary(uniqueKeysWithValues: referrals.map { ($0.id, $0.client) })
        _ = try world.json(["roster", "plan", month])
        _ = try world.json(["roster", "approve", month])
        let before = Set(try Self.outbox(world).map(\.id))
        let published = try world.json(["roster", "publish", month])
        let placements = world.placements(try world.json(["roster", "show", month]))
        try #require(placements.count == 3, "three referrals fit the sessions, the Arabic one does not: \(placements)")
        #expect(placements[referrals[3].id] == nil)
        let sessionsBooked = Dictionary(grouping: placements, by: { $0.value.split(separator: "-").first.map(String.init) ?? "" })
            .mapValues { $0.map(\.key) }
        #expect(published["booked"]?.integerValue == Int64(placements.count))
        #expect(published["mailsQueued"]?.integerValue == Int64(placements.count + sessionsBooked.count))
        #expect(published["notNotified"]?.arrayValue?.isEmpty == true)

        // What publication queued, as the coordinator sees the outbox: one
        // appointment-published per booked referral to the caseworker, one session list per
        // booked session to the specialist — and nothing else.
        let caused = try Self.outbox(world).filter { !before.contains($0.id) }
        let expected = Array(repeating: "appointment-published \(caseworkerAddress)", count: placements.count)
            + Array(repeating: "session-list \(specialistAddress)", count: sessionsBooked.count)
        #expect(caused.map { "\($0.kind) \($0.recipient)" }.sorted() == expected.sorted())

        // The outbox delivers them all through exim.
        var rows: [OutboxRow] = []
        for _ in 0..<600 {
            rows = try Self.outbox(world)
            if rows.allSatisfy({ $0.state == "sent" }) { break }
            usleep(50_000)
        }
        try #require(rows.allSatisfy { $0.state == "sent" }, "not all mail was accepted by exim: \(rows.map { "\($0.id) \($0.state)" }); exim log:\n\(eximLog)\ndaemon log:\n\(world.daemon.log)")

        // Exim received exactly the sent mails (none before publication with this
        // configuration, so exactly what publication caused), each once.
        let delivered = try Self.readMbox(staging.appendingPathComponent("exim-mail/mbox").path, eximLog: eximLog)
        #expect(before.isEmpty, "nothing was queued before publication")
        #expect(delivered.map(\.message_id).sorted() == caused.map(\.messageID).sorted(), "exim log:\n\(eximLog)")
        let byMessageID = Dictionary(caused.map { ($0.messageID, $0) }, uniquingKeysWith: { first, _ in first })

        var announced: [String] = []
        for message in delivered {
            let row = try #require(byMessageID[message.message_id], "exim received a mail the publication did not queue: \(message.subject)")
            #expect(message.envelope_to == row.recipient)
            #expect(message.return_path == "<bounce@landkreis.example>")
            #expect(message.auto_submitted == "auto-generated")
            let text = message.subject + "\n" + message.body
            // No health data: not the urgency or its reason, nothing about acute risk.
            for forbidden in ["Einschätzung im Erstgespräch", "suizid", "suicid", "urgency", "dringlich", "danger", "gefahr"] {
                #expect(!text.localizedLowercase.contains(forbidden.localizedLowercase), "\(forbidden) in \(row.kind): \(text)")
            }
            #expect(message.body.contains(place))
            switch row.kind {
            case "appointment-published":
                // English, naming the pseudonym in subject and body.
                let pseudonym = try #require(pseudonymOf.values.first { message.subject.contains($0) }, "no pseudonym in \(message.subject)")
                #expect(message.subject.hasPrefix("New appointment for \(pseudonym) on "))
                #expect(message.body.contains(pseudonym))
                announced.append(pseudonym)
            case "session-list":
                // German (the default), listing the pseudonyms of exactly one session.
                #expect(message.subject.hasPrefix("Ihre Sprechstunde am "))
                let listed = pseudonymOf.values.filter { message.body.contains($0) }.sorted()
                let sessionLists = sessionsBooked.values.map { $0.compactMap { pseudonymOf[$0] }.sorted() }
                #expect(sessionLists.contains(listed), "session list names \(listed), sessions hold \(sessionLists)")
                #expect(message.subject.contains("Terminübersicht (\(listed.count))"))
            default:
                Issue.record("unexpected mail kind \(row.kind)")
            }
        }
        #expect(announced.sorted() == placements.keys.compactMap { pseudonymOf[$0] }.sorted(), "one announcement per booked referral")
        #expect(!delivered.contains { ($0.subject + $0.body).contains(referrals[3].client) }, "the waiting referral is not announced")
    }
}
