import Foundation
import LotseCore
import LotseStore
import LotseVarlink
import Synchronization
import LotseSystem

/// The daemon's shared state, handed to every method handler: the database, the
/// configuration in force (swapped atomically on reload), the start time, the logger.
/// `Sendable`: any connection thread may use it at once.
public final class DaemonServices: Sendable {
    /// The store. Writes are serialised by it; reads run in parallel.
    public let database: Database
    /// The log.
    public let logger: Logger
    /// Readiness notifications to systemd.
    public let notifier: SystemdNotifier
    /// Wall-clock start time.
    public let startedAt: Date
    /// Monotonic start time in microseconds (uptime must not jump with the wall clock).
    public let startedMonotonicMicroseconds: Int64
    /// The uid the daemon runs as.
    public let daemonUID: UInt32
    /// Denials counted per account and minute (see `DenialTally`).
    public let denials = DenialTally()
    /// Client creations per account within the last hour (`[daemon] new_clients_per_hour`).
    public let creations = CreationRateLimit()
    /// Acute-risk alerts per account and pseudonym (`[emergency] alert_repeat_minutes`,
    /// `alerts_per_hour`): repeats coalesced, alerts for others' pseudonyms capped.
    public let acuteAlerts = AcuteAlertLimiter()
    /// The highest pseudonym number issued per year, kept beside the database (nil in
    /// tests that do not need it: the database's sequence alone then counts).
    public let pseudonymMark: PseudonymHighWaterMark?
    /// The language of the administrator's locale at start (`MessageLanguage.fromLocale`):
    /// what the log says about the configuration is worded in it.
    public let language: MessageLanguage

    private let current: Mutex<(loaded: LoadedConfiguration, generation: Int)>
    private let demoAccounts = Mutex<[String: Set<Role>]>([:])
    private let generationCounter = Atomic<Int>(1)
    private let reloadLock = Mutex(())
    private let clock: @Sendable () -> Date

    /// The product version reported by GetInfo and Status.
    public static let version = "0.1.0"

    /// Creates the services around an opened database and a loaded configuration.
    public init(database: Database, configuration: LoadedConfiguration, logger: Logger, notifier: SystemdNotifier,
                daemonUID: UInt32, pseudonymMark: PseudonymHighWaterMark? = nil, language: MessageLanguage = .en,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.language = language
        self.pseudonymMark = pseudonymMark
        self.logger = logger
        self.notifier = notifier
        self.daemonUID = daemonUID
        self.clock = clock
        self.startedAt = clock()
        self.startedMonotonicMicroseconds = MonotonicClock.microseconds()
        self.current = Mutex((configuration, 1))
    }

    /// The configuration in force.
    public var configuration: LoadedConfiguration { current.withLock { $0.loaded } }

    /// The configuration in force and a counter that grows with every successful reload,
    /// so per-connection caches (the caller's roles) know when to refresh.
    public var configurationWithGeneration: (LoadedConfiguration, Int) {
        current.withLock { ($0.loaded, $0.generation) }
    }

    /// The reload counter alone, without copying the configuration: read on every call.
    public var configurationGeneration: Int { generationCounter.load(ordering: .acquiring) }

    /// The roles an account would hold when it connects, or nil when there is no such
    /// account: the demo identities of a demo daemon first (they have no system account),
    /// then the system's account database under the `[roles]` in force.
    public func roles(ofAccount name: String) -> Set<Role>? {
        if let demo = demoAccounts.withLock({ $0[name] }) { return demo }
        return CallerResolver(roles: configuration.configuration.roles, daemonUID: daemonUID).roles(ofAccount: name)
    }

    /// Makes the demo identities known as accounts (`lotsed --demo-identities`), so that
    /// the demo's coordinator can record its caseworkers' addresses.
    func registerDemoAccounts(_ roles: [String: Set<Role>]) {
        demoAccounts.withLock { $0 = roles }
    }

    /// The current time (injectable for tests).
    public func now() -> Date { clock() }

    /// Seconds since start, from the monotonic clock.
    public var uptimeSeconds: Int64 {
        (MonotonicClock.microseconds() - startedMonotonicMicroseconds) / 1_000_000
    }

    /// Re-reads the configuration file (SIGHUP and `Admin.Reload`). A bad file is logged
    /// with file:line and rejected; the old configuration stays in force. Settings that
    /// only take effect at start (socket, database, limits) are reported when changed.
    /// Reloads never overlap; systemd is told RELOADING=1 and READY=1 around it.
    public func reload() throws(ConfigurationError) -> LoadedConfiguration {
        let outcome = reloadLock.withLock { _ -> Result<LoadedConfiguration, ConfigurationError> in
            notifier.reloading()
            defer { notifier.notify("READY=1\nSTATUS=serving") }
            let path = configuration.path
            let fresh: LoadedConfiguration
            switch Result(catching: { () throws(ConfigurationError) -> LoadedConfiguration in
                try ConfigurationFile.load(path: path, now: now(), rolesElsewhere: configuration.rolesElsewhere)
            }) {
            case .success(let loaded): fresh = loaded
            case .failure(let error):
                logger.error(language.pick(de: "Neuladen abgelehnt, die bisherige Konfiguration bleibt in Kraft: \(error.descriptionDe)",
                                           en: "reload rejected, the previous configuration stays in force: \(error.description)"))
                return .failure(error)
            }
            ConfigurationFile.warnAboutUnknownMembers(fresh, logger: logger, language: language)
            var before = configuration.configuration.daemon, after = fresh.configuration.daemon
            before.socketGroupLine = nil
            after.socketGroupLine = nil
            if before != after {
                logger.warning(language.pick(de: "\(path): Änderungen in [daemon] (Socket, Datenbank, Grenzen) gelten erst nach einem Neustart",
                                             en: "\(path): changes in [daemon] (socket, database, limits) take effect only after a restart"))
            }
            current.withLock { state in
                state.loaded = fresh
                state.generation += 1
                generationCounter.store(state.generation, ordering: .releasing)
            }
            logger.notice(de: "Konfiguration neu gelesen aus \(path) (configuration reloaded)", en: "configuration reloaded from \(path)")
            return .success(fresh)
        }
        return try outcome.get()
    }

    /// Appends to the audit log in its own transaction. A failure is logged, never
    /// thrown: the denial or action it records has already happened. Denials go through
    /// `denials`: only an account's first denial of a minute is written at once, the
    /// rest of that minute as one summary entry with their exact count.
    public func audit(_ entry: AuditEntry) {
        write(entry.outcome == .denied ? denials.record(entry) : [entry])
    }

    /// Appends the one entry of a read call — and the denial of records its list left out,
    /// coalesced like every denial — in one short write transaction, after the read and
    /// before its reply is sent. Unlike `audit(_:)` it throws: data whose reading is not
    /// on record must not leave the daemon, so the caller answers with an error instead.
    public func recordRead(_ read: AuditEntry, withheld denial: AuditEntry? = nil) throws(StoreError) {
        let entries = [read] + (denial.map { denials.record($0) } ?? [])
        try database.write { (db: Connection) throws(StoreError) in
            for entry in entries { try AuditLog(db).append(entry) }
        }
    }

    /// Writes the denial summaries of minutes that are over (`all`: also the current
    /// minute's, at shutdown).
    public func flushDenials(all: Bool = false) {
        write(all ? denials.allSummaries() : denials.closedSummaries(now: now()))
    }

    private func write(_ entries: [AuditEntry]) {
        guard !entries.isEmpty else { return }
        do {
            try database.write { (db: Connection) throws(StoreError) in
                for entry in entries { try AuditLog(db).append(entry) }
            }
        } catch {
            logger.error(de: "das Prüfprotokoll lässt sich nicht schreiben: \(error)", en: "cannot write to the audit log: \(error)")
        }
    }
}
