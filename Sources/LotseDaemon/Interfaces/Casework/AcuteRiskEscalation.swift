import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// What happens when a caseworker answers yes to an acute-risk question, in a screening
/// or a referral: nothing is queued; every coordinator address gets an
/// `acute-risk-alert` of the highest priority in the outbox and the event is audited —
/// both in one transaction — and the reply carries the emergency route from the
/// configuration, which the CLI prints at once.
///
/// The alert is written even for a pseudonym the caller may not see or that is not
/// stored: a person in danger comes before the form. It names only the pseudonym and the
/// time (mail never carries what the risk is).
enum AcuteRiskEscalation {
    /// Reads the two answers from the `acuteRisk` parameter (required by the IDL).
    static func answers(_ call: CaseworkCall) -> AcuteRiskAnswers {
        let value = call.request.parameters["acuteRisk"]
        return AcuteRiskAnswers(suicidality: value?["suicidality"]?.boolValue ?? false,
                                dangerToOthers: value?["dangerToOthers"]?.boolValue ?? false)
    }

    /// The emergency route in both languages, as the reply's `escalation`.
    static func reply(_ call: CaseworkCall, alerts: Int, client: String?) -> JSONValue {
        let emergency = call.configuration.emergency
        return [
            "emergencyText": ["de": .string(emergency.text(in: .de)), "en": .string(emergency.text(in: .en))],
            "coordinatorsAlerted": .integer(Int64(alerts)),
            "client": client.map { .string($0) } ?? .null,
        ]
    }

    /// Queues the alerts and the audit entry in `db`; returns how many alerts were queued.
    static func escalate(_ call: CaseworkCall, _ db: Connection, client: String?, answers: AcuteRiskAnswers,
                         action: String) throws(CaseworkFailure) -> Int {
        let configuration = call.configuration
        let mail = configuration.mail
        var recipients = mail.coordinatorAddresses
        if recipients.isEmpty {
            // No coordinator address configured: the bounce mailbox is read by someone.
            call.services.logger.warning("acute-risk alert: [mail] coordinator_addresses is empty; alerting \(mail.bounceAddress.value)")
            recipients = [mail.bounceAddress]
        }
        var storedClient: String?
        if let client, let id = ClientID(client) {
            do { if try ClientRepository(db).exists(id) { storedClient = id.description } } catch { throw CaseworkFailure(storeError: error) }
        }
        let language = mail.defaultLanguage
        let composed = text(configuration, language: language, client: client ?? "—", at: call.now)
        let payload = JSONValue.object([
            "subject": .string(composed.subject), "body": .string(composed.body),
            "eventAt": .integer(Int64(call.now.timeIntervalSince1970.rounded(.down))),
        ]).serialized
        let stamp = Int64(call.now.timeIntervalSince1970.rounded(.down))
        let domain = mail.sender.value.split(separator: "@").last.map(String.init) ?? "localhost"
        var queued = 0
        for address in recipients {
            let key = "\(ReminderKind.acuteRiskAlert.rawValue)/\(client ?? "none")/\(stamp)/\(call.caller.uid)/\(address.value)"
            let messageID = (try? MessageID(reminderKey: key, domain: domain).value) ?? "\(stamp).\(queued).acute-risk@\(domain)"
            let message = NewOutboxMessage(
                kind: ReminderKind.acuteRiskAlert.rawValue, recipient: address, recipientRole: .coordinator,
                language: language, client: storedClient, subjectKind: "acute-risk", subjectID: client ?? "none",
                dueAt: call.now, priority: ReminderKind.acuteRiskAlert.priority,
                messageID: messageID,
                payload: payload)
            do { _ = try Outbox(db).enqueue(message, now: call.now) } catch { throw CaseworkFailure(storeError: error) }
            queued += 1
        }
        // Which risk was reported is health data: the entry keeps that the alert was
        // raised, by whom and for which pseudonym, never the kind of risk.
        try call.audit(db, action, kind: "client", id: client, detail: "nothing queued, \(queued) coordinator alert(s)")
        return queued
    }

    /// The alert's text: from the configured templates when they load, else a built-in
    /// text with the same content (the alert must go out even with a broken template
    /// directory).
    static func text(_ configuration: Configuration, language: MessageLanguage, client: String, at now: Date) -> (subject: String, body: String) {
        let facts = ReminderFacts(district: configuration.district.name, pseudonym: client, when: now)
        if let catalog = try? MailTemplateLoader.load(configuration.mail) {
            let composer = MailComposer(catalog: catalog, from: configuration.mail.sender, fromName: "Lotse", timeZone: CaseworkClock.berlin,
                                        district: configuration.district.name)
            if let text = try? composer.text(kind: .acuteRiskAlert, language: language, facts: facts) { return text }
        }
        let when = MailDate.longDay(now, in: CaseworkClock.berlin, language: language) + " " + MailDate.time(now, in: CaseworkClock.berlin)
        if language == .de {
            return ("DRINGEND: sofortige Rückmeldung zu \(client) nötig",
                    "Zu \(client) wurde am \(when) Uhr eine dringende Meldung erfasst, die sofortiges Handeln erfordert.\nBitte sehen Sie sich die Meldung umgehend in Lotse an.\n\nLotse – \(configuration.district.name)\n")
        }
        return ("URGENT: immediate response needed for \(client)",
                "An urgent report about \(client) was recorded on \(when) and needs immediate action.\nPlease look at it in Lotse at once.\n\nLotse – \(configuration.district.name)\n")
    }
}
