/// The wire contract of `org.lotse.Admin`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum AdminProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Admin"

    /// The IDL text.
    public static let idl = """
    # Operating the Lotse daemon: status, configuration reload, online backup.
    # Only callers with the admin role may call these methods.
    interface org.lotse.Admin

    # The database the daemon works on.
    type Database (
      path: string,
      sizeBytes: int,
      schemaVersion: int
    )

    # The configuration file in force and when it was read (ISO 8601, UTC);
    # unknownRoleMembers: [roles] entries naming no user or group on this system.
    type ConfigurationFile (
      path: string,
      loadedAt: string,
      unknownRoleMembers: []string
    )

    # Mail delivery: messages waiting (pending: due, being retried or being sent),
    # when the oldest fell due, how many wait longer than [mail] alert_after, how
    # many failed for good (sendmail refused them or they bounced), the last error
    # recorded and when, and the bounce Maildir read, if any. Moot mail is left out.
    type MailHealth (
      pending: int,
      oldestPendingSince: ?string,
      overdue: int,
      alertAfterSeconds: int,
      failed: int,
      lastError: ?string,
      lastErrorAt: ?string,
      bounceMaildir: ?string
    )

    # What the daemon is running with. counts holds the number of records per
    # table (clients, referrals, sessions, outbox, audit_log, ...).
    method Status() -> (
      version: string,
      pid: int,
      startedAt: string,
      uptimeSeconds: int,
      database: Database,
      counts: [string]int,
      configuration: ConfigurationFile,
      mail: MailHealth
    )

    # Re-reads the configuration file. A bad file is rejected with
    # ConfigurationInvalid and the previous configuration stays in force.
    method Reload() -> (configuration: ConfigurationFile)

    # Writes a consistent copy of the database to path (absolute, not existing yet)
    # while the daemon keeps serving.
    method Backup(path: string) -> (path: string, sizeBytes: int)

    # Retention: deletes now every client whose case closed more than monthsAfterClose
    # months before day (Europe/Berlin), with all of its data and every mail naming it,
    # and the audit entries older than auditMonths; the audit log keeps a client.purge
    # entry per client. Ends with the write-ahead log emptied, so no deleted byte stays
    # on disk. The daemon also runs this daily at purge_time.
    method Purge() -> (purged: []string, monthsAfterClose: int, auditEntriesExpired: int, auditMonths: int, day: string)

    # The configuration file has an error; file, line and message say where and what
    # (messageDe: the same in German).
    error ConfigurationInvalid (file: string, line: ?int, message: string, messageDe: string)

    # The backup could not be written; message says why (messageDe: the same in German).
    error BackupFailed (path: string, message: string, messageDe: string)

    \(SharedIDLTypes.databaseError)

    """
}
