import LotseCore

extension ClientCommand {
    static let scopes = ConsentScope.allCases.map(\.rawValue)

    /// `lotse client`: clients as pseudonyms, consent, hand-over.
    public static let spec = CommandSpec(
        "client",
        summary: Bilingual(de: "Klient:innen (Pseudonyme), Einwilligung, Übergabe", en: "clients (pseudonyms), consent, hand-over"),
        verbs: [
            VerbSpec("new", options: [
                .value("municipality", .municipality, asked: true, de: "die Gemeinde der Klient:in (Groß- und Kleinschreibung egal)",
                       en: "the client's municipality (any case)"),
                .value("caseworker", .user, de: "Koordination: für diese Integrationsmanager:in anlegen", en: "coordinators: open the client for this caseworker"),
                .value("pseudonym", .pseudonym, de: "Koordination: dieses freie Pseudonym statt des nächsten", en: "coordinators: this unused pseudonym instead of the next"),
            ], de: "Legt eine Klient:in an; der Dienst vergibt das nächste freie Pseudonym.\nNur die Koordination darf ein Pseudonym wählen (sonst verriete die Antwort, ob es einen Fall gibt).",
               en: "Opens a client for you; the daemon issues the next free pseudonym.\nOnly coordinators may choose one (the answer would tell whether a client exists).",
               examples: ["client new --municipality Kornwestheim"]),
            VerbSpec("list", options: [
                .value("caseworker", .user, de: "Koordination: nur die Fälle dieser Person", en: "coordinators: only this caseworker's clients"),
            ], de: "Ihre Klient:innen (Koordination: alle oder die einer Person).", en: "Your clients (coordinators: all, or one caseworker's).",
               exitStatus: Bilingual(de: "69 Dienst läuft nicht, 77 nicht Ihre Rolle.", en: "69 daemon not running, 77 not your role.")),
            VerbSpec("show", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)],
                     de: "Ein Fall mit Einwilligungen und Anmeldungen.", en: "One client with consents and referrals."),
            VerbSpec("consent", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)], options: [
                .value("date", .date, de: "der Tag der Einwilligung im Fall (nicht vor der Eröffnung in Lotse)", en: "the day consent was given in the case (not before it was opened in Lotse)"),
                .value("given", .date, de: "auf Papier an diesem Tag gegeben (auch vor der Eröffnung, nicht in der Zukunft)", en: "given on a paper form on that day (may be before the case was opened, not in the future)"),
                .value("scope", .keywords(scopes), de: "Umfang: anmeldung, screening, austausch-mit-fachkraft (Vorgabe anmeldung)", en: "scope: referral, screening, exchange-with-specialist (default referral)"),
                .flag("withdraw", de: "Widerruf erfassen (mit --scope nur diese Bereiche)", en: "record a withdrawal (with --scope only those scopes)"),
            ], de: "Erfasst die Einwilligung (oder mit --withdraw ihren Widerruf: jede geltende endet an dem Tag;\nohne „anmeldung“ in --scope wird die offene Anmeldung zurückgezogen).",
               en: "Records the client's consent (or with --withdraw its withdrawal: every consent in force ends\nthat day; without referral in --scope the open referral is withdrawn).",
               examples: ["client consent K-2026-0042 --date 21.11.2026 --scope screening,referral", "client consent K-2026-0042 --given 03.11.2025"]),
            VerbSpec("close", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)],
                     de: "Schließt den Fall (keine offene Anmeldung); die Daten werden nach der Aufbewahrungsfrist gelöscht.",
                     en: "Closes the case (no open referral); its data is deleted after the retention period."),
            VerbSpec("reopen", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)],
                     de: "Öffnet einen abgeschlossenen Fall wieder.", en: "Reopens a closed case."),
            VerbSpec("handover", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)], options: [
                .value("to", .user, asked: true, de: "die neue zuständige Integrationsmanager:in (Benutzername)", en: "the new caseworker (user name)"),
            ], de: "Koordination: übergibt den Fall an eine andere Integrationsmanager:in.",
               en: "Coordinators: hand the client to another caseworker.",
               examples: ["client handover K-2026-0042 --to mueller"]),
        ],
        exitStatus: Bilingual(de: "65 ein Wert ist falsch, 67 keine solche Klient:in, 69 Dienst läuft nicht, 75 Grenze neuer Klient:innen je Stunde erreicht, 77 nicht Ihr Fall oder nicht Ihre Rolle.",
                              en: "65 a value is wrong, 67 no such client, 69 daemon not running, 75 hourly limit of new clients reached, 77 not your client or role."))
}
