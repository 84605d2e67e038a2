import Foundation
import LotseCore
import LotseStore
#if canImport(Glibc)
import Glibc
#endif

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

    init(directory: String, database: Database, composer: MailComposer, recipients: [MailRecipient],
         log: @escaping @Sendable (String) -> Void, warn: @escaping @Sendable (String) -> Void) {
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
            warn("mail: the bounce Maildir \(new) cannot be read: \(error.localizedDescription)")
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
            log("mail: bounce Maildir file \(file) reports \(notification.recipients.map(\.action).joined(separator: ", ")) for <\(notification.originalMessageID)>; nothing to do")
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
            warn("mail \(message.id) \(message.content.messageID): \(detail); \(notices.count) coordinator notice(s) queued")
        }
        return true
    }

    private func markSeen(_ name: String, into report: inout Report) {
        let target = directory + "/cur/" + (name.contains(":2,") ? name : name + ":2,S")
        if rename(directory + "/new/" + name, target) == 0 {
            report.read.append(name)
        } else {
            warn("mail: bounce Maildir file \(name) could not be moved to cur/: \(ErrnoText.message(errno))")
        }
    }

    private func setAside(_ name: String, because reason: String, into report: inout Report) {
        let aside = directory + "/aside"
        if mkdir(aside, 0o700) != 0 && errno != EEXIST {
            warn("mail: \(aside) cannot be created: \(ErrnoText.message(errno))")
            return
        }
        if rename(directory + "/new/" + name, aside + "/" + name) == 0 {
            report.setAside.append(name)
            warn("mail: bounce Maildir file \(name) moved to \(aside): \(reason)")
        } else {
            warn("mail: bounce Maildir file \(name) (\(reason)) could not be moved aside: \(ErrnoText.message(errno))")
        }
    }

    /// The file's first bytes, refusing anything but a regular file within the limit.
    static func readBounded(_ path: String) -> Result<[UInt8], BounceFileProblem> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(BounceFileProblem("it cannot be opened: \(ErrnoText.message(errno))")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(BounceFileProblem("fstat failed: \(ErrnoText.message(errno))")) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(BounceFileProblem("it is not a regular file")) }
        guard info.st_size <= maximumBytes else {
            return .failure(BounceFileProblem("it is larger than \(maximumBytes) bytes (\(info.st_size))"))
        }
        var bytes = [UInt8](repeating: 0, count: maximumBytes + 1)
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress.map { $0 + total }, raw.count - total) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(BounceFileProblem("it cannot be read: \(ErrnoText.message(errno))"))
            }
            if count == 0 { break }
            total += count
        }
        guard total <= maximumBytes else { return .failure(BounceFileProblem("it grew past \(maximumBytes) bytes while read")) }
        return .success(Array(bytes.prefix(total)))
    }
}

/// Why a file in the bounce Maildir was not parsed.
struct BounceFileProblem: Error, CustomStringConvertible {
    /// One phrase for the log.
    let description: String
    init(_ description: String) { self.description = description }
}
