extension CaseworkerCommand {
    /// `lotse caseworker`: where caseworkers' mails go.
    public static let spec = CommandSpec(
        "caseworker",
        summary: Bilingual(de: "Mailadressen der Integrationsmanager:innen", en: "caseworkers' mail addresses"),
        verbs: [
            VerbSpec("set", operands: [OperandSpec("USER", .user)], options: [
                .value("email", .text(placeholder: "ADDRESS"), required: true, de: "die Adresse; \"\" löscht sie und behält die Sprache", en: "the address; \"\" clears it and keeps the language"),
                .value("lang", .keyword(["de", "en"]), de: "Sprache der Nachrichten", en: "language of the mails"),
            ], de: "Hält fest, wohin die Erinnerungen von KONTO gehen (Koordination); ohne Adresse bekommt die\nIntegrationsmanager:in keine Mail über veröffentlichte oder abgesagte Termine. KONTO muss die Rolle\nIntegrationsmanager:in haben ([roles] caseworkers).",
               en: "Records where USER's reminders go (coordinators); without an address a caseworker gets no\nmail about published or cancelled appointments. USER must be an account with the caseworker\nrole ([roles] caseworkers).",
               examples: ["caseworker set mueller --email mueller@example.org --lang de"]),
            VerbSpec("remove", operands: [OperandSpec("USER", .user)],
                     de: "Löscht den Eintrag; abgelehnt, solange KONTO aktive Fälle hat (erst übergeben: lotse client handover).",
                     en: "Deletes USER's entry; refused while USER has active clients (hand them over first: lotse client handover)."),
            VerbSpec("list", de: "Jeder Eintrag (eine leere Adresse: keine Mail).", en: "Every caseworker entry (an empty address: no mail)."),
        ],
        exitStatus: Bilingual(de: "65 ungültiger Wert oder jetzt nicht möglich, 67 kein solcher Eintrag, 69 Dienst läuft nicht, 77 keine Berechtigung.",
                              en: "65 invalid value or not possible now, 67 no such entry, 69 daemon not running, 77 permission denied."))
}
