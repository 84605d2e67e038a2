import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// What happens when a caseworker answers yes to an acute-risk question, in a screening
/// or a referral: nothing is queued; every coordinator address gets an
/// `acute-risk-alert` of the highest priority in the outbox and the event is audited —
/// both in one transaction, with a dated row for the report's count of escalations
/// (`EscalationCounts`) — and the reply carries the emergency route from the
/// configuration, which the CLI prints at once.
///
/// The alert names the pseudonym, the time and the account that raised it — never what
/// the risk is. It goes out even for a pseudonym that is not one of the caller's clients
/// (mistyped, unknown or another caseworker's: a person in danger comes before the
/// form), but then says so, and the caller hears the same whichever of the three it is,
/// so the reply never reveals whether someone else's client exists. `AcuteAlertLimiter`
/// coalesces repeats and caps alerts for pseudonyms not one's own; the first alert for
/// one's own client always goes out.
enum AcuteRiskEscalation {
    /// Runs an acute-risk report of `call` end to end, in one write transaction: decides
    /// (send, coalesce or refuse), queues the alerts, audits, and lets `record` store what
    /// belongs to the caller's own client (the escalated screening). The reply holds
    /// `record`'s value under `recordKey` (null for a client not the caller's) and the
    /// `escalation`.
    static func report(_ call: CaseworkCall, action: String, recordKey: String,
                       record: (Connection, Client) throws(CaseworkFailure) -> JSONValue) throws(VarlinkError) -> [String: JSONValue] {
        let given = call.string("client") ?? ""
        // Only a well-formed pseudonym is named in the alert and the audit log; a bad one
        // must not make the alert fail.
        let client = ClientID(given)?.description
        // The same text always names the same subject, so that two different mistyped
        // pseudonyms are two alerts, and one retyped is a repeat.
        let subject = client ?? String(given.trimmingCharacters(in: .whitespacesAndNewlines).prefix(40))
        let limiter = call.services.acuteAlerts
        var counted: (decision: AcuteAlertLimiter.Decision, own: Bool)?
        // The alert goes out now, not at the mail thread's next round.
        defer { MailService.wakeRunning() }
        do throws(VarlinkError) {
            return try call.write(action) { db throws(CaseworkFailure) in
                let owned = client.flatMap(ClientID.init).flatMap { try? call.accessibleClient($0, in: db) }
                let decision = limiter.decide(uid: call.caller.uid, subject: subject, ownClient: owned != nil, now: call.now,
                                              settings: call.configuration.emergency)
                counted = (decision, owned != nil)
                let alerts: Int
                switch decision {
                case .refused(let limit, let retryAfter):
                    throw CaseworkFailure(.tooManyAlerts(limit: limit, retryAfter: retryAfter))
                case .send:
                    alerts = try queueAlerts(call, db, client: client, ownClient: owned != nil)
                case .coalesced:
                    alerts = 0
                }
                let stored = try owned.map { (client: Client) throws(CaseworkFailure) in try record(db, client) } ?? .null
                if recordKey == "screening", let id = stored["id"]?.integerValue, let client {
                    // A screening stored with the escalation is audited exactly as any
                    // screening is, so the audit log never tells which screenings were
                    // acute (health content that would outlive the purge in it); the
                    // escalation is counted in acute_risk_escalations, not here.
                    try call.audit(db, action, kind: "screening", id: String(id), detail: "client \(client)")
                } else {
                    try audit(call, db, action: action, client: client, decision: decision, alerts: alerts, ownClient: owned != nil)
                }
                // The report's count: one dated row per escalation that alerted, kept
                // after the audit entry expires; a coalesced repeat is no new escalation.
                if decision == .send {
                    do throws(StoreError) { try EscalationCounts(db).record(on: CaseworkClock.day(call.now), pseudonym: client) } catch {
                        throw CaseworkFailure(storeError: error)
                    }
                }
                return [recordKey: stored,
                        "escalation": reply(call, alerts: alerts, client: client, ownClient: owned != nil, decision: decision)]
            }
        } catch {
            if let counted {
                limiter.undo(counted.decision, uid: call.caller.uid, subject: subject, ownClient: counted.own, now: call.now)
            }
            if case .refused(let limit, _)? = counted?.decision {
                // The refused transaction rolled back; the refusal is audited on its own.
                call.services.logger.notice(de: "Meldung akuter Gefahr abgelehnt: \(call.caller.userName) hat in der letzten Stunde \(limit) Meldungen zu fremden Pseudonymen ausgelöst",
                                            en: "acute-risk alert refused: \(call.caller.userName) raised \(limit) alerts for pseudonyms not their own within the last hour")
                call.services.audit(AuditEntry(at: call.services.now(), uid: call.caller.uid, user: call.caller.userName, role: call.caller.roleSummary,
                                               action: action, recordKind: "client", recordID: client, outcome: .failed,
                                               detail: "no notice: the hourly limit (\(limit)) for pseudonyms not the caller's was reached"))
            }
            throw error
        }
    }

    /// Reads the two answers from the `acuteRisk` parameter (required by the IDL).
    static func answers(_ call: CaseworkCall) -> AcuteRiskAnswers {
        let value = call.request.parameters["acuteRisk"]
        return AcuteRiskAnswers(suicidality: value?["suicidality"]?.boolValue ?? false,
                                dangerToOthers: value?["dangerToOthers"]?.boolValue ?? false)
    }

    /// The reply's `escalation`: the emergency route in both languages, how many alerts
    /// went out now, and what became of the report — `alert` is `sent` or `coalesced`
    /// (then `firstAlertAt` is when the alert went out and `reports` counts this one);
    /// `ownClient` says whether the pseudonym is one of the caller's clients (false alike
    /// for a mistyped, unknown or another caseworker's pseudonym).
    static func reply(_ call: CaseworkCall, alerts: Int, client: String?, ownClient: Bool,
                      decision: AcuteAlertLimiter.Decision) -> JSONValue {
        let emergency = call.configuration.emergency
        var firstAt = JSONValue.null
        var reports: Int64 = 1
        if case .coalesced(let at, let count) = decision {
            firstAt = .string(AdminInterface.timestamp(at))
            reports = Int64(count)
        }
        return [
            "emergencyText": ["de": .string(emergency.text(in: .de)), "en": .string(emergency.text(in: .en))],
            "coordinatorsAlerted": .integer(Int64(alerts)),
            "client": client.map { .string($0) } ?? .null,
            "ownClient": .bool(ownClient),
            "alert": .string(decision == .send ? "sent" : "coalesced"),
            "firstAlertAt": firstAt,
            "reports": .integer(reports),
            "repeatWindowMinutes": .integer(Int64(emergency.alertRepeatMinutes)),
        ]
    }

    /// Queues one alert per coordinator address in `db`; returns how many.
    static func queueAlerts(_ call: CaseworkCall, _ db: Connection, client: String?, ownClient: Bool) throws(CaseworkFailure) -> Int {
        let configuration = call.configuration
        let mail = configuration.mail
        var recipients = mail.coordinatorAddresses
        if recipients.isEmpty {
            // No coordinator address configured: the bounce mailbox is read by someone.
            call.services.logger.warning(de: "Meldung akuter Gefahr: [mail] coordinator_addresses ist leer; die Meldung geht an \(mail.bounceAddress.value)",
                                         en: "acute-risk alert: [mail] coordinator_addresses is empty; alerting \(mail.bounceAddress.value)")
            recipients = [mail.bounceAddress]
        }
        var storedClient: String?
        if let client, let id = ClientID(client) {
            do { if try ClientRepository(db).exists(id) { storedClient = id.description } } catch { throw CaseworkFailure(storeError: error) }
        }
        let language = mail.defaultLanguage
        let composed = text(configuration, language: language, client: client ?? "—", account: call.caller.userName,
                            ownClient: ownClient, at: call.now)
        let payload = JSONValue.object([
            "subject": .string(composed.subject), "body": .string(composed.body),
            "eventAt": .integer(Int64(call.now.timeIntervalSince1970.rounded(.down))),
        ]).serialized
        let stamp = Int64(call.now.timeIntervalSince1970.rounded(.down))
        let domain = mail.sender.value.split(separator: "@").last.map(String.init) ?? "localhost"
        var queued = 0
        for address in recipients {
            let key = "\(ReminderKind.acuteRiskAlert.rawValue)/\(client ?? "none")/\(stamp)/\(call.caller.uid)/\(address.value)"
            // The Message-ID is opaque: the header and the outbox list never show that
            // this is an alert, for whom, or who raised it; the key stays in the database.
            var generator = SystemRandomNumberGenerator()
            let messageID = (try? MessageID.opaque(domain: domain, using: &generator).value)
                ?? "<lotse.\(UInt64.random(in: 0...UInt64.max, using: &generator))@localhost>"
            let message = NewOutboxMessage(
                kind: ReminderKind.acuteRiskAlert.rawValue, recipient: address, recipientRole: .coordinator,
                language: language, client: storedClient, subjectKind: "acute-risk", subjectID: client ?? "none",
                dueAt: call.now, priority: ReminderKind.acuteRiskAlert.priority,
                messageID: messageID, reminderKey: (try? MessageID(reminderKey: key, domain: domain).value) ?? key,
                payload: payload)
            do { _ = try Outbox(db).enqueue(message, now: call.now) } catch { throw CaseworkFailure(storeError: error) }
            queued += 1
        }
        return queued
    }

    /// The report's audit entry, under the same action as any screening or referral
    /// (`screening.record`, `referral.submit`) and with a neutral remark: that a notice
    /// was queued (or that a repeat queued none), and whether the pseudonym was not the
    /// caller's client. Audit entries carry no health content, and that a person was
    /// reported at acute risk is health content: the entry never says alert, risk or
    /// which risk. The report counts escalations from `acute_risk_escalations`, not from
    /// the audit log.
    static func audit(_ call: CaseworkCall, _ db: Connection, action: String, client: String?,
                      decision: AcuteAlertLimiter.Decision, alerts: Int, ownClient: Bool) throws(CaseworkFailure) {
        var outcome = "\(EnglishCount.of(alerts, "notice")) queued"
        if case .coalesced = decision { outcome = "repeat: no new notice" }
        if !ownClient { outcome += "; not a client of the caller" }
        try call.audit(db, action, kind: "client", id: client, detail: outcome)
    }

    /// The alert's text: from the configured templates when they load, else a built-in
    /// text with the same content (the alert must go out even with a broken template
    /// directory).
    static func text(_ configuration: Configuration, language: MessageLanguage, client: String, account: String,
                     ownClient: Bool, at now: Date) -> (subject: String, body: String) {
        let facts = ReminderFacts(district: configuration.district.name, pseudonym: client, when: now, account: account, ownClient: ownClient)
        if let catalog = try? MailTemplateLoader.load(configuration.mail) {
            let composer = MailComposer(catalog: catalog, from: configuration.mail.sender, fromName: "Lotse", timeZone: CaseworkClock.berlin,
                                        district: configuration.district.name)
            if let text = try? composer.text(kind: .acuteRiskAlert, language: language, facts: facts) { return text }
        }
        let when = MailDate.longDay(now, in: CaseworkClock.berlin, language: language) + " " + MailDate.time(now, in: CaseworkClock.berlin)
        let standing = facts.text(for: .standing, language: language, timeZone: CaseworkClock.berlin) ?? ""
        let raiser = facts.text(for: .account, language: language, timeZone: CaseworkClock.berlin) ?? ""
        if language == .de {
            return ("DRINGEND: sofortige Rückmeldung zu \(client) nötig",
                    "Zu \(client) wurde am \(when) Uhr eine dringende Meldung erfasst, die sofortiges Handeln erfordert.\nAusgelöst vom Konto \(raiser); das Pseudonym \(standing).\nBitte sehen Sie sich die Meldung umgehend in Lotse an.\n\nLotse – \(configuration.district.name)\n")
        }
        return ("URGENT: immediate response needed for \(client)",
                "An urgent report about \(client) was recorded on \(when) and needs immediate action.\nRaised by the account \(raiser); the pseudonym \(standing).\nPlease look at it in Lotse at once.\n\nLotse – \(configuration.district.name)\n")
    }
}
