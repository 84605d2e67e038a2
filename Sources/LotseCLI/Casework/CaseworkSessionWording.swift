import LotseVarlink


/// How the caseworker interfaces' own errors read: one sentence naming the field, in
/// both languages, with exit 65 for wrong values.
public enum CaseworkSessionWording {
    /// The failure to report for an interface error of Referrals, Screening or HelpPlans.
    public static func remote(_ error: VarlinkError) -> ClientFailure {
        let suffix = error.name.split(separator: ".").last.map(String.init) ?? error.name
        let p = error.parameters
        switch suffix {
        case "InvalidValue":
            let field = p["field"]?.stringValue ?? "?"
            return ClientFailure(exitCode: .dataError,
                                 de: "\(CaseworkLabels.field(field, .german)): \(p["messageDe"]?.stringValue ?? "")." ,
                                 en: "\(field): \(p["message"]?.stringValue ?? "").")
        case "ClientNotFound":
            let client = p["client"]?.stringValue ?? "?"
            return ClientFailure(exitCode: .dataError, de: "Klient:in: \(client) gibt es nicht.", en: "client: there is no client \(client).")
        case "ReferralNotFound":
            let id = p["id"]?.integerValue ?? 0
            return ClientFailure(exitCode: .dataError, de: "Anmeldung: \(id) gibt es nicht.", en: "referral: there is no referral \(id).")
        case "OpenReferralExists":
            let client = p["client"]?.stringValue ?? "?"
            let id = p["referral"]?.integerValue ?? 0
            return ClientFailure(exitCode: .dataError,
                                 de: "Klient:in: \(client) hat schon eine offene Anmeldung (\(id)); ändern oder zurückziehen Sie diese.",
                                 en: "client: \(client) already has an open referral (\(id)); update or withdraw it instead.")
        case "NotWaiting":
            let id = p["id"]?.integerValue ?? 0
            let status = p["status"]?.stringValue
            return ClientFailure(exitCode: .dataError,
                                 de: "Anmeldung: \(id) ist \(CaseworkLabels.status(status, .german)); nur eine wartende Anmeldung kann geändert werden.",
                                 en: "referral: \(id) is \(CaseworkLabels.status(status, .english)); only a waiting referral can be changed.")
        case "TooManyNewClients":
            let limit = p["limit"]?.integerValue ?? 0
            let minutes = ((p["retryAfterSeconds"]?.integerValue ?? 0) + 59) / 60
            return ClientFailure(exitCode: .temporaryFailure,
                                 de: "Klient:in: Sie haben in der letzten Stunde schon \(limit) Klient:innen angelegt (Grenze [daemon] new_clients_per_hour); die nächste ist in \(minutes) Minute(n) wieder möglich.",
                                 en: "client: you created \(limit) clients within the last hour (limit [daemon] new_clients_per_hour); the next is possible in \(minutes) minute(s).")
        case "TooManyAlerts":
            let limit = p["limit"]?.integerValue ?? 0
            let minutes = ((p["retryAfterSeconds"]?.integerValue ?? 0) + 59) / 60
            return ClientFailure(exitCode: .temporaryFailure,
                                 de: "Klient:in: Sie haben in der letzten Stunde schon \(limit) Meldungen akuter Gefahr zu Pseudonymen ausgelöst, die nicht zu Ihren Klient:innen gehören (Grenze [emergency] alerts_per_hour); diese wurde nicht gesendet. Für Ihre eigenen Klient:innen geht die erste Meldung immer hinaus; die nächste hier ist in \(minutes) Minute(n) wieder möglich.",
                                 en: "client: you raised \(limit) acute-risk alerts within the last hour for pseudonyms that are not your clients (limit [emergency] alerts_per_hour); this one was not sent. The first alert for one of your own clients always goes out; the next one here is possible in \(minutes) minute(s).")
        default:
            let message = p["message"]?.stringValue ?? error.name
            return ClientFailure(exitCode: .software, de: "Der Dienst meldet einen Fehler: \(message)",
                                 en: "The daemon reported an error: \(message)")
        }
    }
}
