import LotseCore
import LotseProtocol

/// How clients read for people.
enum ClientText {
    static func consents(_ client: ReferralsProtocol.Client, _ l: OutputLanguage) -> String {
        guard !client.consents.isEmpty else { return l.pick(de: "keine", en: "none") }
        return client.consents.map { consent in
            var text = DateText.show(consent.givenOn)
            // A paper consent, or one entered later than given, shows when it was recorded.
            if consent.onPaper {
                text += l.pick(de: " auf Papier", en: " on paper")
            }
            if let recorded = consent.recordedOn, consent.onPaper || recorded != consent.givenOn {
                text += l.pick(de: ", erfasst am ", en: ", recorded on ") + DateText.show(recorded)
            }
            text += " (" + CaseworkLabels.scopes(consent.scope, l) + ")"
            if let withdrawn = consent.withdrawnOn {
                text += l.pick(de: ", widerrufen am ", en: ", withdrawn on ") + DateText.show(withdrawn)
            }
            return text
        }.joined(separator: "; ")
    }

    static func list(_ clients: [ReferralsProtocol.Client], language l: OutputLanguage) -> String {
        guard !clients.isEmpty else { return l.pick(de: "Keine Klient:innen.\n", en: "No clients.\n") }
        var table = TextTable(header: l == .german
            ? ["Pseudonym", "Gemeinde", "Integrationsmanager:in", "Seit", "Einwilligung", "Offene Anmeldung"]
            : ["Pseudonym", "Municipality", "Caseworker", "Since", "Consent", "Open referral"])
        for client in clients {
            table.add([
                client.pseudonym,
                MunicipalityID.name(of: client.municipality),
                client.caseworker,
                DateText.show(client.openedOn),
                client.consents.isEmpty ? l.pick(de: "nein", en: "no") : l.pick(de: "ja", en: "yes"),
                client.openReferral.map(String.init) ?? "—",
            ])
        }
        return table.rendered
    }

    static func detail(_ client: ReferralsProtocol.Client, language l: OutputLanguage) -> String {
        let lines: [(String, String)] = [
            (l.pick(de: "Pseudonym", en: "Pseudonym"), client.pseudonym),
            (l.pick(de: "Integrationsmanager:in", en: "Caseworker"), client.caseworker),
            (l.pick(de: "Gemeinde", en: "Municipality"), MunicipalityID.name(of: client.municipality)),
            (l.pick(de: "Status", en: "Status"), client.status == .closed
                ? l.pick(de: "abgeschlossen am ", en: "closed on ") + DateText.show(client.closedOn)
                : l.pick(de: "aktiv", en: "active")),
            (l.pick(de: "Eröffnet am", en: "Opened on"), DateText.show(client.openedOn)),
            (l.pick(de: "Einwilligungen", en: "Consents"), consents(client, l)),
            (l.pick(de: "Offene Anmeldung", en: "Open referral"), client.openReferral.map(String.init) ?? "—"),
        ]
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0 + ":" + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 + "\n" }.joined()
    }
}
