import LotseCore

/// What an option's value or an operand is. The kind decides how the one parser reads the
/// word (dates and months in both the German and the ISO form, names whatever their case),
/// what help and the manual call it, and what bash completion offers for it.
public enum ValueKind: Sendable, Equatable {
    /// Free text (a note, a reason, a title).
    case text(placeholder: String)
    /// A whole number (an id, a count).
    case number(placeholder: String)
    /// A day, `DD.MM.YYYY` or `YYYY-MM-DD`; handed on as `YYYY-MM-DD`.
    case date
    /// Days separated by commas, each as for `date`.
    case dates
    /// A month, `MM.YYYY` or `YYYY-MM`; handed on as `YYYY-MM`.
    case month
    /// A time of day, `HH:MM` (`9:30` too); handed on as `HH:MM`.
    case time
    /// A consultation slot, `SESSION-NUMBER` (`12-3`), as the roster shows it.
    case slot
    /// A code from a catalogue the configuration holds (an instrument, a recommendation),
    /// which the daemon checks; handed on in lower case, so that the case never matters.
    case code(placeholder: String)
    /// One of fixed words, whatever their case and with blanks for dashes, or a German
    /// word for one of them (`GermanKeywords`); handed on as declared. Any other word is
    /// refused here, naming it and listing the words taken in the reader's language.
    case keyword([String])
    /// Words of `keyword` separated by commas.
    case keywords([String])
    /// A client pseudonym (`K-2026-0042`), whatever the case of the `K`.
    case pseudonym
    /// A client pseudonym on a verb that asks the acute-risk questions first: read as
    /// `pseudonym` but never refused here, so that a mistyped one cannot hold up the
    /// emergency route; the command checks it after the questions.
    case pseudonymAfterAcuteRisk
    /// A municipality's id from the catalogue, whatever the case, umlauts or blanks
    /// (`Kornwestheim`, `Bietigheim Bissingen`, `Vaihingen/Enz`).
    case municipality
    /// A specialist: the number `specialist list` shows, or their login.
    case specialist
    /// Specialists separated by commas, each as for `specialist`.
    case specialists
    /// A Unix account name.
    case user
    /// Language codes (ISO 639), separated by commas, whatever the case.
    case languages
    /// A file to read or write.
    case file(placeholder: String)
    /// A directory.
    case directory

    /// The word help and the manual show for the value.
    public var placeholder: String {
        switch self {
        case .text(let word), .number(let word), .file(let word), .code(let word): word
        case .date: "DATE"
        case .dates: "DATES"
        case .month: "MONTH"
        case .time: "TIME"
        case .slot: "SLOT"
        case .keyword(let words): words.joined(separator: "|")
        case .keywords: "LIST"
        case .pseudonym, .pseudonymAfterAcuteRisk: "K-YYYY-NNNN"
        case .municipality: "MUNICIPALITY"
        case .specialist: "SPECIALIST"
        case .specialists: "SPECIALISTS"
        case .user: "USER"
        case .languages: "LANGUAGES"
        case .directory: "DIR"
        }
    }

    /// The placeholder in `language` (`DATUM` for `DATE` in German).
    public func placeholder(_ language: OutputLanguage) -> String {
        switch self {
        case .keyword(let words): language == .german ? words.map(GermanKeywords.shown).joined(separator: "|") : placeholder
        default: Self.translated(placeholder, language)
        }
    }

    /// A placeholder word in `language` (`MONAT` for `MONTH`), as help and errors show it.
    public static func translated(_ word: String, _ language: OutputLanguage) -> String {
        guard language == .german else { return word }
        return germanPlaceholders[word] ?? word
    }

    /// The German placeholders.
    static let germanPlaceholders: [String: String] = [
        "DATE": "DATUM", "DATES": "TAGE", "MONTH": "MONAT", "LIST": "LISTE", "K-YYYY-NNNN": "K-JJJJ-NNNN",
        "MUNICIPALITY": "GEMEINDE", "SPECIALIST": "FACHKRAFT", "SPECIALISTS": "FACHKRÄFTE", "USER": "KONTO",
        "LANGUAGES": "SPRACHEN", "LANGUAGE": "SPRACHE", "DIR": "VERZEICHNIS", "FILE": "DATEI", "PATH": "PFAD",
        "TEXT": "TEXT", "NAME": "NAME", "N": "N", "ID": "NR", "ADDRESS": "ADRESSE", "REASON": "GRUND",
        "APPOINTMENT": "TERMIN", "REFERRAL": "ANMELDUNG", "SLOT": "PLATZ", "SESSION": "SPRECHSTUNDE",
        "STEP": "SCHRITT", "GOAL": "ZIEL", "RULE": "REGEL", "TIME": "UHRZEIT", "CODE": "CODE", "ANSWERS": "ANTWORTEN",
        "INSTRUMENT": "INSTRUMENT", "OUTCOME": "ERGEBNIS", "ROLE": "ROLLE", "YEAR": "JAHR", "QUARTER": "QUARTAL",
        "PROBLEM.json": "PROBLEM.json", "OUT.json": "AUSGABE.json", "VERSION": "VERSION", "MINUTES": "MINUTEN",
        "RECOMMENDATION": "EMPFEHLUNG", "PLACE": "ORT", "QUALIFICATION": "QUALIFIKATION",
    ]

    /// Reads `word` given for `name` (an option like `--date` or an operand like `MONTH`):
    /// the form the commands and the daemon take, or a data error naming the option and
    /// the word.
    public func read(_ word: String, for name: String) -> Result<String, ClientFailure> {
        let trimmed = word.trimmingBlanksCLI()
        switch self {
        case .date:
            guard let iso = DateText.parse(trimmed) else { return .failure(Self.notA(name, word, de: "kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)", en: "not a date (DD.MM.YYYY or YYYY-MM-DD)")) }
            return .success(iso)
        case .dates:
            var days: [String] = []
            for part in trimmed.split(separator: ",", omittingEmptySubsequences: true) {
                switch ValueKind.date.read(String(part), for: name) {
                case .success(let iso): days.append(iso)
                case .failure(let failure): return .failure(failure)
                }
            }
            return .success(days.joined(separator: ","))
        case .month:
            guard let month = DateText.parseMonth(trimmed) else { return .failure(Self.notA(name, word, de: "kein Monat (MM.JJJJ oder JJJJ-MM)", en: "not a month (MM.YYYY or YYYY-MM)")) }
            return .success(month)
        case .time:
            // `9:30` as people write it is `09:30`.
            let padded = trimmed.count == 4 && trimmed.dropFirst().first == ":" ? "0" + trimmed : trimmed
            guard let time = TimeOfDay(parsing: padded) else { return .failure(Self.notA(name, word, de: "keine Uhrzeit (HH:MM)", en: "not a time (HH:MM)")) }
            return .success(time.description)
        case .slot:
            guard let slot = SlotID(trimmed) else {
                return .failure(Self.notA(name, word, de: "kein Platz (SPRECHSTUNDE-NUMMER, z. B. 12-3)", en: "not a slot (SESSION-NUMBER, e.g. 12-3)"))
            }
            return .success(slot.description)
        case .keyword(let words):
            return Self.canonical(trimmed, among: words, for: name)
        case .keywords(let words):
            var codes: [String] = []
            for part in trimmed.split(separator: ",", omittingEmptySubsequences: true) {
                switch Self.canonical(String(part).trimmingBlanksCLI(), among: words, for: name) {
                case .success(let code): codes.append(code)
                case .failure(let failure): return .failure(failure)
                }
            }
            guard !codes.isEmpty else { return Self.canonical(trimmed, among: words, for: name) }
            return .success(codes.joined(separator: ","))
        case .code:
            return .success(trimmed.lowercased())
        case .pseudonym:
            let pseudonym = trimmed.hasPrefix("k-") ? "K" + trimmed.dropFirst() : trimmed
            guard ClientID(pseudonym) != nil else {
                return .failure(Self.notA(name, word, de: ClientID.notAPseudonym.de, en: ClientID.notAPseudonym.en))
            }
            return .success(pseudonym)
        case .pseudonymAfterAcuteRisk:
            return .success(trimmed.hasPrefix("k-") ? "K" + trimmed.dropFirst() : trimmed)
        case .municipality:
            return .success(Self.slug(trimmed))
        case .languages:
            return .success(trimmed.lowercased())
        case .number:
            // Read here, so every command names the word that is not a number (the daemon
            // then bounds the value and names the field when it is out of range).
            guard Int64(trimmed) != nil else {
                let digits = !trimmed.isEmpty && trimmed.drop { $0 == "-" || $0 == "+" }.allSatisfy { ("0"..."9").contains($0) }
                guard !digits else {
                    // Of the right form, out of range: a data error, as the daemon's range checks.
                    var failure = Self.notA(name, word, de: "zu groß", en: "too large")
                    failure.exitCode = .dataError
                    return .failure(failure)
                }
                return .failure(Self.notA(name, word, de: "keine ganze Zahl", en: "not a whole number"))
            }
            // Every number Lotse takes (a record's number, a count, a year) starts at 1: one
            // refusal for all of them, worded alike whichever command it is.
            if let value = Int64(trimmed), value < 1 {
                var failure = Self.notA(name, word, de: "kleiner als 1", en: "less than 1")
                failure.exitCode = .dataError
                return .failure(failure)
            }
            return .success(trimmed)
        case .text, .specialist, .specialists, .user, .file, .directory:
            return .success(word)
        }
    }

    /// The declared word that `word` is, whatever its case and with blanks or dashes, or
    /// that a German word stands for; else a usage error naming the word and listing the
    /// words taken (German words in German, the codes in English).
    static func canonical(_ word: String, among words: [String], for name: String) -> Result<String, ClientFailure> {
        let spelled = slug(word)
        if let code = words.first(where: { $0.lowercased() == word.lowercased() || slug($0) == spelled }) ?? GermanKeywords.code(for: word, among: words) {
            return .success(code)
        }
        let german = words.map(GermanKeywords.shown).joined(separator: ", ")
        let shown = ShownValue.oneLine(word)
        return .failure(ClientFailure(exitCode: .usage,
                                      de: "\(translated(name, .german)): „\(shown)“ ist keiner der Werte \(german).",
                                      en: "\(name): \"\(shown)\" is not one of \(words.joined(separator: ", "))."))
    }

    /// A name as a catalogue id: lower case, umlauts and ß spelled out, every run of other
    /// characters one `-` (`Bietigheim Bissingen` → `bietigheim-bissingen`).
    public static func slug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for character in name.lowercased() {
            let spelled: String
            switch character {
            case "ä": spelled = "ae"
            case "ö": spelled = "oe"
            case "ü": spelled = "ue"
            case "ß": spelled = "ss"
            default: spelled = character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
            }
            if spelled.isEmpty {
                pendingDash = !result.isEmpty
                continue
            }
            if pendingDash { result += "-" }
            pendingDash = false
            result += spelled
        }
        return result.isEmpty ? name : result
    }

    /// A word not of its kind's form: a usage error (sysexits: "bad syntax in a
    /// parameter"), like every refusal of the parser.
    static func notA(_ name: String, _ word: String, de: String, en: String) -> ClientFailure {
        // An operand is named by its placeholder, which has a German word (TERMIN for APPOINTMENT);
        // the word is shown on one line and cut, however long or odd it was.
        let shown = ShownValue.oneLine(word)
        return ClientFailure(exitCode: .usage, de: "\(translated(name, .german)): „\(shown)“ ist \(de).", en: "\(name): \"\(shown)\" is \(en).")
    }
}
