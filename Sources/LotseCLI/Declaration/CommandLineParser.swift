/// What `lotse` was asked to do, as the one parser read it from the words.
public enum CommandRequest: Sendable, Equatable {
    /// Run `verb` of `command` with the options and operands read.
    case run(ParsedCommand)
    /// Print help: the overview (no command), a command's, or one verb's.
    case help(command: CommandSpec?, verb: VerbSpec?)
    /// Print the version.
    case version
}

/// A command line read against the declarations: the command and verb, the connection
/// options (wherever they stood), and the verb's options and operands, every value already
/// in the form the commands take (dates `YYYY-MM-DD`, months `YYYY-MM`, …).
public struct ParsedCommand: Sendable, Equatable {
    /// The command.
    public let command: CommandSpec
    /// The verb (the command's only action for commands without verbs).
    public let verb: VerbSpec
    /// `--socket`, `--config`, `--json`.
    public var connection: ClientOptions
    /// The verb's options and operands.
    public var options: ParsedOptions
}

/// The one parser of `lotse`'s command line. Global options (`--socket`, `--config`,
/// `--json`, `--help`) may stand anywhere, before the command or after the verb; `--`
/// ends the options; an option that takes a value never takes a following option as its
/// value; every error names the word that is wrong.
public enum CommandLineParser {
    /// The connection options every daemon-talking command takes.
    public static let connectionOptions: [OptionSpec] = [
        .value("socket", .file(placeholder: "PATH"), de: "der Socket des Dienstes (sonst $LOTSE_SOCKET, sonst [daemon] socket der Konfiguration)",
               en: "the daemon's socket (default: $LOTSE_SOCKET, else the configuration's [daemon] socket)"),
        .value("config", .file(placeholder: "PATH"), de: "die Konfiguration, aus der der Socket gelesen wird (Vorgabe /etc/lotse/lotse.conf)",
               en: "configuration to read the socket path from (default /etc/lotse/lotse.conf)"),
        .flag("json", de: "maschinenlesbare Ausgabe (JSON), auch Fehler", en: "machine-readable output (JSON), errors too"),
    ]

    /// `--help`, `-h`.
    public static let helpOption = OptionSpec(name: "help", short: "h", value: nil, required: false, asked: false,
                                              help: Bilingual(de: "diese Hilfe", en: "this help"))

    /// Reads `arguments` (without the program name) against `commands`.
    public static func parse(_ arguments: [String], commands: [CommandSpec]) -> Result<CommandRequest, ClientFailure> {
        // An argument that is not UTF-8 (typed in a Latin-1 terminal, pasted from an old
        // file) arrives with its bad bytes replaced by U+FFFD; taken, it would be stored
        // garbled for good. Refused as standard input is, naming which word it is.
        if let bad = arguments.firstIndex(where: { $0.unicodeScalars.contains("\u{FFFD}") }) {
            return .failure(ClientFailure(exitCode: .dataError,
                                          de: "Das \(bad + 1). Argument ist kein UTF-8-Text; bitte das Terminal auf UTF-8 stellen (locale) und neu eingeben.",
                                          en: "Argument \(bad + 1) is not UTF-8 text; set the terminal to UTF-8 (locale) and type it again."))
        }
        // First pass: find the command and verb words, skipping options and their values.
        var positions: [Int] = []
        var wantsHelp = false
        var wantsVersion = false
        var command: CommandSpec?
        var index = 0
        var ended = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if ended || !isOption(word) {
                positions.append(index - 1)
                if command == nil, positions.count == 1, word != "help" {
                    guard let found = commands.first(where: { $0.name == word }) else {
                        return .failure(ClientFailure(exitCode: .usage, de: "Unbekannter Befehl „\(word)“; „lotse help“ listet alle Befehle.",
                                                      en: "Unknown command \"\(word)\"; \"lotse help\" lists every command."))
                    }
                    command = found
                }
                continue
            }
            if word == "--" { ended = true; continue }
            let name = optionName(word)
            if name == "--help" || name == "-h" { wantsHelp = true; continue }
            if name == "--version" && command == nil { wantsVersion = true; continue }
            if !word.contains("="), takesValue(name, command: command), index < arguments.count,
               !isKnownOption(arguments[index], command: command, verb: nil) { index += 1 }
        }
        let words = positions.map { arguments[$0] }
        if words.first == "help" {
            return helpRequest(Array(words.dropFirst()), commands: commands)
        }
        guard let command else {
            if wantsVersion && !wantsHelp { return .success(.version) }
            if wantsHelp || arguments.isEmpty { return .success(.help(command: nil, verb: nil)) }
            // Only options, and not one of them known without a command.
            let first = arguments.first { isOption($0) && optionName($0) != "--" } ?? arguments[0]
            if !first.contains("="), takesValue(first, command: nil), arguments.last == first {
                return .failure(ClientFailure(exitCode: .usage, de: "\(first) braucht einen Wert, und danach einen Befehl; „lotse help“ listet alle Befehle.",
                                              en: "\(first) needs a value, and a command after it; \"lotse help\" lists every command."))
            }
            // An option no command knows is unknown, said as such; a known one lacks its command.
            if isOption(first), optionName(first) != "--version", !isKnownOption(first, command: nil, verb: nil),
               !commands.contains(where: { command in command.verbs.contains { $0.option(spelled: optionName(first)) != nil } }) {
                return .failure(ClientFailure(exitCode: .usage, de: "Unbekannte Option „\(optionName(first))“; „lotse help“ listet alle Befehle, „lotse BEFEHL --help“ ihre Optionen.",
                                              en: "Unknown option \"\(optionName(first))\"; \"lotse help\" lists every command, \"lotse COMMAND --help\" its options."))
            }
            return .failure(ClientFailure(exitCode: .usage, de: "„\(first)“ steht vor einem Befehl; „lotse help“ listet alle Befehle.",
                                          en: "\"\(first)\" comes before any command; \"lotse help\" lists every command."))
        }
        // The verb: the longest declared verb the words after the command begin with.
        let afterCommand = Array(words.dropFirst())
        let verb: VerbSpec
        var verbWordCount = 0
        if let found = command.verb(at: afterCommand) {
            verb = found
            verbWordCount = found.words.count
        } else if let only = command.defaultVerb {
            verb = only
        } else if let first = afterCommand.first {
            if wantsHelp, command.startsVerb(first) { return .success(.help(command: command, verb: nil)) }
            return .failure(ClientFailure(exitCode: .usage,
                                          de: "Unbekanntes Verb „\(first)“ für „lotse \(command.name)“; „lotse help \(command.name)“ zeigt die Verben.",
                                          en: "Unknown verb \"\(first)\" for \"lotse \(command.name)\"; \"lotse help \(command.name)\" lists the verbs."))
        } else {
            if wantsHelp { return .success(.help(command: command, verb: nil)) }
            return .failure(ClientFailure(exitCode: .usage,
                                          de: "„lotse \(command.name)“ braucht ein Verb: \(verbList(command)); „lotse help \(command.name)“ zeigt sie.",
                                          en: "\"lotse \(command.name)\" needs a verb: \(verbList(command)); \"lotse help \(command.name)\" explains them."))
        }
        if wantsHelp { return .success(.help(command: command, verb: verb.words.isEmpty && command.verbs.count > 1 ? nil : verb)) }
        let skipped = Set(positions.prefix(1 + verbWordCount))
        return read(arguments, skipping: skipped, command: command, verb: verb).map { .run($0) }
    }

    /// The second pass: every word but the command and verb, read against the verb.
    static func read(_ arguments: [String], skipping skipped: Set<Int>, command: CommandSpec, verb: VerbSpec) -> Result<ParsedCommand, ClientFailure> {
        let title = (["lotse", command.name] + verb.words).joined(separator: " ")
        let usageDe = ([title] + verb.operands.map { operandWord($0, .german) }).joined(separator: " ")
        let usageEn = ([title] + verb.operands.map { operandWord($0, .english) }).joined(separator: " ")
        var parsed = ParsedCommand(command: command, verb: verb, connection: ClientOptions(), options: ParsedOptions())
        var index = 0
        var ended = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if skipped.contains(index - 1) { continue }
            if ended || !isOption(word) {
                let position = parsed.options.operands.count
                guard position < verb.operands.count else {
                    return .failure(ClientFailure(exitCode: .usage,
                                                  de: "„\(word)“ ist zu viel: „\(usageDe)“; „\(title) --help“ zeigt den Aufruf.",
                                                  en: "Unexpected word \"\(word)\": \"\(usageEn)\"; \"\(title) --help\" shows the usage."))
                }
                let operand = verb.operands[position]
                switch operand.kind.read(word, for: operand.name) {
                case .success(let value): parsed.options.operands.append(value)
                case .failure(let failure): return .failure(failure)
                }
                continue
            }
            if word == "--" { ended = true; continue }
            let name = optionName(word)
            let inline: String? = word.firstIndex(of: "=").map { String(word[word.index(after: $0)...]) }
            if name == "--help" || name == "-h" { continue }
            let connection = command.connects ? connectionOptions.first { "--" + $0.name == name } : nil
            guard let option = connection ?? verb.option(spelled: name) else {
                return .failure(ClientFailure(exitCode: .usage,
                                              de: "Unbekannte Option „\(name)“ für „\(title)“; „\(title) --help“ zeigt die Optionen.",
                                              en: "Unknown option \"\(name)\" for \"\(title)\"; \"\(title) --help\" lists the options."))
            }
            guard let kind = option.value else {
                guard inline == nil else {
                    return .failure(ClientFailure(exitCode: .usage, de: "\(name) nimmt keinen Wert.", en: "\(name) takes no value."))
                }
                if option.name == "json", connection != nil { parsed.connection.json = true } else { parsed.options.flags.insert(option.name) }
                continue
            }
            let given: String
            if let inline {
                given = inline
            } else {
                // The next word is the value unless it is an option this verb takes
                // (`--note -x` is a note; `--note --json` lacks one).
                guard index < arguments.count, !isKnownOption(arguments[index], command: command, verb: verb) else {
                    return .failure(ClientFailure(exitCode: .usage, de: "\(name) braucht einen Wert.", en: "\(name) needs a value."))
                }
                given = arguments[index]
                index += 1
            }
            let value: String
            switch kind.read(given, for: name) {
            case .success(let read): value = read
            case .failure(let failure): return .failure(failure)
            }
            switch connection?.name {
            case "socket": parsed.connection.socket = value
            case "config": parsed.connection.config = value
            default: parsed.options.values[option.name, default: []].append(value)
            }
        }
        if let missing = verb.operands.dropFirst(parsed.options.operands.count).first(where: { !$0.optional }) {
            return .failure(ClientFailure(exitCode: .usage,
                                          de: "\(title): \(operandWord(missing, .german)) fehlt; Aufruf: „\(usageDe)“.",
                                          en: "\(title): \(operandWord(missing, .english)) is missing; usage: \"\(usageEn)\"."))
        }
        let absent = verb.options.filter { $0.required && !$0.asked && parsed.options.values[$0.name] == nil && !parsed.options.has($0.name) }
        if !absent.isEmpty {
            let names = absent.map { "--" + $0.name }
            return .failure(ClientFailure(exitCode: .usage,
                                          de: "\(title): \(names.joined(separator: ", ")) \(names.count == 1 ? "fehlt" : "fehlen"); „\(title) --help“ zeigt den Aufruf.",
                                          en: "\(title): \(names.joined(separator: ", ")) \(names.count == 1 ? "is" : "are") missing; \"\(title) --help\" shows the usage."))
        }
        return .success(parsed)
    }

    /// An operand as the usage shows it: its placeholder in `language`, bracketed when optional.
    static func operandWord(_ operand: OperandSpec, _ language: OutputLanguage) -> String {
        let word = ValueKind.translated(operand.name, language)
        return operand.optional ? "[" + word + "]" : word
    }

    /// Whether `word` is an option the command line would read as one here: `--`, help,
    /// a connection option of a command that connects, or an option of `verb` (of any of
    /// the command's verbs while the verb is not known yet). Anything else that begins
    /// with a dash, after an option that takes a value, is that value.
    static func isKnownOption(_ word: String, command: CommandSpec?, verb: VerbSpec?) -> Bool {
        guard isOption(word) else { return false }
        let name = optionName(word)
        if name == "--" || name == "--help" || name == "-h" { return true }
        if command?.connects ?? true, connectionOptions.contains(where: { "--" + $0.name == name }) { return true }
        if let verb { return verb.option(spelled: name) != nil }
        return command?.verbs.contains { $0.option(spelled: name) != nil } ?? false
    }

    /// `lotse help [COMMAND [VERB…]]`.
    static func helpRequest(_ words: [String], commands: [CommandSpec]) -> Result<CommandRequest, ClientFailure> {
        guard let name = words.first else { return .success(.help(command: nil, verb: nil)) }
        guard let command = commands.first(where: { $0.name == name }) else {
            return .failure(ClientFailure(exitCode: .usage, de: "„\(name)“ ist kein Befehl; „lotse help“ listet alle Befehle.",
                                          en: "\"\(name)\" is not a command; \"lotse help\" lists every command."))
        }
        let rest = Array(words.dropFirst())
        // A command whose only verb has no words: its help is that verb's, as with --help.
        guard !rest.isEmpty else { return .success(.help(command: command, verb: command.verbs.count == 1 ? command.defaultVerb : nil)) }
        if let verb = command.verb(at: rest), verb.words.count < rest.count {
            let extra = rest[verb.words.count], asked = (["lotse", "help", command.name] + verb.words).joined(separator: " ")
            return .failure(ClientFailure(exitCode: .usage, de: "„\(extra)“ ist zu viel: „\(asked)“.", en: "Unexpected word \"\(extra)\": \"\(asked)\"."))
        }
        guard let verb = command.verb(at: rest), verb.words.count == rest.count else {
            if command.startsVerb(rest[0]) && rest.count == 1 { return .success(.help(command: command, verb: nil)) }
            return .failure(ClientFailure(exitCode: .usage,
                                          de: "„\(command.name)“ hat kein Verb „\(rest.joined(separator: " "))“; „lotse help \(command.name)“ zeigt die Verben.",
                                          en: "\"\(command.name)\" has no verb \"\(rest.joined(separator: " "))\"; \"lotse help \(command.name)\" lists the verbs."))
        }
        return .success(.help(command: command, verb: verb))
    }

    /// A word that is an option (`--x`, `-x`), not an operand (`-`, `-1`, plain words).
    static func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        if word.hasPrefix("--") { return true }
        return !word.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    /// The option's spelling without an inline value (`--note` of `--note=x`).
    static func optionName(_ word: String) -> String {
        word.firstIndex(of: "=").map { String(word[..<$0]) } ?? word
    }

    /// Whether the option spelled `name` takes a value for `command` (in any of its
    /// verbs; the connection options for every command that connects).
    static func takesValue(_ name: String, command: CommandSpec?) -> Bool {
        if command?.connects ?? true, connectionOptions.contains(where: { "--" + $0.name == name && $0.value != nil }) { return true }
        return command?.verbs.contains { $0.option(spelled: name)?.value != nil } ?? false
    }

    static func verbList(_ command: CommandSpec) -> String {
        var seen: [String] = []
        for verb in command.verbs where !verb.words.isEmpty && !seen.contains(verb.words[0]) { seen.append(verb.words[0]) }
        return seen.joined(separator: ", ")
    }
}
