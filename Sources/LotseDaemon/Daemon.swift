import Foundation
import LotseCore
import LotseStore
import LotseSystem
import LotseVarlink

/// The `lotsed` program: start-up, serving, reload and shutdown.
///
/// Start: read the configuration (errors name file:line, exit 78); take the socket (from
/// systemd, or bind it ourselves: refusing when another daemon holds it); open the
/// database; start serving; tell systemd READY=1. SIGHUP reloads the configuration (a bad
/// file is logged and the old one stays). SIGTERM/SIGINT: STOPPING=1, stop accepting,
/// let calls in flight finish, close the database, remove the socket, exit 0.
public enum Daemon {
    /// Exit statuses (sysexits).
    public enum Status {
        /// Clean shutdown.
        public static let ok: Int32 = 0
        /// Start-up failed (socket taken, database unusable).
        public static let failure: Int32 = 1
        /// Wrong command line.
        public static let usage: Int32 = 64
        /// The configuration is wrong.
        public static let configuration: Int32 = 78
    }

    /// Runs the daemon until SIGTERM or SIGINT; returns the exit status.
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        // Before any thread exists: SIGHUP/SIGTERM/SIGINT go to a pipe the main thread
        // reads; SIGPIPE does nothing (see SignalPipe for why not SIG_IGN or sigwait).
        // The administrator's locale decides the language of what lotsed says about its
        // configuration and in its log (LANG=de_DE.UTF-8 on a German server), by lotse's
        // own rule.
        let language = MessageLanguage.fromLocale(environment)
        let logger = Logger(language: language)
        // Start from an empty signal mask: a parent (a test runner's dispatch thread,
        // systemd-socket-activate) may have passed one blocking nearly everything, and
        // every thread we create inherits ours.
        Signals.unblockAll()
        guard SignalPipe.install(forwarding: [SIGHUP, SIGTERM, SIGINT]) else {
            logger.error(language.pick(de: "lotsed startet nicht: die Pipe für Signale lässt sich nicht anlegen",
                                       en: "lotsed cannot start: cannot create the signal pipe"))
            return Status.failure
        }
        let commandLine: DaemonCommandLine
        switch DaemonCommandLine.parse(arguments) {
        case .success(let parsed): commandLine = parsed
        case .failure(let refusal):
            logger.error(refusal.text(in: language))
            return Status.usage
        }
        switch commandLine.action {
        case .version:
            print("lotsed \(DaemonServices.version)")
            return Status.ok
        case .help:
            // Asked for, help is the answer: standard output, so it can be paged or grepped.
            FileHandle.standardOutput.write(Data(DaemonCommandLine.help(language).utf8))
            return Status.ok
        case .run:
            break
        }
        if commandLine.debug { logger.setThreshold(.debug) }
        let configPath = commandLine.configPath, demoIdentitiesPath = commandLine.demoIdentitiesPath
        let checkOnly = commandLine.checkOnly, restorePath = commandLine.restorePath

        let loaded: LoadedConfiguration
        let group: gid_t?
        do {
            (loaded, group) = try checkedConfiguration(path: configPath, rolesElsewhere: demoIdentitiesPath != nil)
        } catch {
            logger.error(error.description(in: language))
            return Status.configuration
        }
        ConfigurationFile.warnAboutUnknownMembers(loaded, logger: logger, language: language)
        if checkOnly {
            print(language.pick(de: "\(configPath): die Konfiguration ist gültig", en: "\(configPath): the configuration is valid"))
            return Status.ok
        }
        let settings = loaded.configuration.daemon
        if let restorePath {
            return DatabaseRestore.run(backup: restorePath, settings: settings, logger: logger, now: Date(), language: language)
        }

        let notifier = SystemdNotifier(environment: environment)
        let listener: ListeningSocket
        let activated = SocketActivation.takeListeningDescriptors(environment: environment)
        if let first = activated.first {
            listener = ListeningSocket(activated: first)
            logger.info(de: "nutzt den von systemd übergebenen Socket (fd \(first))", en: "using the socket passed by systemd (fd \(first))")
        } else {
            do {
                listener = try ListeningSocket(path: settings.socketPath, group: group, mode: mode_t(settings.socketMode))
            } catch {
                logger.error(language.pick(de: "lotsed startet nicht: \(error.german)", en: "lotsed cannot start: \(error.english)"))
                return Status.failure
            }
        }

        let database: Database
        do {
            try ensureDirectory(of: settings.databasePath)
            let problems = PrivateDataCheck.findings(databasePath: settings.databasePath, owner: ThisProcess.effectiveUser)
            guard problems.isEmpty else {
                logger.error(language.pick(de: "lotsed startet nicht: \(problems.map(\.german).joined(separator: "; "))",
                                           en: "lotsed refuses to start: \(problems.map(\.english).joined(separator: "; "))"))
                listener.closeAndRemove()
                listener.releaseLock()
                // Like a bad configuration: a restart cannot fix modes or owners, so the
                // unit's RestartPreventExitStatus=78 must stop it instead of looping.
                return Status.configuration
            }
            var options = StoreOptions(groupCommit: true)
            if let milliseconds = TestHooks.busyTimeoutMilliseconds(environment) { options.busyTimeoutMilliseconds = milliseconds }
            database = try Database(path: settings.databasePath, options: options)
        } catch {
            let store = error as? StoreError
            logger.error(language.pick(de: "lotsed kann die Datenbank \(settings.databasePath) nicht öffnen: \(store?.userSentenceDe ?? "\(error)")",
                                       en: "lotsed cannot open the database \(settings.databasePath): \(error)"))
            listener.closeAndRemove()
            listener.releaseLock()
            // A schema newer than this build (after a package downgrade) is refused like a
            // bad configuration: a restart cannot help, so the unit must not retry it.
            if let store = error as? StoreError, case .schemaTooNew = store.kind { return Status.configuration }
            return Status.failure
        }

        let pseudonymMark: PseudonymHighWaterMark
        do {
            pseudonymMark = try PseudonymHighWaterMark(path: PseudonymHighWaterMark.beside(database: settings.databasePath))
        } catch {
            logger.error(language.pick(de: "lotsed kann die Pseudonym-Marke nicht lesen: \(error)",
                                       en: "lotsed cannot read the pseudonym mark: \(error)"))
            database.close()
            listener.closeAndRemove()
            listener.releaseLock()
            return Status.failure
        }
        let services = DaemonServices(database: database, configuration: loaded, logger: logger,
                                      notifier: notifier, daemonUID: ThisProcess.effectiveUser, pseudonymMark: pseudonymMark, language: language)
        let mail: MailService
        do {
            mail = try MailService.start(services: services, environment: environment)
        } catch {
            logger.error("\(loaded.path): [mail]: \(error.text(in: language))")
            database.close()
            listener.closeAndRemove()
            listener.releaseLock()
            return Status.configuration
        }
        let server: SocketServer
        let dispatcher: Dispatcher
        do {
            dispatcher = try Dispatcher(interfaces: InterfaceRegistry.interfaces(environment: environment),
                                            services: services, checkingReplies: TestHooks.enabled(environment))
            let limits = ServerLimits(maxMessageSize: settings.maxMessageBytes, maxConnections: settings.maxConnections,
                                      idleTimeoutMilliseconds: settings.idleTimeoutSeconds * 1000,
                                      maxConnectionsPerAccount: settings.maxConnectionsPerAccount)
            let handler: any CallHandling = try demoIdentitiesPath.map { path throws(DaemonError) in
                logger.warning(language.pick(de: "Demo-Konten aus \(path): das eigene Konto dieses Dienstes darf im Namen dieser Konten handeln",
                                             en: "demo identities from \(path): this daemon's own uid may act as demo users"))
                return DemoIdentityHandler(dispatcher: dispatcher, identities: try DemoIdentities.load(path: path), services: services)
            } ?? dispatcher
            server = try SocketServer(listener: listener, handler: handler, limits: limits, logger: logger)
        } catch {
            logger.error(language.pick(de: "lotsed startet nicht: \(error.german)", en: "lotsed cannot start: \(error.english)"))
            mail.stop()
            database.close()
            listener.closeAndRemove()
            listener.releaseLock()
            return Status.failure
        }

        server.start()
        let retention = RetentionTimer(services: services, environment: environment)
        retention.start()
        let denials = DenialFlushTimer(services: services)
        denials.start()
        notifier.ready(status: "serving")
        logger.notice(de: "lotsed \(DaemonServices.version) bedient \(listener.ownedPath ?? "den Socket von systemd"), Datenbank \(database.path), Konfiguration \(loaded.path)",
                      en: "lotsed \(DaemonServices.version) serving on \(listener.ownedPath ?? "the systemd socket"), database \(database.path), configuration \(loaded.path)")

        waitForStopSignal(services: services)
        notifier.stopping()
        logger.notice(de: "hält an: laufende Aufrufe werden zu Ende geführt", en: "stopping: finishing calls in flight")
        server.stop()
        dispatcher.finishRefusalAudits()
        denials.stop()
        retention.stop()
        mail.stop()
        database.close()
        listener.releaseLock()
        logger.notice(de: "angehalten", en: "stopped")
        return Status.ok
    }

    /// Waits for signals on the main thread: SIGHUP reloads the configuration (a bad
    /// file is logged inside `reload` and changes nothing); SIGTERM or SIGINT returns.
    static func waitForStopSignal(services: DaemonServices) {
        while true {
            let number = SignalPipe.next()
            switch number {
            case SIGHUP:
                services.logger.notice(de: "SIGHUP: die Konfiguration wird neu gelesen", en: "SIGHUP: reloading the configuration")
                _ = try? services.reload()
            case SIGTERM:
                services.logger.notice(de: "SIGTERM empfangen", en: "SIGTERM received")
                return
            default:
                services.logger.notice(de: "SIGINT empfangen", en: "SIGINT received")
                return
            }
        }
    }

    /// The configuration as the daemon would run with it, and the socket group's gid:
    /// every check that start-up makes before touching the socket or the database, so
    /// that `--check-config` answers exactly whether a start would accept the file.
    static func checkedConfiguration(path: String, rolesElsewhere: Bool) throws(ConfigurationError) -> (LoadedConfiguration, gid_t?) {
        let loaded = try ConfigurationFile.load(path: path, rolesElsewhere: rolesElsewhere)
        let settings = loaded.configuration.daemon
        guard let name = settings.socketGroup else { return (loaded, nil) }
        guard let gid = AccountDatabase.groupID(named: name) else {
            throw ConfigurationError(file: path, line: settings.socketGroupLine, section: "daemon", key: "socket_group",
                                     de: "auf diesem System gibt es keine Gruppe „\(name)“ (legen Sie sie an, etwa mit systemd-sysusers, oder berichtigen Sie den Namen)",
                                     en: "there is no group \"\(name)\" on this system (create it, e.g. systemd-sysusers, or fix the name)")
        }
        return (loaded, gid)
    }

    static func ensureDirectory(of path: String) throws(DaemonError) {
        let directory = ListeningSocket.parentDirectory(of: path)
        if (try? FileSystem.status(directory)) != nil { return }
        try ListeningSocket.makeMissingParents(of: directory)
        // The daemon's alone (0700 exactly, whatever the umask): see PrivateDataCheck.
        do { try FileSystem.makeDirectory(directory, permissions: 0o700) } catch where error.code != EEXIST {
            throw DaemonError(en: "cannot create \(directory): \(error.text)", de: "\(directory) lässt sich nicht anlegen: \(error.german)")
        } catch {}
        try? FileSystem.setPermissions(directory, 0o700)
    }
}
