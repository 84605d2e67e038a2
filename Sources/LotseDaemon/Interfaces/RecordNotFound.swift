import Foundation
import LotseVarlink

/// A record that does not exist, said one way by every interface (`NotFound` with the
/// record's kind, the number or pseudonym asked for, and a sentence in English and German),
/// so that the command line words "no such client" and "no such session" alike.
enum RecordNotFound {
    /// The records with their German negative article (glossary terms).
    static let germanRecords = [
        "referral": "keine Anmeldung", "slot": "keinen Platz", "session": "keine Sprechstunde", "specialist": "keine Fachkraft",
        "roster": "keinen Terminplan",
        "client": "keine Klient:in", "appointment": "keinen Termin", "assessment": "keine Einschätzung",
        "follow-up step": "keinen Folgeschritt", "caseworker entry": "keinen Eintrag für die Integrationsmanager:in",
        "consent": "keine Einwilligung", "screening": "kein Screening", "outbox message": "keine Nachricht {id} im Postausgang",
        "goal": "kein Ziel {id} im Integrationsplan",
    ]

    /// English phrases where "no RECORD ID" does not read well.
    static let englishRecords = ["outbox message": "no message {id} in the outbox", "goal": "no goal {id} in the help plan"]

    /// The English and German sentence for `record` `id` (`{id}` in a phrase says where
    /// the number stands; else it follows the phrase).
    static func sentences(_ record: String, _ id: String) -> (en: String, de: String) {
        func filled(_ phrase: String) -> String {
            phrase.contains("{id}") ? phrase.replacingOccurrences(of: "{id}", with: id) : "\(phrase) \(id)"
        }
        let german = germanRecords[record].map { "Es gibt \(filled($0))." } ?? "Es gibt keinen Eintrag „\(record)“ \(id)."
        return ("There is \(filled(englishRecords[record] ?? "no \(record)")).", german)
    }

    /// The `NotFound` error of `interface` (`org.lotse.Referrals`).
    static func error(_ interface: String, _ record: String, _ id: String) -> VarlinkError {
        let (english, german) = sentences(record, id)
        return VarlinkError("\(interface).NotFound", parameters: [
            "record": .string(record), "id": .string(id), "message": .string(english), "messageDe": .string(german),
        ])
    }
}
