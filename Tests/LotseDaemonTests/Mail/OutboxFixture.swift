import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore

/// A clock the test moves by hand, so back-off delays pass without waiting.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }
    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current.addTimeInterval(seconds)
        lock.unlock()
    }
}

/// Collects log lines.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }
    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}

/// A real database in a temporary directory, the fake sendmail, the shipped templates and
/// a worker over them.
final class OutboxFixture {
    let fake: FakeSendmail
    let database: Database
    let clock: TestClock
    let composer: MailComposer
    let coordinator: MailRecipient
    let caseworker: MailRecipient
    let logLines = LogLines()
    var sendmailPath: String
    var timeout: TimeInterval = 30

    static let start = Date(timeIntervalSince1970: 1_796_112_000) // 2026-12-01 08:00 UTC

    init(codes: String) throws {
        fake = try FakeSendmail(codes: codes)
        sendmailPath = fake.path
        database = try Database(path: fake.directory.appendingPathComponent("lotse.db").path, options: StoreOptions(readerCount: 1))
        clock = TestClock(Self.start)
        let zone = try MailDate.berlinZone()
        let catalog = try MailTemplateLoader.load(directory: FakeSendmail.packageRoot.appendingPathComponent("Config/mail").path)
        composer = MailComposer(catalog: catalog, from: try EmailAddress(validating: "lotse@landkreis.example"),
                                fromName: "Lotse Landkreis Göppingen", timeZone: zone, district: "Landkreis Göppingen")
        coordinator = MailRecipient(address: try EmailAddress(validating: "koordination@landkreis.example"), language: .de)
        caseworker = MailRecipient(address: try EmailAddress(validating: "im-nord@landkreis.example"), language: .en)
    }

    deinit {
        database.close()
        fake.remove()
    }

    func worker(subjectState: @escaping @Sendable (OutboxEntry) -> ReminderSubjectState = { _ in .active }) throws -> OutboxWorker {
        let clock = self.clock
        let logLines = self.logLines
        return OutboxWorker(
            database: database,
            transport: SendmailTransport(path: sendmailPath, bounceAddress: try EmailAddress(validating: "bounce@landkreis.example"), timeout: timeout, killGrace: 1),
            composer: composer, noticeRecipients: [coordinator], subjectState: subjectState,
            clock: { clock.now }, alertAfter: alertAfter, log: { logLines.append($0) }, warn: { logLines.append("warning: " + $0) })
    }

    /// The alert threshold the worker and the health monitor use.
    var alertAfter: TimeInterval = 3600

    /// The health check over the same database, telling the coordinator.
    func healthMonitor(language: MessageLanguage = .en) -> MailHealthMonitor {
        let logLines = self.logLines
        return MailHealthMonitor(database: database, composer: composer, recipients: [coordinator], alertAfter: alertAfter,
                                 language: language, warn: { logLines.append("warning: " + $0) })
    }

    /// A bounce reader for the Maildir `directory` (new/, cur/, tmp/ created).
    func bounceReader(directory: String) throws -> BounceMaildirReader {
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(atPath: directory + "/" + sub, withIntermediateDirectories: true)
        }
        let logLines = self.logLines
        return BounceMaildirReader(directory: directory, database: database, composer: composer, recipients: [coordinator],
                                   log: { logLines.append($0) }, warn: { logLines.append("warning: " + $0) })
    }

    /// Every outbox row of `kind`.
    func entries(kind: ReminderKind) throws -> [OutboxEntry] {
        try entries().filter { $0.kind == kind.rawValue }
    }

    /// Queues an appointment reminder for the caseworker, the appointment a week ahead.
    @discardableResult
    func queueReminder(id: String = "A1", kind: ReminderKind = .appointmentReminder) throws -> Int64? {
        let planner = ReminderPlanner(district: "Landkreis Göppingen")
        let start = clock.now.addingTimeInterval(7 * ReminderPlanner.day)
        let reminder = planner.event(kind, subjectID: id, recipient: caseworker, at: clock.now, eventAt: start,
                                     facts: ReminderFacts(district: "Landkreis Göppingen", pseudonym: "K-2026-0042", when: start, place: "Schloßstraße 3",
                                                          appointment: 42))
        let now = clock.now
        let composer = self.composer
        return try database.write { (db: Connection) throws(OutboxError) -> Int64? in
            try OutboxQueue.enqueue(db, reminder, composer: composer, subjectKind: "appointment", subjectID: id, now: now)
        }
    }

    func entries() throws -> [OutboxEntry] {
        try database.read { (db: Connection) throws(StoreError) in try OutboxQueue.list(db) }.sorted { $0.id < $1.id }
    }

    func entry(_ id: Int64) throws -> OutboxEntry? {
        try database.read { (db: Connection) throws(StoreError) in try OutboxQueue.entry(db, id: id) }
    }

    /// The Message-ID header line of a recorded run.
    func messageIDHeader(ofRun n: Int) -> String? {
        fake.message(ofRun: n)?.split(separator: "\n").first { $0.hasPrefix("Message-ID:") }.map(String.init)
    }
}
