import LotseCore

/// The help `lotse` prints — the overview, a command's, one verb's — made from the
/// declarations, in the user's language, so that what help says is what the parser takes.
public enum HelpText {
    /// `lotse help`: every command with its summary.
    public static func overview(_ commands: [CommandSpec], _ language: OutputLanguage) -> String {
        var text = language.pick(de: "Aufruf: lotse BEFEHL [VERB] [OPTIONEN]\n\nBefehle:\n",
                                 en: "Usage: lotse COMMAND [VERB] [OPTIONS]\n\nCommands:\n")
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + pad(command.name, width) + command.summary.text(language) + "\n"
        }
        text += language.pick(
            de: "\n„lotse help BEFEHL [VERB]“ oder „lotse BEFEHL [VERB] --help“ zeigt die Hilfe zu einem Befehl.\n",
            en: "\n\"lotse help COMMAND [VERB]\" or \"lotse COMMAND [VERB] --help\" shows the help of one command.\n")
        text += common(language)
        text += "\n" + everyExitStatus(language)
        return text
    }

    /// Every exit status `lotse` uses (sysexits(3)), with the rule that tells 64, 65 and 67
    /// apart, so that a script's author finds them all in one place; each command's help
    /// names the ones it can meet.
    static func everyExitStatus(_ language: OutputLanguage) -> String {
        let rows: [(ExitCode, de: String, en: String)] = [
            (.ok, "gelungen", "ok"),
            (.usage, "falscher Aufruf: unbekannte Option, fehlender Wert, ein Wort nicht in seiner Form (31.02.2027)",
             "usage: unknown option, missing value, a word not of its form (31.02.2027)"),
            (.dataError, "ein Wert wird abgelehnt oder ist jetzt nicht möglich (die Meldung nennt ihn)",
             "a value is refused or not possible now (the message names it)"),
            (.noInput, "Eingabedatei nicht lesbar", "input file not readable"),
            (.noSuchRecord, "nicht gefunden (Klient:in, Anmeldung, Sprechstunde …)", "not found (client, referral, session …)"),
            (.unavailable, "Dienst läuft nicht", "daemon not running"),
            (.software, "Fehler in Lotse", "fault in Lotse"),
            (.cannotCreate, "Ausgabe nicht schreibbar", "output not writable"),
            (.temporaryFailure, "später erneut versuchen", "try again later"),
            (.permissionDenied, "keine Berechtigung", "permission denied"),
            (.configuration, "Konfiguration fehlerhaft", "configuration wrong"),
        ]
        return language.pick(de: "Rückgabewerte:\n", en: "Exit status:\n")
            + rows.map { "  " + pad(String($0.0.rawValue), 4) + language.pick(de: $0.de, en: $0.en) + "\n" }.joined()
    }

    /// `lotse help COMMAND`: each verb's synopsis and what it does.
    public static func command(_ command: CommandSpec, _ language: OutputLanguage) -> String {
        var text = "lotse \(command.name) — \(command.summary.text(language))\n"
        for verb in command.verbs {
            text += "\n" + synopsis(command, verb, language) + "\n" + indent(verb.help.text(language), 4) + "\n"
        }
        if command.verbs.count > 1 {
            text += language.pick(de: "\n„lotse \(command.name) VERB --help“ zeigt die Optionen eines Verbs.\n",
                                  en: "\n\"lotse \(command.name) VERB --help\" lists the options of one verb.\n")
        } else if let verb = command.verbs.first {
            text += options(verb, language)
        }
        if command.connects { text += "\n" + connection(language) }
        text += "\n" + exitStatus(command, language)
        return text
    }

    /// `lotse COMMAND VERB --help`: synopsis, what it does, every option, examples.
    public static func verb(_ command: CommandSpec, _ verb: VerbSpec, _ language: OutputLanguage) -> String {
        var text = language.pick(de: "Aufruf: ", en: "Usage: ") + synopsis(command, verb, language).dropFirst(2) + "\n\n"
        text += verb.help.text(language) + "\n"
        text += operandValues(verb, language)
        text += options(verb, language)
        if command.connects { text += "\n" + connection(language) }
        if !verb.examples.isEmpty {
            text += language.pick(de: "\nBeispiele:\n", en: "\nExamples:\n")
            for example in verb.examples { text += "  lotse " + self.example(example, verb, language) + "\n" }
        }
        text += "\n" + exitStatus(command, language, own: verb.exitStatus)
        return text
    }

    /// An example as the reader types it: in German the fixed words of keyword options and
    /// operands as their German words (`--kind erstvorstellung`, `--scope screening,anmeldung`),
    /// as German help lists them; the parser takes both.
    static func example(_ line: String, _ verb: VerbSpec, _ language: OutputLanguage) -> String {
        guard language == .german else { return line }
        let operandWords = verb.operands.flatMap { operand -> [String] in
            if case .keyword(let words) = operand.kind { return words }
            return []
        }
        var previous: OptionSpec?
        var shown: [String] = []
        for token in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var word = token
            switch previous?.value {
            case .keyword(let words)? where words.contains(token):
                word = GermanKeywords.shown(token)
            case .keywords(let words)?:
                let parts = token.split(separator: ",").map(String.init)
                if parts.allSatisfy(words.contains) { word = parts.map(GermanKeywords.shown).joined(separator: ",") }
            case nil where operandWords.contains(token):
                word = GermanKeywords.shown(token)
            case .code? where previous?.name == "recommend":
                // A recommendation by its German label, as German readers type it.
                let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
                if let code = parts.first, let entry = RecommendationCode(code).flatMap(RecommendationCatalogue.standard.entry) {
                    word = "\"" + entry.typedName(in: .de) + (parts.count > 1 ? ":" + parts[1] : "") + "\""
                }
            case .text? where previous?.name == "step":
                // DUE;OWNER;TEXT: the owner is one of the roles.
                var parts = token.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                if parts.count >= 2, FollowUpCommand.roles.contains(parts[1]) { parts[1] = GermanKeywords.shown(parts[1]) }
                word = parts.joined(separator: ";")
            default:
                break
            }
            shown.append(word)
            previous = token.hasPrefix("-") ? verb.option(spelled: token) : nil
        }
        return shown.joined(separator: " ")
    }

    /// `  lotse COMMAND VERB OPERANDS OPTIONS`.
    public static func synopsis(_ command: CommandSpec, _ verb: VerbSpec, _ language: OutputLanguage) -> String {
        var words = ["lotse", command.name] + verb.words
        for operand in verb.operands {
            let name = ValueKind.translated(operand.name, language)
            words.append(operand.optional ? "[\(name)]" : name)
        }
        for option in verb.options {
            let value = option.value.map { " " + $0.placeholder(language) } ?? ""
            words.append(option.required ? "--\(option.name)\(value)" : "[--\(option.name)\(value)]")
        }
        return "  " + words.joined(separator: " ")
    }

    /// The fixed words an operand takes (`ERGEBNIS: wahrgenommen|nicht-erschienen|…`), in
    /// the reader's language as the options list theirs.
    static func operandValues(_ verb: VerbSpec, _ language: OutputLanguage) -> String {
        var text = ""
        for operand in verb.operands {
            guard case .keyword = operand.kind else { continue }
            text += "  " + ValueKind.translated(operand.name, language) + ": " + operand.kind.placeholder(language) + "\n"
        }
        return text.isEmpty ? "" : "\n" + text
    }

    static func options(_ verb: VerbSpec, _ language: OutputLanguage) -> String {
        // A verb with operands only (`session list [MONAT]`) still says their forms.
        guard !verb.options.isEmpty else { return forms(verb, language).isEmpty ? "" : "\n" + forms(verb, language) }
        return language.pick(de: "\nOptionen:\n", en: "\nOptions:\n") + table(verb.options, language) + forms(verb, language)
    }

    /// The forms of dates and months, for verbs that take them.
    static func forms(_ verb: VerbSpec, _ language: OutputLanguage) -> String {
        let kinds = verb.options.compactMap(\.value) + verb.operands.map(\.kind)
        var text = ""
        if kinds.contains(.date) {
            text += language.pick(de: "  DATUM: TT.MM.JJJJ oder JJJJ-MM-TT\n", en: "  DATE: DD.MM.YYYY or YYYY-MM-DD\n")
        }
        if kinds.contains(.dates) {
            text += language.pick(de: "  TAGE: Tage als TT.MM.JJJJ oder JJJJ-MM-TT, durch Kommas getrennt\n",
                                  en: "  DATES: days as DD.MM.YYYY or YYYY-MM-DD, separated by commas\n")
        }
        if kinds.contains(.month) {
            text += language.pick(de: "  MONAT: MM.JJJJ oder JJJJ-MM\n", en: "  MONTH: MM.YYYY or YYYY-MM\n")
        }
        // Only a verb with free text (a note, a reason) gets the hint, with its own option.
        let freeText = verb.options.first { option in
            if case .text(let placeholder)? = option.value { return placeholder == "TEXT" || placeholder == "REASON" }
            return false
        }
        if let option = freeText?.name {
            text += language.pick(de: "  Freitext als „-“ wird von der Standardeingabe gelesen (empfohlen für Gesundheitsnotizen:\n"
                                      + "  Argumente sieht jedes lokale Konto in der Prozessliste), z. B. --\(option) - < text.txt\n",
                                  en: "  Free text given as \"-\" is read from standard input (recommended for health notes:\n"
                                      + "  every local account can see arguments in the process list), e.g. --\(option) - < text.txt\n")
        }
        return text
    }

    static func connection(_ language: OutputLanguage) -> String {
        language.pick(de: "Für jeden Befehl, der den Dienst fragt (vor dem Befehl oder nach dem Verb):\n",
                      en: "For every command that asks the daemon (before the command or after the verb):\n")
            + table(CommandLineParser.connectionOptions + [CommandLineParser.helpOption], language)
    }

    static func common(_ language: OutputLanguage) -> String {
        "\n" + connection(language)
    }

    /// The command's exit statuses: 0 and 64, which every command has, its own, and for a
    /// command that asks the daemon those that any such call can meet (a fault, the
    /// connection limits, an unreadable configuration file).
    static func exitStatus(_ command: CommandSpec, _ language: OutputLanguage, own: Bilingual? = nil) -> String {
        ownExitStatus(command, language, own: own) + "\n"
            + (command.connects ? language.pick(
                de: "  Außerdem bei jedem Aufruf des Dienstes: 70 Fehler in Lotse, 75 zu viele Verbindungen (später erneut versuchen), 78 Konfigurationsdatei nicht lesbar.\n",
                en: "  Also for every call of the daemon: 70 fault in Lotse, 75 too many connections (try again later), 78 configuration file not readable.\n") : "")
    }

    /// The line of the exit statuses particular to the command (lotse(1) names the ones
    /// every call of the daemon can meet once, in EXIT STATUS).
    static func ownExitStatus(_ command: CommandSpec, _ language: OutputLanguage, own: Bilingual? = nil) -> String {
        language.pick(de: "Rückgabewert: 0 gelungen, 64 falscher Aufruf, ", en: "Exit status: 0 ok, 64 usage, ")
            + (own ?? command.exitStatus).text(language)
    }

    static func table(_ options: [OptionSpec], _ language: OutputLanguage) -> String {
        let rows = options.map { option -> (String, String) in
            let short = option.short.map { "-\($0), " } ?? ""
            return (short + "--" + option.name + (option.value.map { " " + $0.placeholder(language) } ?? ""), option.help.text(language))
        }
        let width = min(30, (rows.map(\.0.count).max() ?? 0) + 2)
        let margin = String(repeating: " ", count: width + 2)
        return rows.map { row in
            let head = "  " + row.0
            // A help of several lines keeps its later lines under its first.
            let help = row.1.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + margin)
            return head.count + 2 > width + 2 ? head + "\n" + margin + help + "\n"
                : pad(head, width + 2) + help + "\n"
        }.joined()
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    static func indent(_ text: String, _ spaces: Int) -> String {
        let prefix = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
    }
}
