extension AppointmentCommand {
    /// `lotse appointment`: cancelling a booked appointment.
    public static let spec = CommandSpec(
        "appointment",
        summary: Bilingual(de: "einen gebuchten Termin absagen", en: "cancel a booked appointment"),
        verbs: [
            VerbSpec("cancel", operands: [OperandSpec("APPOINTMENT", .number(placeholder: "APPOINTMENT"))], options: [
                .value("reason", .text(placeholder: "TEXT"), asked: true, de: "der Grund (höchstens 500 Zeichen; bleibt beim Termin, geht nie per Mail)",
                       en: "the reason (at most 500 characters; kept with the appointment, never mailed)"),
                .value("by", .keyword(["client", "service"]), de: "klient-in: die Klient:in kann nicht (Vorgabe); dienst: der Dienst sagt ab (Koordination)",
                       en: "client: the client cannot come (default); service: the service cancels (coordinators)"),
            ], de: "Sagt einen gebuchten Termin am Tag oder davor ab. Der Platz wird frei, die Anmeldung wartet\nwieder vorn in ihrer Dringlichkeit, der Tag gilt als einer, an dem die Person nicht kann, die\nErinnerungen entfallen und die Fachkraft erfährt es per Mail (nie den Grund). TERMIN ist die Nummer\naus der Terminmail und aus lotse referral show.",
               en: "Cancels a booked appointment on or before its day. The slot becomes free, the referral waits\nagain at the head of its urgency and that day is noted as one the client cannot come, the\nreminders are dropped, and the specialist is told by mail (never the reason). APPOINTMENT is\nthe number the appointment mail names, and lotse referral show.",
               examples: ["appointment cancel 17 --reason \"erkrankt\""]),
        ],
        exitStatus: Bilingual(de: "65 ein Wert ist falsch (die Meldung nennt ihn), 67 kein solcher Termin, 69 Dienst läuft nicht, 77 nicht der Termin Ihres Falls oder nicht Ihre Rolle.",
                              en: "65 a value is wrong (the message names it), 67 no such appointment, 69 daemon not running, 77 not your client's appointment or not your role."))
}
