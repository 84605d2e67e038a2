import Foundation
import LotseCore
import LotseStore
import LotseSystem

/// Reads the bounces the MTA delivers to `[mail] bounce_maildir`, as a Maildir reader
/// would: every file in `new/` is read once and moved to `cur/` (flag `S`, seen). A
/// delivery status notification (RFC 3464) whose returned Message-ID is one of ours marks
/// that outbox row failed with the status and diagnostic code, and the coordinators get
/// one `delivery-failed` notice about it (keyed by the row, so a second bounce for the
/// same mail tells nobody again).
///
/// Anyone can mail the bounce address, so every file is hostile until parsed: opened
/// without following links and without blocking, only regular files, at most
/// `maximumBytes` read; a file that is not a report about one of our mails is moved to
/// `aside/` (created next to `new/` and `cur/`) and logged with its name, never deleted.
/// At most `maximumFilesPerRound` files are handled per round.
final class BounceMaildirReader: Sendable {
    /// Largest file parsed; a bounce with the returned headers is a few KiB.
    static let maximumBytes = 256 * 1024
    /// Files handled per round; the rest wait for the next one.
    static let maximumFilesPerRound = 200

    /// What one round did, for tests and the log.
    struct Report: Sendable, Equatable {
        /// Outbox ids marked failed by a bounce.
        var bounced: [Int64] = []
        /// Files moved to `cur/` (understood, whether or not they changed a row).
        var read: [String] = []
        /// Files moved to `aside/`, with the reason.
        var setAside: [String] = []
    }

    let directory: String
    private let database: Database
    private let composer: MailComposer
    private let recipients: [MailRecipient]
    private let log: @Sendable (String) -> Void
    private let warn: @Sendable (String) -> Void
    /// The language of the log lines: lotsed's.
    private let language: MessageLanguage

    init(directory: String, database: Database, composer: MailComposer, recipients: [MailRecipient],
         log: @escaping @Sendable (String) -> Void, warn: @escaping @Sendable (String) -> Void, language: MessageLanguage = .en) {
        self.language = language
        self.directory = directory
        self.database = database
        self.composer = composer
        self.recipients = recipients
        self.log = log
        self.warn = warn
    }

    /// Handles what is in `new/` now. A Maildir that cannot be listed is one warning per
    /// round, never a crash; a database failure is thrown (the file stays in `new/`).
    func readNew(now: Date) throws(StoreError) -> Report {
        var report = Report()
        let new = directory + "/new"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: new).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            warn(language.pick(de: "Mail: das Maildir für Rückläufer \(new) lässt sich nicht lesen: \(error.localizedDescription)",
                               en: "mail: the bounce Maildir \(new) cannot be read: \(error.localizedDescription)"))
            return report
        }
        for name in names.prefix(Self.maximumFilesPerRound) {
            let path = new + "/" + name
            switch Self.readBounded(path) {
            case .failure(let problem):
                setAside(name, because: problem.description, into: &report)
            case .success(let bytes):
                switch DeliveryStatusNotification.parse(bytes) {
                case .failure(let problem):
                    setAside(name, because: problem.description, into: &report)
                case .success(let notification):
                    guard let handled = try apply(notification, file: name, now: now, into: &report) else {
                        setAside(name, because: "it reports on Message-ID <\(HeaderText.stripped(notification.originalMessageID))>, which is not in the outbox",
                                 into: &report)
                        continue
                    }
                    if handled { markSeen(name, into: &report) }
                }
            }
        }
        return report
    }

    /// Marks the row failed when the report says delivery failed. Returns nil when the
    /// Message-ID is not ours, false when the row is being sent right now (the file stays
    /// for the next round), true otherwise.
    private func apply(_ notification: DeliveryStatusNotification, file: String, now: Date,
                       into report: inout Report) throws(StoreError) -> Bool? {
        let (recipients, composer, warn) = (self.recipients, self.composer, self.warn)
        // The outbox stores Message-IDs with their angle brackets.
        let stored = "<" + notification.originalMessageID + ">"
        guard let failure = notification.failures.first else {
            let actions = notification.recipients.map(\.action).joined(separator: ", "), id = notification.originalMessageID
            log(language.pick(de: "Mail: die Rückläufer-Datei \(file) meldet \(actions) für <\(id)>; nichts zu tun",
                              en: "mail: bounce Maildir file \(file) reports \(actions) for <\(id)>; nothing to do"))
            return try database.read { (db: Connection) throws(StoreError) in
                try Outbox(db).message(withMessageID: stored) == nil ? nil : true
            }
        }
        let status = HeaderText.stripped(failure.status), recipient = HeaderText.stripped(failure.address)
        let detail: String
        switch (failure.diagnostic.map(HeaderText.stripped), recipient.isEmpty) {
        case (let diagnostic?, false): detail = MailProblemText.bouncedWithDiagnosticToRecipient.english(status, diagnostic, recipient)
        case (let diagnostic?, true): detail = MailProblemText.bouncedWithDiagnostic.english(status, diagnostic)
        case (nil, false): detail = MailProblemText.bouncedToRecipient.english(status, recipient)
        case (nil, true): detail = MailProblemText.bounced.english(status)
        }
        let outcome = try database.write { (db: Connection) throws(StoreError) -> (OutboxMessage, Bool, [Int64])? in
            let outbox = Outbox(db)
            guard let message = try outbox.message(withMessageID: stored) else { return nil }
            switch message.state {
            case .sending:
                return (message, false, [])
            case .failed:
                return (message, true, [])
            case .sent, .pending:
                try outbox.markBounced(message.id, error: detail)
                let isNotice = ReminderKind(rawValue: message.content.kind)?.isDeliveryNotice ?? false
                let ids = isNotice ? [] : try DeliveryNotices.queue(db, .deliveryFailed, key: "bounce/\(message.id)", about: message,
                                                                      since: now, to: recipients, composer: composer, now: now, warn: warn)
                return (message, true, ids)
            }
        }
        guard let (message, done, notices) = outcome else { return nil }
        if !done { return false }
        if message.state != .failed {
            report.bounced.append(message.id)
            let count = notices.count
            warn(language.pick(de: "Mail \(message.id) \(message.content.messageID): \(MailProblemText.german(detail)); \(count == 1 ? "1 Nachricht" : "\(count) Nachrichten") an die Koordination eingereiht",
                               en: "mail \(message.id) \(message.content.messageID): \(detail); \(EnglishCount.of(count, "coordinator notice")) queued"))
        }
        return true
    }

    private func markSeen(_ name: String, into report: inout Report) {
        let target = directory + "/cur/" + (name.contains(":2,") ? name : name + ":2,S")
        do {
            try FileSystem.rename(directory + "/new/" + name, to: target)
            report.read.append(name)
        } catch {
            warn(language.pick(de: "Mail: die Rückläufer-Datei \(name) lässt sich nicht nach cur/ verschieben: \(error.german)",
                               en: "mail: bounce Maildir file \(name) could not be moved to cur/: \(error.text)"))
        }
    }

    private func setAside(_ name: String, because reason: String, into report: inout Report) {
        let aside = directory + "/aside"
        do { try FileSystem.makeDirectory(aside, permissions: 0o700) } catch where error.code != EEXIST {
            warn(language.pick(de: "Mail: \(aside) lässt sich nicht anlegen: \(error.german)", en: "mail: \(aside) cannot be created: \(error.text)"))
            return
        } catch {}
        do {
            try FileSystem.rename(directory + "/new/" + name, to: aside + "/" + name)
            report.setAside.append(name)
            warn(language.pick(de: "Mail: die Rückläufer-Datei \(name) wurde nach \(aside) gelegt: \(reason)",
                               en: "mail: bounce Maildir file \(name) moved to \(aside): \(reason)"))
        } catch {
            warn(language.pick(de: "Mail: die Rückläufer-Datei \(name) (\(reason)) lässt sich nicht beiseitelegen: \(error.german)",
                               en: "mail: bounce Maildir file \(name) (\(reason)) could not be moved aside: \(error.text)"))
        }
    }

    /// The file's first bytes, refusing anything but a regular file within the limit.
    static func readBounded(_ path: String) -> Result<[UInt8], BounceFileProblem> {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK) } catch {
            return .failure(BounceFileProblem("it cannot be opened: \(error.text)"))
        }
        defer { fd.close() }
        let info: FileStatus
        do { info = try fd.status() } catch { return .failure(BounceFileProblem("fstat failed: \(error.text)")) }
        guard info.isRegularFile else { return .failure(BounceFileProblem("it is not a regular file")) }
        guard info.size <= maximumBytes else {
            return .failure(BounceFileProblem("it is larger than \(maximumBytes) bytes (\(info.size))"))
        }
        let bytes: [UInt8]
        do { bytes = try fd.readToEnd(limit: maximumBytes) } catch {
            return .failure(BounceFileProblem("it cannot be read: \(error.text)"))
        }
        guard bytes.count <= maximumBytes else { return .failure(BounceFileProblem("it grew past \(maximumBytes) bytes while read")) }
        return .success(bytes)
    }
}

/// Why a file in the bounce Maildir was not parsed.
struct BounceFileProblem: Error, CustomStringConvertible {
    /// One phrase for the log.
    let description: String
    init(_ description: String) { self.description = description }
}
