extension ReportCommand {
    /// `lotse report`: the figures for the committee and the funders.
    public static let spec = CommandSpec(
        "report",
        summary: Bilingual(de: "Bericht für Sozialausschuss und Fördergeber (Jahr, Quartal, mehrere Quartale)", en: "report for the committee and funders (year, quarter, quarters)"),
        verbs: [
            VerbSpec("", options: [
                .value("year", .number(placeholder: "YEAR"), de: "das Jahr (mit --quarter: ein Quartal davon)", en: "the year (with --quarter: a quarter of it)"),
                .value("quarter", .number(placeholder: "QUARTER"), de: "1, 2, 3 oder 4 (braucht --year)", en: "1, 2, 3 or 4 (needs --year)"),
                .value("from", .date, de: "erster Tag eines Quartals (mit --to)", en: "first day of a quarter (with --to)"),
                .value("to", .date, de: "letzter Tag eines Quartals (eingeschlossen)", en: "last day of a quarter (included)"),
                .value("format", .keyword(["html", "csv", "json"]), de: "html (Vorgabe), csv oder json", en: "html (default), csv or json"),
                RosterCommand.output,
                .value("lang", .keyword(["de", "en"]), de: "Sprache des Berichts (Vorgabe: aus LANG)", en: "language of the report (default: from LANG)"),
                RosterCommand.csvForm,
            ], de: "Zahlen eines Jahres, eines Quartals oder mehrerer Quartale, mit dem vorigen Zeitraum daneben:\nAnmeldungen, Wartezeit, Termine, Dolmetschung, Empfehlungen, Folgeschritte, Eskalationen (nur\ndie Zahl), Warteliste, Verlauf nach Monaten. Zahlen unter [report] min_cell stehen als „< 5“;\nweitere werden zurückgehalten („×“), bis keine verborgene Zahl mehr zu errechnen ist, auch nicht\naus mehreren Berichten zusammen. Keine Pseudonyme.",
               en: "Aggregate figures of a year, a quarter or several quarters, with the previous period beside them:\nreferrals, waiting time, slots, interpreters, recommendations, follow-up steps, escalations\n(count only), the waiting list, a month-by-month trend. Counts below [report] min_cell show as\n\"< 5\"; further figures are withheld (\"×\") until no hidden count can be worked out,\nnot even from several reports together. No pseudonyms.",
               examples: ["report --year 2027 --format html -o bericht-2027.html", "report --from 01.01.2027 --to 30.06.2027 --format csv"]),
        ],
        exitStatus: Bilingual(de: "65 falscher Zeitraum (keine ganzen Quartale), 69 Dienst läuft nicht, 73 DATEI nicht schreibbar, 77 keine Berechtigung (nur Koordination und Administration).",
                              en: "65 bad period (not whole quarters), 69 daemon not running, 73 cannot write FILE, 77 permission denied (coordinators and admins only)."))
}
