extension SolveCommand {
    /// `lotse solve`: the planner offline.
    public static let spec = CommandSpec(
        "solve",
        summary: Bilingual(de: "einen Monat offline planen (lotse-plan/1), ohne Dienst", en: "plan a month offline (lotse-plan/1), no daemon needed"),
        connects: false,
        verbs: [
            VerbSpec("", operands: [OperandSpec("PROBLEM.json", .file(placeholder: "PROBLEM.json"))], options: [
                .value("output", .file(placeholder: "OUT.json"), short: "o", de: "in diese Datei statt auf die Standardausgabe", en: "write to this file instead of standard output"),
            ], de: "Plant den in PROBLEM.json beschriebenen Monat (Format lotse-plan/1) und schreibt die Lösung als JSON:\ndie Zuteilungen, den erreichten Wert und wie viele Punkte höchstens besser möglich wären (keiner: optimal —\nkein besserer Plan möglich) und einen Grund für jede wartende Anmeldung. Braucht weder Dienst noch Datenbank noch Konfiguration.",
               en: "Plans the month described by PROBLEM.json (format lotse-plan/1) and writes the solution as JSON:\nthe assignments, the objective, a proven upper bound (bound == objective proves the plan optimal)\nand a reason for every referral left waiting. Needs no daemon, database or configuration.",
               examples: ["solve problem.json -o plan.json"]),
        ],
        exitStatus: Bilingual(de: "65 das Problem verletzt das Format (jeder Fehler nennt die Stelle), 66 Datei nicht lesbar, 73 Ausgabe nicht schreibbar.",
                              en: "65 the problem breaks the format (each error names the item), 66 the file cannot be read, 73 OUT.json cannot be written."))
}
