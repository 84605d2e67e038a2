/// `[daemon]`: where `lotsed` listens and keeps its data, and the limits that keep one
/// slow or hostile client from hurting the others.
public struct DaemonSettings: Sendable, Equatable {
    /// Unix socket path (`socket`); default `/run/lotse/lotse.sock`. At most 107 bytes,
    /// the size of `sun_path`.
    public var socketPath: String
    /// Group that owns the socket (`socket_group`); nil keeps the daemon's own group.
    public var socketGroup: String?
    /// The line of `socket_group` in its file, so that the daemon's "no such group" error
    /// (it looks the name up; this parser does no I/O) can name file:line.
    public var socketGroupLine: Int?
    /// Permission bits of the socket (`socket_mode`, octal); default 0o660.
    public var socketMode: Int
    /// SQLite database file (`database`); default `/var/lib/lotse/lotse.db`.
    public var databasePath: String
    /// Largest accepted varlink message in bytes (`max_message_bytes`); default 1 MiB.
    public var maxMessageBytes: Int
    /// A connection silent this long is closed (`idle_timeout_seconds`); default 300.
    public var idleTimeoutSeconds: Int
    /// Connections served at once (`max_connections`); default 64.
    public var maxConnections: Int
    /// Connections one Unix account may hold at once (`max_connections_per_account`);
    /// default 16, or `max_connections` when that is smaller. Keeps one account, hostile
    /// or buggy, from taking every slot and locking the others out; never more than
    /// `max_connections`.
    public var maxConnectionsPerAccount: Int
    /// The default of `max_connections_per_account`.
    public static let defaultMaxConnectionsPerAccount = 16
    /// New clients (pseudonyms) one account may create per hour (`new_clients_per_hour`);
    /// default 60. Keeps one account from burning through a year's pseudonyms.
    public var newClientsPerHour: Int = 60

    /// The defaults a minimal configuration gets.
    public init(socketPath: String = "/run/lotse/lotse.sock", socketGroup: String? = nil, socketMode: Int = 0o660,
                databasePath: String = "/var/lib/lotse/lotse.db", maxMessageBytes: Int = 1 << 20,
                idleTimeoutSeconds: Int = 300, maxConnections: Int = 64,
                maxConnectionsPerAccount: Int = DaemonSettings.defaultMaxConnectionsPerAccount) {
        self.socketPath = socketPath
        self.socketGroup = socketGroup
        self.socketMode = socketMode
        self.databasePath = databasePath
        self.maxMessageBytes = maxMessageBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.maxConnections = maxConnections
        self.maxConnectionsPerAccount = min(maxConnectionsPerAccount, maxConnections)
    }

    static func parse(_ reader: inout SectionReader, base: String) throws(ConfigurationError) -> DaemonSettings {
        var s = DaemonSettings()
        if let e = reader.entry("socket") {
            guard !e.value.isEmpty else { throw reader.error(e, de: "hat keinen Wert", en: "has no value") }
            let path = ValueSyntax.resolve(e.value, against: base)
            guard path.utf8.count <= 107 else {
                throw reader.error(e, de: SocketPathWording.tooLong(path).de, en: SocketPathWording.tooLong(path).en)
            }
            s.socketPath = path
        }
        if let e = reader.entry("socket_group") {
            guard UnixName.isValid(e.value) else {
                throw reader.error(e, de: "„\(e.value)“ ist kein gültiger Unix-Gruppenname", en: "\"\(e.value)\" is not a valid Unix group name")
            }
            s.socketGroup = e.value
            s.socketGroupLine = e.line
        }
        if let e = reader.entry("socket_mode") {
            guard e.value.count >= 3, e.value.count <= 4, e.value.allSatisfy({ ("0"..."7").contains($0) }),
                  let mode = Int(e.value, radix: 8), mode <= 0o777 else {
                throw reader.error(e, de: "„\(e.value)“ ist keine oktale Zugriffsmaske wie 0660",
                                   en: "\"\(e.value)\" is not an octal permission mode like 0660")
            }
            guard mode & 0o600 == 0o600 else {
                throw reader.error(e, de: "\(e.value) sperrt das eigene Konto des Dienstes aus; nötig ist mindestens 0600",
                                   en: "\(e.value) would lock the daemon's own user out; it needs at least 0600")
            }
            guard mode & 0o007 == 0 else {
                throw reader.error(e, de: "\(e.value) öffnet den Socket für alle lokalen Konten; erlaubt ist höchstens 0770",
                                   en: "\(e.value) opens the socket to every local user; use at most 0770")
            }
            s.socketMode = mode
        }
        if let path = try reader.path("database", base: base) { s.databasePath = path }
        if let n = try reader.integer("max_message_bytes", in: 1024...(64 << 20)) { s.maxMessageBytes = n }
        if let n = try reader.integer("idle_timeout_seconds", in: 1...86_400) { s.idleTimeoutSeconds = n }
        if let n = try reader.integer("max_connections", in: 1...10_000) { s.maxConnections = n }
        if let e = reader.entry("max_connections_per_account") {
            let n = try reader.integerValue(e, in: 1...10_000)
            guard n <= s.maxConnections else {
                throw reader.error(e, de: "\(n) ist mehr als max_connections (\(s.maxConnections)); ein Konto darf nicht alle Verbindungen belegen können",
                                   en: "\(n) is more than max_connections (\(s.maxConnections)); one account must not be able to take every connection")
            }
            s.maxConnectionsPerAccount = n
        } else {
            s.maxConnectionsPerAccount = min(Self.defaultMaxConnectionsPerAccount, s.maxConnections)
        }
        if let n = try reader.integer("new_clients_per_hour", in: 1...10_000) { s.newClientsPerHour = n }
        return s
    }
}

/// Unix user and group names as `useradd` accepts them by default.
enum UnixName {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, name.count <= 32 else { return false }
        guard ("a"..."z").contains(first) || first == "_" else { return false }
        return name.allSatisfy { ("a"..."z").contains($0) || $0.isASCIIDigit || $0 == "_" || $0 == "-" || $0 == "." }
    }
}
