extension AdminCommand {
    /// `lotse admin`: operating the daemon (admin role).
    public static let spec = CommandSpec(
        "admin",
        summary: Bilingual(de: "Zustand des Dienstes, Konfiguration neu laden, Datenbank sichern",
                           en: "daemon status, configuration reload, database backup"),
        verbs: [
            VerbSpec("status", de: "Womit der Dienst läuft: Version, Laufzeit, Datenbank, Zahlen, Konfiguration, Postausgang.",
                     en: "What the daemon runs with: version, uptime, database, counts, configuration, mail.",
                     examples: ["admin status", "--config /etc/lotse/lotse.conf admin status --json"],
                     exitStatus: Bilingual(de: "69 Dienst läuft nicht, 77 keine Berechtigung.", en: "69 daemon not running, 77 permission denied.")),
            VerbSpec("reload", de: "Liest die Konfiguration neu; eine fehlerhafte Datei wird abgelehnt, die bisherige bleibt in Kraft.",
                     en: "Re-reads the configuration; a bad file is rejected and the old one stays."),
            VerbSpec("backup", operands: [OperandSpec("FILE", .file(placeholder: "FILE"))],
                     de: "Schreibt eine stimmige Kopie der Datenbank nach DATEI (die es noch nicht geben darf);\nder Dienst schreibt sie, also muss sein Konto dort schreiben dürfen.",
                     en: "Writes a consistent copy of the database to FILE (must not exist yet);\nthe daemon writes it, so FILE must be writable by the daemon's user.",
                     examples: ["admin backup /var/backups/lotse/lotse-2027-01-31.db"]),
            VerbSpec("purge", de: "Löscht jetzt jeden Fall, der länger als [retention] months_after_close abgeschlossen ist, mit\nallen Daten und jeder Nachricht, die ihn nennt, entfernt ihn aus den Protokolleinträgen (der Zugriff\nbleibt verzeichnet, das Pseudonym nicht) und löscht die Protokolleinträge älter als audit_months\n(das tut der Dienst auch täglich).",
                     en: "Deletes now every client whose case closed longer ago than [retention] months_after_close, with\nall its data and every mail naming it, removes it from the audit entries (the access stays\nrecorded, the pseudonym does not), and deletes the audit entries older than audit_months\n(the daemon also does this daily)."),
        ],
        exitStatus: Bilingual(de: "69 Dienst läuft nicht, 73 Sicherung fehlgeschlagen, 77 keine Berechtigung, 78 Konfiguration abgelehnt.",
                              en: "69 daemon not running, 73 backup failed, 77 permission denied, 78 configuration rejected."))
}
