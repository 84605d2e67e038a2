extension AcuteRiskQuestions {
    /// The acute-risk answers `screen` and `referral submit` take.
    static let options: [OptionSpec] = [
        .value("suicidality", .keyword(["yes", "no"]), de: "Frage 1 zur akuten Gefahr, zuerst gestellt (am Terminal gefragt); ja oder nein",
               en: "acute-risk question 1, asked first (prompted on a terminal)"),
        .value("danger-to-others", .keyword(["yes", "no"]), de: "Frage 2 zur akuten Gefahr (Fremdgefährdung); ja oder nein", en: "acute-risk question 2 (danger to others)"),
        .flag("no-acute-risk", de: "beide Antworten nein", en: "both answers no"),
    ]
}

extension ScreenCommand {
    /// `lotse screen`: screenings with the acute-risk questions first.
    public static let spec = CommandSpec(
        "screen",
        summary: Bilingual(de: "Screening erfassen (akute Gefahr zuerst), Instrumente, Verlauf", en: "record a screening (acute risk first), instruments, history"),
        verbs: [
            VerbSpec("", operands: [OperandSpec("K-YYYY-NNNN", .pseudonymAfterAcuteRisk)], options: [
                .value("instrument", .code(placeholder: "INSTRUMENT"), de: "das Instrument (lotse screen instruments); nötig, außer nach einem Ja zur akuten Gefahr",
                       en: "the instrument (lotse screen instruments); needed unless an acute-risk question is answered yes"),
                .value("answers", .text(placeholder: "ANSWERS"), de: "die Antworten A1,A2,… in Item-Reihenfolge; ohne sie am Terminal einzeln erfragt",
                       en: "the answers A1,A2,... in item order; without them asked item by item on a terminal"),
            ] + AcuteRiskQuestions.options,
               de: "Erfasst ein Screening. Die Fragen zur akuten Gefahr kommen zuerst: ein Ja reiht nichts ein, zeigt\nsofort den Notfallweg, alarmiert die Koordination und speichert das Screening als eskaliert, mit\nder mit Ja beantworteten Frage und den bis dahin gegebenen --answers. Antworten, die nicht zum\nInstrument passen, werden nicht gespeichert, und lotse sagt es. Ohne Ja werden fehlende Antworten\nam Terminal einzeln erfragt.",
               en: "Records a screening. The acute-risk questions come first: a yes queues nothing, prints the\nemergency route at once, alerts the coordinators and stores the screening marked escalated, with\nthe question answered yes and the --answers given so far. Answers that do not fit the instrument\nare not stored, and lotse says so. Without a yes, on a terminal, missing answers are asked for\nitem by item.",
               examples: ["screen K-2026-0042 --instrument yesno10 --no-acute-risk --answers 1,0,1,1,0,0,1,0,0,0"]),
            VerbSpec("instruments", de: "Die eingerichteten Instrumente (Items, Antwortbereiche, Bänder).", en: "The configured instruments (items, answer ranges, bands)."),
            VerbSpec("history", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)],
                     de: "Die Screenings des Falls (Gesundheitsdaten; protokolliert).", en: "The client's screenings (health data; audited)."),
        ],
        exitStatus: Bilingual(de: "0 auch nach einer Eskalation wegen akuter Gefahr, 65 ein Wert ist falsch, 67 keine solche Klient:in, 69 Dienst läuft nicht, 75 Grenze der Meldungen akuter Gefahr je Stunde erreicht, 77 nicht Ihr Fall oder nicht Ihre Rolle.",
                              en: "0 also after an acute-risk escalation, 65 a value is wrong, 67 no such client, 69 daemon not running, 75 hourly limit of acute-risk alerts reached, 77 not your client or role."))
}
