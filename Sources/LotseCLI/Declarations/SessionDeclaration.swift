import LotseCore

extension SessionCommand {
    /// `lotse session`: consultation sessions, and the specialist's day.
    public static let spec = CommandSpec(
        "session",
        summary: Bilingual(de: "Sprechstunden, wiederkehrend nach RRULE; der Tag der Fachkraft", en: "consultation sessions, recurring by RRULE; the specialist's day"),
        verbs: [
            VerbSpec("add", options: [
                .value("specialist", .specialist, required: true, de: "die Fachkraft (Nummer oder Benutzername, lotse specialist list)", en: "the specialist (number or login, lotse specialist list)"),
                .value("date", .date, required: true, de: "der (erste) Tag", en: "the (first) day"),
                .value("start", .time, required: true, de: "Beginn HH:MM (Europe/Berlin)", en: "start HH:MM (Europe/Berlin)"),
                .value("slots", .number(placeholder: "N"), required: true, de: "Zahl der Plätze", en: "number of slots"),
                .value("minutes", .number(placeholder: "MINUTES"), required: true, de: "Minuten je Platz", en: "minutes per slot"),
                .value("place", .text(placeholder: "PLACE"), required: true, de: "Ort", en: "place"),
                .value("kinds", .keywords(ReferralKind.allCases.map(\.rawValue)), de: "welche Arten (Vorgabe: alle)", en: "which kinds (default: all)"),
                .value("interpreters", .languages, de: "Sprachen, für die Dolmetschung bereitsteht", en: "languages with an interpreter"),
                .value("rrule", .text(placeholder: "RULE"), de: "Wiederholung, z. B. FREQ=MONTHLY;BYDAY=1TU (erster Dienstag), mit UNTIL=JJJJMMTT\noder COUNT=N (ohne beides: zwölf Monate)", en: "recurrence, e.g. FREQ=MONTHLY;BYDAY=1TU (first Tuesday), with UNTIL=YYYYMMDD or\nCOUNT=N (without either: twelve months ahead)"),
                .flag("past", de: "eine Sprechstunde, die stattgefunden hat (ihre Plätze werden nie angeboten)", en: "a session that took place (its slots are never offered)"),
            ], de: "Legt eine Sprechstunde an; mit --rrule jede Wiederholung ab --date. Ein Tag vor heute wird\nabgelehnt, außer --past hält eine vergangene fest.",
               en: "Adds a session; with --rrule every occurrence from --date on. A date before today is refused\nunless --past records a session that took place.",
               examples: ["session add --specialist 1 --date 05.01.2027 --start 14:00 --slots 4 --minutes 45 --place \"Landratsamt, Raum 2.14\" --rrule \"FREQ=MONTHLY;BYDAY=1TU\""]),
            VerbSpec("list", operands: [OperandSpec("MONTH", .month, optional: true)],
                     de: "Die Sprechstunden des Monats (Vorgabe: dieser Monat).", en: "The month's sessions (default: this month)."),
            VerbSpec("cancel", operands: [OperandSpec("ID", .number(placeholder: "ID"))], options: [
                .flag("series", de: "die Serie ab dieser Sprechstunde", en: "the series from this session on"),
            ], de: "Sagt eine Sprechstunde ab; gebuchte Fälle kommen vorn auf die Warteliste, ihre\nIntegrationsmanager:innen erfahren es.",
               en: "Cancels a session; booked clients go back to the head of the waiting list and their\ncaseworkers are told."),
            VerbSpec("today", options: [
                .value("date", .date, de: "ein anderer Tag", en: "another day"),
            ], de: "Ihre Termine des Tages (Koordination: alle) mit Pseudonym, Art, Sprache, Dolmetschung, Screening\nund der Notiz der Integrationsmanager:in; dann vergangene Termine ohne Ergebnis.",
               en: "Your appointments of the day (coordinators: every session's), with pseudonym, kind, language,\ninterpreter, screening and the caseworker's note; then past appointments without an outcome.",
               examples: ["session today"]),
            VerbSpec("show", operands: [OperandSpec("ID", .number(placeholder: "ID"))],
                     de: "Die Termine einer Ihrer Sprechstunden.", en: "The appointments of one of your sessions."),
        ],
        exitStatus: Bilingual(de: "65 ungültiger Wert, 67 nicht gefunden, 69 Dienst läuft nicht, 77 keine Berechtigung.",
                              en: "65 invalid value, 67 not found, 69 daemon not running, 77 permission denied."))
}
