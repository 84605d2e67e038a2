extension SpecialistCommand {
    /// `lotse specialist`: the consultation's specialists.
    public static let spec = CommandSpec(
        "specialist",
        summary: Bilingual(de: "Fachkräfte der Sprechstunde", en: "the consultation's specialists"),
        verbs: [
            VerbSpec("add", options: [
                .value("name", .text(placeholder: "NAME"), required: true, de: "Name, wie er in Plänen steht", en: "name as rosters show it"),
                .value("qualification", .text(placeholder: "QUALIFICATION"), required: true, de: "Qualifikation (z. B. Psychiatrie)", en: "qualification (e.g. Psychiatrie)"),
                .value("languages", .languages, required: true, de: "Gesprächssprachen, ISO-639-Codes", en: "consultation languages, ISO 639 codes"),
                .value("email", .text(placeholder: "ADDRESS"), required: true, de: "Mailadresse für Terminlisten", en: "mail address for appointment lists"),
                .value("user", .user, required: true, de: "das Konto der Fachkraft (Benutzername)", en: "the specialist's account (user name)"),
            ], de: "Fügt eine Fachkraft hinzu (Koordination).", en: "Adds a specialist (coordinators).",
               examples: ["specialist add --name \"Dr. Brandt\" --qualification Psychiatrie --languages de,uk,ru --email brandt@example.org --user brandt"]),
            VerbSpec("list", de: "Jede Fachkraft mit Nummer, Sprachen und Benutzername (die Nummer oder den Benutzernamen nimmt\n--specialist).",
                     en: "Every specialist with number, languages and user name (--specialist takes the number or the\nuser name)."),
        ],
        exitStatus: Bilingual(de: "65 ungültiger Wert, 69 Dienst läuft nicht, 77 keine Berechtigung.",
                              en: "65 invalid value, 69 daemon not running, 77 permission denied."))
}
