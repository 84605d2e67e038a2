extension DemoCommand {
    /// `lotse demo`: a month played through with a private daemon.
    public static let spec = CommandSpec(
        "demo",
        summary: Bilingual(de: "ein Monat zum Ausprobieren mit einem privaten Dienst", en: "a month to try out with a private daemon"),
        connects: false,
        verbs: [
            VerbSpec("", options: [
                .flag("keep", de: "das temporäre Verzeichnis behalten", en: "keep the temporary directory"),
                .value("data", .directory, de: "Verzeichnis der Demodaten (Vorgabe: Config/demo des Quellbaums oder /usr/share/lotse/demo)",
                       en: "demo data directory (default: Config/demo of the checkout, or /usr/share/lotse/demo)"),
            ], de: "Startet einen privaten lotsed (neben diesem lotse, notfalls erst gebaut) in einem temporären Verzeichnis\nmit den Demodaten (Landkreis Ludwigsburg), plant und veröffentlicht den nächsten Monat und zeigt den\nPlan, die Warteliste mit Gründen und die Nachrichten, die er senden würde. Es bleibt nichts zurück,\naußer --keep behält das Verzeichnis (Datenbank, Protokoll, Nachrichten, Exporte, Bericht).",
               en: "Runs a private lotsed (next to this lotse, built first when missing) in a temporary directory with\nthe demo data (Landkreis Ludwigsburg), plans and publishes next month, and prints the roster, the\nwaiting list with reasons and the mails it would send. Nothing is left behind, unless --keep keeps\nthe directory (database, log, mails, exports, report).",
               examples: ["demo", "demo --keep"]),
        ],
        exitStatus: Bilingual(de: "66 Demodaten nicht gefunden, 69 lotsed nicht gefunden oder nicht gestartet, 73 kein temporäres Verzeichnis; scheitert ein Schritt, dessen Rückgabewert.",
                              en: "66 demo data not found, 69 lotsed not found or not started, 73 no temporary directory; when a step fails, that step's exit status."))
}
