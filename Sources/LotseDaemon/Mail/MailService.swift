import Dispatch
import Foundation
import LotseCore
import LotseStore
import Synchronization

/// The daemon's mail thread: delivers the outbox through sendmail, on its own thread
/// (sendmail runs block, and must never occupy the Swift concurrency pool).
///
/// At start it checks the templates and addresses (a fault is a configuration error naming
/// file and line, and the daemon does not start), puts rows interrupted by a crash back to
/// pending, then delivers whatever is due, waking every `pollInterval` or when `wake()` is
/// called (e.g. by `org.lotse.Mail.Retry`). A configuration reload is picked up on the next
/// round; if its templates are bad, the old ones stay in force and the error is logged.
public final class MailService: Sendable {
    /// Environment variable: poll interval in milliseconds (tests use a short one).
    public static let pollEnvironmentVariable = "LOTSE_MAIL_POLL_MILLISECONDS"

    private struct State {
        var stopping = false
        var generation: Int
        var worker: MailRound?
    }

    private let services: DaemonServices
    private let state: Mutex<State>
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// How long the thread sleeps when nothing wakes it.
    public let pollInterval: TimeInterval

    private static let running = Mutex<MailService?>(nil)

    /// Checks the mail configuration, recovers interrupted rows and starts the thread.
    /// A faulty template or address throws (the daemon refuses to start); a template
    /// directory that does not exist at all only disables delivery, with a warning, until a
    /// reload finds it — mail stays queued meanwhile, nothing is lost.
    public static func start(services: DaemonServices, environment: [String: String]) throws(MailSetupError) -> MailService {
        let (loaded, generation) = services.configurationWithGeneration
        var worker: MailRound?
        do {
            worker = try makeWorker(loaded, services: services)
        } catch {
            guard case .templates(.unreadable) = error else { throw error }
            services.logger.warning(services.language.pick(
                de: "Mail: der Versand ruht, bis die Vorlagen da sind (dann neu laden): \(error.text(in: .de))",
                en: "mail: delivery is off until the templates are in place (then reload): \(error.text(in: .en))"))
        }
        let milliseconds = environment[pollEnvironmentVariable].flatMap(Int.init) ?? 10_000
        let service = MailService(services: services, worker: worker, generation: generation,
                                  pollInterval: TimeInterval(max(10, min(milliseconds, 600_000))) / 1000)
        do {
            try worker?.worker.recoverAfterRestart()
        } catch {
            services.logger.error(services.language.pick(de: "Mail: unterbrochene Nachrichten lassen sich nicht wieder einreihen: \(error.messageDe ?? error.message)",
                                                         en: "mail: cannot recover interrupted mail: \(error.message)"))
        }
        running.withLock { $0 = service }
        Thread.detachNewThread { service.loop() }
        if worker != nil {
            let path = loaded.configuration.mail.sendmailPath, every = service.pollInterval
            services.logger.info(services.language.pick(de: "Mail: Versand über \(path), Prüfung alle \(every) s",
                                                        en: "mail: delivering through \(path), checking every \(every) s"))
        }
        return service
    }

    private init(services: DaemonServices, worker: MailRound?, generation: Int, pollInterval: TimeInterval) {
        self.services = services
        self.state = Mutex(State(generation: generation, worker: worker))
        self.pollInterval = pollInterval
    }

    /// Delivers due mail now instead of at the next poll.
    public func wake() { wakeUp.signal() }

    /// Wakes the running service, if there is one (for method handlers).
    public static func wakeRunning() {
        running.withLock { $0 }?.wake()
    }

    /// Queues a reminder caused by a change — appointment published, session cancelled,
    /// roster awaiting approval, acute-risk alert — inside the transaction making that
    /// change (`db`), so the reminder exists exactly when the change does. `recipients` nil
    /// means the coordinators. The text is rendered now, in each recipient's language, with
    /// the templates in force. Returns the new outbox ids (none for a reminder already queued).
    ///
    /// When mail is off (no templates found at start) nothing is queued and a warning is
    /// logged: the change itself must not fail because of mail.
    public static func queueEvent(_ db: Connection, _ kind: ReminderKind, subjectKind: String, subjectID: String,
                                  to recipients: [MailRecipient]? = nil, facts: ReminderFacts, eventAt: Date?,
                                  client: String? = nil, now: Date) throws(OutboxError) -> [Int64] {
        let service = running.withLock { $0 }
        let round = service?.state.withLock { $0.worker }
        if round == nil { service?.services.logger.warning(de: "Mail: ausgeschaltet, daher keine Nachricht \(kind.rawValue) zu \(subjectKind) \(subjectID)",
                                                                       en: "mail: off, so no \(kind.rawValue) mail for \(subjectKind) \(subjectID)") }
        return try queueEvent(db, round: round, kind, subjectKind: subjectKind, subjectID: subjectID, to: recipients,
                              facts: facts, eventAt: eventAt, client: client, now: now)
    }

    static func queueEvent(_ db: Connection, round: MailRound?, _ kind: ReminderKind, subjectKind: String, subjectID: String,
                           to recipients: [MailRecipient]?, facts: ReminderFacts, eventAt: Date?,
                           client: String?, now: Date) throws(OutboxError) -> [Int64] {
        guard let round else { return [] }
        var ids: [Int64] = []
        for recipient in recipients ?? round.scheduler.coordinators {
            let reminder = round.scheduler.planner.event(kind, subjectID: "\(subjectKind)-\(subjectID)", recipient: recipient, at: now, eventAt: eventAt, facts: facts)
            if let id = try OutboxQueue.enqueue(db, reminder, composer: round.scheduler.composer, client: client,
                                                subjectKind: subjectKind, subjectID: subjectID, now: now) {
                ids.append(id)
            }
        }
        return ids
    }

    /// Lets the current sendmail run finish (bounded by its timeout) and ends the thread.
    public func stop() {
        state.withLock { $0.stopping = true }
        wakeUp.signal()
        finished.wait()
        Self.running.withLock { if $0 === self { $0 = nil } }
    }

    private func loop() {
        while !state.withLock({ $0.stopping }) {
            if let round = currentWorker() {
                let now = services.now()
                let logger = services.logger
                do {
                    let queued = try services.database.write { (db: Connection) throws(OutboxError) -> [Int64] in
                        try round.scheduler.queueDue(db, now: now, log: { logger.info($0) })
                    }
                    let count = queued.count
                    if count > 0 {
                        logger.info(services.language.pick(de: "Mail: \(count == 1 ? "1 Erinnerung" : "\(count) Erinnerungen") eingereiht",
                                                           en: "mail: \(EnglishCount.of(count, "reminder")) queued"))
                    }
                } catch {
                    logger.error(services.language.pick(de: "Mail: Erinnerungen ließen sich nicht planen: \(error)",
                                                        en: "mail: reminders could not be planned: \(error)"))
                }
                do {
                    _ = try round.worker.deliverDue(while: { !self.state.withLock { $0.stopping } })
                    if let bounces = round.bounces {
                        let report = try bounces.readNew(now: services.now())
                        if !report.bounced.isEmpty { MailService.wakeRunning() }
                    }
                    try round.health.check(now: services.now())
                } catch {
                    logger.error(services.language.pick(de: "Mail: der Postausgang lässt sich nicht lesen oder ändern: \(error)",
                                                        en: "mail: the outbox cannot be read or updated: \(error)"))
                }
            }
            if state.withLock({ $0.stopping }) { break }
            _ = wakeUp.wait(timeout: .now() + pollInterval)
        }
        finished.signal()
    }

    /// The worker for the configuration in force (rebuilt after a reload; a worker that
    /// starts after delivery was off first recovers interrupted rows), or nil when off.
    private func currentWorker() -> MailRound? {
        let (loaded, generation) = services.configurationWithGeneration
        let (known, worker) = state.withLock { ($0.generation, $0.worker) }
        guard generation != known else { return worker }
        do {
            let fresh = try Self.makeWorker(loaded, services: services)
            if worker == nil { _ = try? fresh.worker.recoverAfterRestart() }
            state.withLock {
                $0.worker = fresh
                $0.generation = generation
            }
            return fresh
        } catch {
            services.logger.error(services.language.pick(
                de: "Mail: die neu geladenen Einstellungen werden nicht verwendet, die bisherigen bleiben in Kraft: \(error.text(in: .de))",
                en: "mail: the reloaded mail settings are not used, the previous ones stay in force: \(error.text(in: .en))"))
            state.withLock { $0.generation = generation }
            return worker
        }
    }

    /// Builds the worker from a configuration: templates, sender, bounce address, sendmail.
    static func makeWorker(_ loaded: LoadedConfiguration, services: DaemonServices) throws(MailSetupError) -> MailRound {
        let mail = loaded.configuration.mail
        let catalog: MailTemplateCatalog
        do { catalog = try MailTemplateLoader.load(mail) } catch { throw .templates(error) }
        let from = mail.sender
        let bounce = mail.bounceAddress
        let zone: TimeZone
        do { zone = try MailDate.berlinZone() } catch { throw .timeZone(error) }
        let district = loaded.configuration.district.name
        let composer = MailComposer(catalog: catalog, from: from, fromName: "Lotse – " + district, timeZone: zone, district: district)
        let transport = SendmailTransport(path: mail.sendmailPath, bounceAddress: bounce, timeout: TimeInterval(mail.sendmailTimeoutSeconds))
        let backoff = RetryBackoff(initial: TimeInterval(mail.retryMinMinutes * 60), maximum: TimeInterval(mail.retryMaxMinutes * 60))
        // Coordinator mail (acute-risk alerts, delivery notices, referrals over the limit)
        // goes to `[mail] coordinator_addresses`; without any, to the bounce address, the
        // mailbox where the MTA's own bounces arrive too.
        let language = mail.defaultLanguage
        var coordinators = mail.coordinatorAddresses.map { MailRecipient(address: $0, language: language) }
        if coordinators.isEmpty { coordinators = [MailRecipient(address: bounce, language: language)] }
        let logger = services.logger
        let database = services.database
        let worker = OutboxWorker(
            database: database, transport: transport, composer: composer, backoff: backoff, noticeRecipients: coordinators,
            subjectState: { entry in
                (try? database.read { (db: Connection) throws(StoreError) in try ReminderScheduler.subjectState(db, entry) }) ?? .active
            },
            clock: { [services] in services.now() },
            alertAfter: TimeInterval(mail.alertAfterSeconds),
            log: { logger.info($0) },
            warn: { logger.warning($0) }, language: services.language)
        let day = ReminderPlanner.day
        let planner = ReminderPlanner(district: district,
                                      appointmentOffsets: mail.reminderDaysBeforeAppointment.map { TimeInterval($0) * day },
                                      waitingLimit: TimeInterval(loaded.configuration.planning.waitingLimitWeeks * 7) * day)
        let scheduler = ReminderScheduler(planner: planner, composer: composer, defaultLanguage: language, coordinators: coordinators)
        let health = MailHealthMonitor(database: database, composer: composer, recipients: coordinators,
                                       alertAfter: TimeInterval(mail.alertAfterSeconds), language: services.language,
                                       warn: { logger.warning($0) })
        let bounces = mail.bounceMaildir.map {
            BounceMaildirReader(directory: $0, database: database, composer: composer, recipients: coordinators,
                                log: { logger.info($0) }, warn: { logger.warning($0) }, language: services.language)
        }
        return MailRound(worker: worker, scheduler: scheduler, health: health, bounces: bounces)
    }
}

/// What one delivery round uses: the planner that queues due reminders, the worker that
/// sends the outbox, the bounce reader (when `[mail] bounce_maildir` is set) and the
/// health check that raises the alert. Rebuilt together when the configuration is reloaded.
struct MailRound: Sendable {
    let worker: OutboxWorker
    let scheduler: ReminderScheduler
    let health: MailHealthMonitor
    let bounces: BounceMaildirReader?
}

/// Why the mail service cannot start with a configuration; names the file or key.
public enum MailSetupError: Error, Sendable, CustomStringConvertible {
    /// A template is missing or faulty.
    case templates(MailTemplateError)
    /// tzdata lacks Europe/Berlin.
    case timeZone(MailError)

    /// One sentence for the log (English).
    public var description: String { text(in: .en) }

    /// The sentence in `language`, the one lotsed runs in.
    public func text(in language: MessageLanguage) -> String {
        switch self {
        case .templates(let error): return error.text(in: language)
        case .timeZone(let error): return error.text(in: language)
        }
    }
}
