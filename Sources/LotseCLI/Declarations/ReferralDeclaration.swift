import LotseCore

extension ReferralCommand {
    static let kinds = ReferralKind.allCases.map(\.rawValue)
    static let urgencies = Urgency.allCases.map(\.rawValue)

    /// The details `submit` and `update` share.
    static let detailOptions: [OptionSpec] = [
        .value("kind", .keyword(kinds), de: "Art der Anmeldung", en: "kind of referral"),
        .value("language", .languages, de: "ISO-639-Code der Gesprächssprache (ar, uk, fa, prs, ti, …)", en: "ISO 639 code of the consultation language (ar, uk, fa, prs, ti, ...)"),
        .flag("interpreter", de: "Dolmetschung nötig", en: "an interpreter is needed"),
        .value("urgency", .keyword(urgencies), de: "Dringlichkeit, wenn sie nicht aus einem Screening kommt (mit --urgency-reason)", en: "urgency when not from a screening (with --urgency-reason)"),
        .value("urgency-reason", .text(placeholder: "TEXT"), de: "Begründung der Dringlichkeit", en: "why this urgency"),
        .value("unavailable", .dates, de: "Tage, an denen die Klient:in nicht kann", en: "days the client cannot come"),
        .value("prefer", .specialist, de: "bevorzugte Fachkraft (Nummer oder Benutzername; 0: keine)", en: "preferred specialist (number or user name; 0: none)"),
        .value("exclude", .specialists, de: "ausgeschlossene Fachkräfte (Nummern oder Benutzernamen)", en: "excluded specialists (numbers or user names)"),
        .value("note", .text(placeholder: "TEXT"), de: "kurze Notiz für die Fachkraft (höchstens 500 Zeichen)", en: "short note for the specialist (at most 500 characters)"),
    ]

    /// The details as `submit` takes them: kind and language are needed (asked for on a
    /// terminal after the acute-risk questions, so the parser leaves them to the command),
    /// which help shows by listing them without brackets.
    static let submitDetailOptions: [OptionSpec] = [
        .value("kind", .keyword(kinds), required: true, asked: true, de: "Art der Anmeldung", en: "kind of referral"),
        .value("language", .languages, required: true, asked: true, de: "ISO-639-Code der Gesprächssprache (ar, uk, fa, prs, ti, …)",
               en: "ISO 639 code of the consultation language (ar, uk, fa, prs, ti, ...)"),
    ] + detailOptions.filter { $0.name != "kind" && $0.name != "language" }

    /// `lotse referral`: referrals to the consultation.
    public static let spec = CommandSpec(
        "referral",
        summary: Bilingual(de: "Anmeldungen: einreichen, Stand, ändern, zurückziehen", en: "referrals: submit, standing, update, withdraw"),
        verbs: [
            VerbSpec("submit", options: [
                .value("client", .pseudonymAfterAcuteRisk, asked: true, de: "der Fall", en: "the client"),
            ] + submitDetailOptions + [
                .value("screening", .number(placeholder: "ID"), de: "das Screening, aus dem die Dringlichkeit kommt (Vorgabe: das letzte)", en: "the screening the urgency comes from (default: the client's latest)"),
                .value("consent-override", .text(placeholder: "REASON"), de: "ohne erfasste Einwilligung einreichen (gespeichert und protokolliert)", en: "submit without recorded consent (stored and audited)"),
            ] + AcuteRiskQuestions.options,
               de: "Meldet eine Klient:in zur Sprechstunde an. Die Fragen zur akuten Gefahr kommen zuerst: ein Ja reiht nichts ein, zeigt\nden Notfallweg und alarmiert die Koordination. Fehlende Pflichtangaben werden am Terminal erfragt.",
               en: "Refers a client. Acute-risk questions come first: a yes queues nothing, prints the emergency\nroute and alerts the coordinators. Missing required values are asked for on a terminal.",
               examples: ["referral submit --client K-2026-0042 --kind assessment --language uk --interpreter --no-acute-risk"]),
            VerbSpec("list", operands: [OperandSpec("MONTH", .month, optional: true)], options: [
                .value("status", .keywords(ReferralStatus.allCases.map(\.rawValue)),
                       de: "nur Anmeldungen in diesen Zuständen", en: "only referrals in these states"),
                .value("month", .month, de: "nur die in diesem Monat angemeldeten", en: "only those referred in this month"),
                .value("caseworker", .user, de: "Koordination: nur die einer Person", en: "coordinators: only one caseworker's"),
                .flag("waiting", de: "Koordination: die Warteliste (wie lotse roster waiting [MONAT])", en: "coordinators: the waiting list (as lotse roster waiting [MONTH])"),
            ], de: "Ihre Anmeldungen (Koordination: alle) mit Wartezeit und Termin oder Grund des Wartens.\nMit --waiting die Warteliste nach Dringlichkeit und Wartezeit, mit dem Grund aus dem letzten Plan.",
               en: "Your referrals (coordinators: all), with waiting time and slot or reason for waiting.\nWith --waiting the waiting list by urgency and waiting time, with the reason from the last plan.",
               examples: ["referral list", "referral list --waiting"]),
            VerbSpec("show", operands: [OperandSpec("ID", .number(placeholder: "ID"))],
                     de: "Eine Anmeldung mit ihrem Stand und Termin.", en: "One referral with its standing and appointment."),
            VerbSpec("update", operands: [OperandSpec("ID", .number(placeholder: "ID"))],
                     options: detailOptions + [.flag("no-interpreter", de: "keine Dolmetschung mehr nötig", en: "no interpreter needed any more")],
                     de: "Ändert eine Anmeldung, solange sie wartet.", en: "Changes a referral while it is waiting.",
                     examples: ["referral update 17 --unavailable 05.01.2027,12.01.2027"]),
            VerbSpec("withdraw", operands: [OperandSpec("ID", .number(placeholder: "ID"))], options: [
                .value("reason", .text(placeholder: "TEXT"), asked: true, de: "der Grund", en: "the reason"),
            ], de: "Zieht eine Anmeldung zurück.", en: "Withdraws a referral."),
        ],
        exitStatus: Bilingual(de: "65 ein Wert ist falsch (die Meldung nennt ihn), 67 keine solche Klient:in oder Anmeldung, 69 Dienst läuft nicht, 75 Grenze je Stunde erreicht (neue Klient:innen, Meldungen akuter Gefahr), 77 nicht Ihr Fall oder nicht Ihre Rolle.",
                              en: "65 a value is wrong (the message names it), 67 no such client or referral, 69 daemon not running, 75 hourly limit reached (new clients, acute-risk alerts), 77 not your client or not your role."))
}
