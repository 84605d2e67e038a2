extension FollowUpCommand {
    /// `lotse followup`: the steps an assessment set.
    public static let spec = CommandSpec(
        "followup",
        summary: Bilingual(de: "Folgeschritte: offen, überfällig, erledigt, übergeben", en: "follow-up steps: open, overdue, done, handed over"),
        verbs: [
            VerbSpec("list", options: [
                .flag("mine", de: "Ihre eigenen offenen Schritte (Vorgabe)", en: "your own open steps (default)"),
                .flag("overdue", de: "jeder überfällige Schritt, den Sie sehen dürfen", en: "every overdue step you may see"),
                .flag("all", de: "alle Schritte, die Sie sehen dürfen", en: "every step you may see"),
                .value("client", .pseudonym, de: "alle Schritte eines Falls", en: "all steps of one client"),
                .value("status", .keyword(["open", "done", "dropped"]), de: "nur in diesem Zustand", en: "only in this state"),
            ], de: "Folgeschritte; überfällige sind markiert und werden per Mail erinnert.", en: "Follow-up steps; overdue ones are flagged and reminded by mail.",
               examples: ["followup list --overdue"]),
            VerbSpec("done", operands: [OperandSpec("STEP", .number(placeholder: "STEP"))], de: "Hakt einen Schritt ab.", en: "Marks a step done.", exitStatus: Bilingual(de: "65 ein Wert ist falsch, 67 kein solcher Schritt, 69 Dienst läuft nicht, 77 nicht Ihr Schritt.",
                                     en: "65 a value is wrong, 67 no such step, 69 daemon not running, 77 not your step.")),
            VerbSpec("reassign", operands: [OperandSpec("STEP", .number(placeholder: "STEP")),
                                            OperandSpec("ROLE", .keyword(roles)),
                                            OperandSpec("USER", .user, optional: true)],
                     de: "Übergibt einen offenen Schritt; KONTO ist sonst die zuständige Integrationsmanager:in, die Fachkraft\nder Einschätzung oder (Koordination) Sie selbst.",
                     en: "Hands an open step over; USER defaults to the client's caseworker, the assessment's specialist,\nor (coordinator) yourself.", exitStatus: Bilingual(de: "65 ein Wert ist falsch, 67 kein solcher Schritt, 69 Dienst läuft nicht, 77 nicht Ihr Schritt.",
                                     en: "65 a value is wrong, 67 no such step, 69 daemon not running, 77 not your step.")),
        ],
        exitStatus: Bilingual(de: "65 ein Wert ist falsch, 67 kein solcher Schritt oder keine solche Klient:in, 69 Dienst läuft nicht, 77 nicht Ihr Schritt.",
                              en: "65 a value is wrong, 67 no such step or client, 69 daemon not running, 77 not your step."))
}
