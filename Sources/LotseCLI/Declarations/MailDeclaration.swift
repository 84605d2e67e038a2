extension MailCommand {
    /// `lotse mail`: the reminder outbox for coordinators.
    public static let spec = CommandSpec(
        "mail",
        summary: Bilingual(de: "Postausgang der Erinnerungen, gescheiterte Nachricht erneut senden",
                           en: "reminder outbox, send a failed mail again"),
        verbs: [
            VerbSpec("outbox", options: [
                .value("state", .keyword(["pending", "sending", "sent", "failed", "moot"]), de: "nur Nachrichten in diesem Zustand (entfällt: nicht mehr nötig, geht nicht hinaus)",
                       en: "only mails in this state (moot: no longer needed, will not go)"),
                .value("limit", .number(placeholder: "N"), de: "höchstens N Nachrichten", en: "at most N mails"),
            ], de: "Der Postausgang, neueste zuerst: Nummer, Zustand, Versuche, Adresse, Art, nächster\nVersuch oder Sendezeit und was zuletzt schiefging.",
               en: "The outbox, newest first: number, state, attempts, address, kind, next attempt or\ntime sent, and what went wrong last.",
               examples: ["mail outbox --state failed"]),
            VerbSpec("retry", operands: [OperandSpec("ID", .number(placeholder: "ID"))],
                     de: "Sendet Nachricht Nummer NR jetzt erneut (eine gescheiterte oder wartende); sie behält ihre\nMessage-ID, so ist ein erneutes Senden erkennbar.",
                     en: "Sends mail number ID again now (a failed or waiting one); it keeps its Message-ID,\nso a resend is recognisable.",
                     examples: ["mail retry 12"]),
        ],
        exitStatus: Bilingual(de: "65 nicht erneut sendbar, 67 keine solche Nachricht, 69 Dienst läuft nicht, 77 keine Berechtigung (nur Koordination und Administration).",
                              en: "65 not retryable, 67 no such mail, 69 daemon not running, 77 permission denied (coordinators and admins only)."))
}
