import LotseCore

extension AssessmentCommand {
    static let appointment = OperandSpec("APPOINTMENT", .number(placeholder: "APPOINTMENT"))
    static let assessment = OperandSpec("ID", .number(placeholder: "ID"))
    static let note = OptionSpec.value("note", .text(placeholder: "TEXT"), asked: true, de: "kurze Anamnese-Notiz (Gesundheitsdaten, höchstens 2000 Zeichen)",
                                       en: "short anamnesis note (health data, at most 2000 characters)")
    static func recommend(required: Bool) -> OptionSpec {
        .value("recommend", .code(placeholder: "RECOMMENDATION"), required: required, de: "Empfehlung aus dem Katalog mit ihrer Bezeichnung („Ambulante Psychotherapie“), wiederholbar;\n„Erneute Vorstellung:3“ heißt „in 3 Monaten wieder vorstellen“",
                en: "recommendation from the catalogue, by code or label (\"outpatient psychotherapy\"), repeatable;\n\"present again:3\" or present-again:3 for \"present again in 3 months\"")
    }
    static let step = OptionSpec.value("step", .text(placeholder: "STEP"), de: "ein Folgeschritt \"FÄLLIG;ZUSTÄNDIG;TEXT\", wiederholbar: Tag (nicht vor dem Termin),\nintegrationsmanager-in|fachkraft|koordination[:KONTO]",
                                       en: "a follow-up step \"DUE;OWNER;TEXT\", repeatable: day (not before the appointment),\ncaseworker|specialist|coordinator[:USER]")

    /// `lotse assessment`: what the specialist records.
    public static let spec = CommandSpec(
        "assessment",
        summary: Bilingual(de: "Anwesenheit, Einschätzung, Empfehlungen, Korrekturen", en: "attendance, assessment, recommendations, corrections"),
        verbs: [
            VerbSpec("attend", operands: [appointment, OperandSpec("OUTCOME", .keyword(Attendance.allCases.map(\.rawValue)))],
                     de: "Hält fest, was geschah (nie automatisch). wahrgenommen und nicht-erschienen erst am Tag oder\ndanach; nicht-erschienen bringt die Anmeldung zurück auf die Warteliste ([planning] no_show).",
                     en: "Records what happened (never set automatically). attended and no-show on or after the day\nonly; a no-show returns the referral to the waiting list ([planning] no_show)."),
            VerbSpec("unresolved", de: "Vergangene Termine ohne Ergebnis (Fachkräfte: die eigenen; Koordination: alle).",
                     en: "Past appointments without an outcome (specialists: their own; coordinators: all)."),
            VerbSpec("record", operands: [appointment], options: [note, recommend(required: true), step],
                     de: "Die Einschätzung eines besuchten eigenen Termins (hält „wahrgenommen“ fest, wenn es noch niemand\ntat), einmal je Anmeldung. Empfehlungen und Schritte gehen als neue Version in den Integrationsplan.",
                     en: "The assessment of an attended appointment of yours (records \"attended\" if nobody did), once per\nreferral. Recommendations and steps are added to the client's help plan as a new version.",
                     examples: ["assessment record 17 --note \"…\" --recommend outpatient-psychotherapy --step \"15.01.2027;caseworker;Therapieplatz anfragen\""]),
            VerbSpec("amend", operands: [assessment], options: [
                .value("reason", .text(placeholder: "TEXT"), asked: true, de: "warum korrigiert wird", en: "why it is corrected"),
                .value("note", .text(placeholder: "TEXT"), de: "die neue Notiz", en: "the new note"), recommend(required: false), step,
            ], de: "Korrigiert eine eigene Einschätzung innerhalb von [assessments] amend_days (14): eine neue Version,\ndie alte bleibt. --recommend ersetzt alle Empfehlungen, --step fügt Schritte hinzu.",
               en: "Corrects an assessment you recorded, within [assessments] amend_days (14): a new version, the\nold one is kept. --recommend replaces all recommendations, --step adds steps."),
            VerbSpec("history", operands: [assessment], de: "Jede Version mit Verfasser:in, Zeit und Grund.", en: "Every version with its author, time and reason."),
            VerbSpec("show", operands: [assessment], de: "Die Notiz nur für ihre Fachkraft und die zuständige Integrationsmanager:in; die Koordination sieht die Codes.",
                     en: "The note only for its specialist and the client's caseworker; coordinators see the codes."),
            VerbSpec("list", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)], de: "Die Einschätzungen eines Falls.", en: "A client's assessments."),
        ],
        exitStatus: Bilingual(de: "65 ein Wert ist falsch (die Meldung nennt ihn), 67 kein solcher Termin, keine solche Einschätzung oder Klient:in, 69 Dienst läuft nicht, 77 nicht Ihr Termin, Fall oder Ihre Rolle.",
                              en: "65 a value is wrong (the message names it), 67 no such appointment, assessment or client, 69 daemon not running, 77 not your appointment, client or role."))
}
