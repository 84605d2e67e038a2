import LotseCore

/// lotsed's command line, declared once: each option with the name of its value and its
/// help in German and English. `lotsed --help` is rendered from this declaration in the
/// administrator's language, and `parse` accepts exactly the options declared here, so
/// help and parser cannot drift apart.
struct DaemonCommandLine: Equatable {
    /// What the command line asks for.
    enum Action: Equatable {
        /// Serve (or, with `checkOnly`/`restorePath`, check or restore).
        case run
        /// Print the help.
        case help
        /// Print the version.
        case version
    }

    /// One option: its name, the name of its value (none for a switch) and what the
    /// value is (for the refusal of a missing one), and its help.
    struct Option {
        let name: String
        let value: (de: String, en: String)?
        let valueNeeded: (de: String, en: String)
        let help: (de: String, en: String)
    }

    /// The options in the order the help lists them.
    static let options: [Option] = [
        Option(name: "--config", value: ("PFAD", "PATH"), valueNeeded: ("einen Dateipfad", "a file path"),
               help: ("Konfigurationsdatei (Vorgabe /etc/lotse/lotse.conf)", "configuration file (default /etc/lotse/lotse.conf)")),
        Option(name: "--check-config", value: nil, valueNeeded: ("", ""),
               help: ("nur die Konfiguration prüfen: Status 0, wenn der Dienst sie annähme, 78 (mit Datei:Zeile und Grund), wenn nicht",
                      "only check the configuration: exit 0 when the daemon would accept it, 78 (with file:line and reason) when not")),
        Option(name: "--debug", value: nil, valueNeeded: ("", ""),
               help: ("jede Verbindung und jeden gescheiterten Aufruf protokollieren", "log every connection and failed call")),
        Option(name: "--version", value: nil, valueNeeded: ("", ""),
               help: ("die Version ausgeben und enden", "print the version and exit")),
        Option(name: "--help", value: nil, valueNeeded: ("", ""),
               help: ("diese Hilfe ausgeben und enden (auch -h)", "print this help and exit (also -h)")),
        Option(name: "--restore", value: ("SICHERUNG", "BACKUP"), valueNeeded: ("die Datei der Sicherung", "the backup file"),
               help: ("bei angehaltenem Dienst: SICHERUNG prüfen (integrity_check, Schema-Version), die bisherige Datenbank und die "
                      + "Pseudonym-Marke daneben aufheben, SICHERUNG einsetzen und die Wiederherstellung protokollieren",
                      "with the daemon stopped: check BACKUP (integrity_check, schema version), keep the current database beside it "
                      + "and the pseudonym high-water mark, put BACKUP in place and audit the restore")),
        Option(name: "--demo-identities", value: ("DATEI", "FILE"), valueNeeded: ("einen Dateipfad", "a file path"),
               help: ("nur für die Demo (lotse demo): das eigene Konto des Dienstes darf als die Demo-Konten aus DATEI handeln; "
                      + "nie in einem echten Betrieb",
                      "demo only (lotse demo): the daemon's own account may act as the demo accounts in FILE; never use on a real service")),
    ]

    /// The ways to call lotsed, built from the options' value names.
    static func synopsis(_ language: MessageLanguage) -> [String] {
        func option(_ name: String) -> String {
            guard let declared = options.first(where: { $0.name == name }) else { return name }
            return declared.value.map { "\(name) \(language.pick(de: $0.de, en: $0.en))" } ?? name
        }
        return ["lotsed [\(option("--config"))] [\(option("--debug"))] [\(option("--demo-identities"))]",
                "lotsed \(option("--check-config")) [\(option("--config"))]",
                "lotsed [\(option("--config"))] \(option("--restore"))"]
    }

    /// `lotsed --help` in `language`: the synopsis, one sentence, and every option with its
    /// help wrapped at 88 columns.
    static func help(_ language: MessageLanguage) -> String {
        let lead = language.pick(de: "Aufruf: ", en: "Usage: ")
        let lines = synopsis(language)
        var out = lead + lines[0] + "\n"
        for line in lines.dropFirst() { out += String(repeating: " ", count: lead.count) + line + "\n" }
        out += "\n" + language.pick(de: "Bietet die Varlink-Schnittstellen von Lotse am Unix-Socket, den die Konfiguration nennt.",
                                    en: "Serves the Lotse varlink interfaces on the Unix socket named in the configuration.") + "\n"
        let column = 18
        for option in options {
            let head = "  " + option.name + (option.value.map { " " + language.pick(de: $0.de, en: $0.en) } ?? "")
            let words = language.pick(de: option.help.de, en: option.help.en).split(separator: " ").map(String.init)
            var line = head.count < column - 1 ? head.padding(toLength: column, withPad: " ", startingAt: 0) : head
            if head.count >= column - 1 {
                out += line + "\n"
                line = String(repeating: " ", count: column)
            }
            var empty = true
            for word in words {
                if !empty, line.count + 1 + word.count > 88 {
                    out += line + "\n"
                    line = String(repeating: " ", count: column)
                    empty = true
                }
                line += (empty ? "" : " ") + word
                empty = false
            }
            out += line + "\n"
        }
        return out + "\n"
    }

    /// The configuration file.
    var configPath = "/etc/lotse/lotse.conf"
    /// The demo's identities file, if any.
    var demoIdentitiesPath: String?
    /// Only check the configuration.
    var checkOnly = false
    /// Restore this backup instead of serving.
    var restorePath: String?
    /// Log at debug level.
    var debug = false
    /// What was asked for.
    var action = Action.run

    /// Reads `arguments`; a refusal says what is wrong in both languages.
    static func parse(_ arguments: [String]) -> Result<DaemonCommandLine, DaemonError> {
        var line = DaemonCommandLine()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            let name = argument == "-h" ? "--help" : argument
            guard let option = options.first(where: { $0.name == name }) else {
                return .failure(DaemonError(en: "unknown argument \"\(argument)\"; see lotsed --help",
                                            de: "unbekanntes Argument „\(argument)“; siehe lotsed --help"))
            }
            var value = ""
            if option.value != nil {
                guard let next = remaining.popFirst(), !next.hasPrefix("-") else {
                    return .failure(DaemonError(en: "\(name) needs \(option.valueNeeded.en)", de: "\(name) verlangt \(option.valueNeeded.de)"))
                }
                value = next
            }
            switch name {
            case "--config": line.configPath = value
            case "--demo-identities": line.demoIdentitiesPath = value
            case "--restore": line.restorePath = value
            case "--debug": line.debug = true
            case "--check-config": line.checkOnly = true
            case "--version": line.action = .version; return .success(line)
            default: line.action = .help; return .success(line)
            }
        }
        return .success(line)
    }
}
