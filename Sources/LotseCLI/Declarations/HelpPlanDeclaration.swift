import LotseCore

extension HelpPlanCommand {
    /// `lotse helpplan`: the client's help plan (Integrationsplan).
    public static let spec = CommandSpec(
        "helpplan",
        summary: Bilingual(de: "Integrationsplan: Ziele, Verlauf, Überprüfung", en: "help plan: goals, history, review"),
        verbs: [
            VerbSpec("show", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)], de: "Der aktuelle Integrationsplan.", en: "The current help plan."),
            VerbSpec("goal add", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)], options: [
                .value("domain", .keyword(GoalDomain.allCases.map(\.rawValue)), asked: true, de: "der Bereich des Ziels", en: "the goal's domain"),
                .value("title", .text(placeholder: "TEXT"), asked: true, de: "das Ziel in wenigen Worten", en: "the goal in a few words"),
                .value("target", .date, de: "bis wann", en: "target date"),
                .value("notes", .text(placeholder: "TEXT"), de: "Anmerkungen", en: "notes"),
            ], de: "Fügt ein Ziel hinzu; das erste Ziel eröffnet den Plan.", en: "Adds a goal; the first goal opens the plan.",
               examples: ["helpplan goal add K-2026-0042 --domain language --title \"B1-Kurs\" --target 30.06.2027"]),
            VerbSpec("goal update", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym), OperandSpec("GOAL", .number(placeholder: "GOAL"))], options: [
                .value("status", .keyword(GoalStatus.allCases.map(\.rawValue)), de: "der neue Stand", en: "the new status"),
                .value("target", .date, de: "bis wann", en: "target date"),
                .value("notes", .text(placeholder: "TEXT"), de: "Anmerkungen", en: "notes"),
            ], de: "Ändert ein Ziel.", en: "Changes a goal."),
            VerbSpec("history", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)],
                     de: "Jede Version mit Verfasser:in und Zeit.", en: "Every version with author and time."),
            VerbSpec("review", operands: [OperandSpec("K-YYYY-NNNN", .pseudonym)],
                     de: "Erfasst eine Überprüfung; die nächste ist [helpplan] review_months später fällig.",
                     en: "Records a review; the next one is due [helpplan] review_months later."),
        ],
        exitStatus: Bilingual(de: "65 ein Wert ist falsch, 67 keine solche Klient:in oder kein solches Ziel, 69 Dienst läuft nicht, 77 nicht Ihr Fall oder nicht Ihre Rolle.",
                              en: "65 a value is wrong, 67 no such client or goal, 69 daemon not running, 77 not your client or role."))
}
