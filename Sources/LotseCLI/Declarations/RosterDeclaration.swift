extension RosterCommand {
    static let month = OperandSpec("MONTH", .month)
    static let referral = OperandSpec("REFERRAL", .number(placeholder: "REFERRAL"))
    static let output = OptionSpec.value("output", .file(placeholder: "FILE"), short: "o", de: "in DATEI statt auf die Standardausgabe", en: "write to FILE instead of standard output")
    /// `--csv-form`: which CSV form an export takes (roster and report alike).
    static let csvForm = OptionSpec.value("csv-form", .keyword(["spreadsheet", "machine"]),
                                          de: "CSV für eine Tabellenkalkulation (tabellenkalkulation, Vorgabe: Semikolon, BOM, Spaltenköpfe\nin der Sprache) oder für Skripte (maschinell: Komma, englische Schlüssel)",
                                          en: "CSV for spreadsheets (spreadsheet, default: semicolons, BOM, headers in the\nlanguage) or for scripts (machine: commas, English keys)")

    /// `lotse roster`: the coordinator's month.
    public static let spec = CommandSpec(
        "roster",
        summary: Bilingual(de: "Terminplan: planen, prüfen, freigeben, veröffentlichen, exportieren", en: "monthly roster: plan, review, approve, publish, export"),
        verbs: [
            VerbSpec("plan", operands: [month], de: "Plant den Monat aus der Warteliste (ein Entwurf; angeheftete und von Hand gesetzte Einträge\nund gebuchte Termine bleiben).",
                     en: "Plans the month from the waiting list (a draft; pinned and manual entries stay, booked\nappointments stay).", examples: ["roster plan 01.2027"]),
            VerbSpec("show", operands: [month], options: [
                .value("version", .number(placeholder: "N"), de: "eine frühere Version", en: "an earlier version"),
                .flag("changes", de: "was sich seit der vorigen Version geändert hat", en: "what changed since the previous version"),
                .value("format", .keyword(["csv", "ics", "html", "json"]), de: "exportieren (ics: ein VEVENT je Termin, nur Pseudonyme; html: druckbar)", en: "export (ics: one VEVENT per appointment, pseudonyms only; html: printable)"),
                output,
                .value("lang", .keyword(["de", "en"]), de: "Sprache des Exports (Vorgabe: aus LANG)", en: "language of exports (default: from LANG)"),
                csvForm,
            ], de: "Der Plan als Tabelle oder exportiert.", en: "The roster as a table, or exported.",
               examples: ["roster show 2027-01 --format html -o roster.html"]),
            VerbSpec("pin", operands: [month, referral], options: [.flag("unpin", de: "wieder lösen", en: "release again")],
                     de: "Heftet eine Anmeldung an ihren Platz, so dass ein neuer Plan sie nicht verschiebt.", en: "Pins a referral to its slot so that a new plan keeps it."),
            VerbSpec("move", operands: [month, referral, OperandSpec("SLOT", .slot)],
                     de: "Verschiebt eine Anmeldung auf einen anderen Platz (PLATZ ist SPRECHSTUNDE-NR, z. B. 12-3: der dritte\nPlatz der Sprechstunde 12).", en: "Moves a referral to another slot (SLOT is SESSION-INDEX, e.g. 12-3)."),
            VerbSpec("drop", operands: [month, referral], de: "Nimmt eine Anmeldung aus dem Entwurf.", en: "Takes a referral out of the draft."),
            VerbSpec("add", operands: [month, referral, OperandSpec("SLOT", .slot)],
                     de: "Setzt von Hand, geprüft gegen jede harte Bedingung.", en: "Manual placement, checked against every hard constraint."),
            VerbSpec("approve", operands: [month], de: "Gibt den Entwurf frei.", en: "Approves the draft."),
            VerbSpec("publish", operands: [month], de: "Veröffentlicht: Termine, Nachrichten an Integrationsmanager:innen und Fachkräfte; die Version ist fest.",
                     en: "Publishes: appointments, mails to caseworkers and specialists, version frozen."),
            VerbSpec("refill", operands: [month], de: "Bietet frei gewordene Plätze den besten wartenden Anmeldungen an (in einem Entwurf zum\nFreigeben und Veröffentlichen).",
                     en: "Offers freed slots to the best waiting referrals (in a draft to approve and publish)."),
            VerbSpec("problem", operands: [month], options: [output],
                     de: "Das Problem des Monats im Format lotse-plan/1, wie der nächste Plan es löst (angeheftete und von\nHand gesetzte Einträge und gebuchte Termine herausgenommen): ändern und mit lotse solve DATEI ausprobieren.",
                     en: "The month's problem in lotse-plan/1 as the next plan would solve it (pinned, manual and booked\nentries taken out): change it and try it offline with lotse solve FILE.",
                     examples: ["roster problem 2027-01 -o problem.json"]),
            VerbSpec("waiting", operands: [OperandSpec("MONTH", .month, optional: true)],
                     de: "Die Warteliste: Dringlichkeit, dann Wartezeit; der Grund aus dem letzten Plan (des MONATs, wenn\nangegeben); ! über der Höchstwartezeit.",
                     en: "The waiting list: urgency, then waiting time; the reason from the last plan (of MONTH if given);\n! over the waiting limit.",
                     exitStatus: Bilingual(de: "69 Dienst läuft nicht, 77 keine Berechtigung (nur Koordination und Administration).",
                                           en: "69 daemon not running, 77 permission denied (coordinators and admins only).")),
        ],
        exitStatus: Bilingual(de: "65 abgelehnt (die Bedingung wird genannt), 67 nicht gefunden, 69 Dienst läuft nicht, 73 DATEI nicht schreibbar, 77 keine Berechtigung (nur Koordination).",
                              en: "65 refused (the constraint is named), 67 not found, 69 daemon not running, 73 cannot write FILE, 77 permission denied (coordinators only)."))
}
