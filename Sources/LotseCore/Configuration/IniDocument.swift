/// One `key = value` line of an INI file, with the line it came from so that every
/// later error can point at it.
struct IniEntry: Sendable, Equatable {
    let key: String
    let value: String
    let line: Int
}

/// One `[name]` section and its entries in file order.
struct IniSection: Sendable, Equatable {
    let name: String
    let line: Int
    var entries: [IniEntry]
}

/// The syntax layer of `lotse.conf`: sections, keys and values with line numbers, and
/// nothing about their meaning. Rules (documented in `Config/lotse.conf`):
/// - a line whose first non-blank character is `#` is a comment; `#` elsewhere is part
///   of the value, so texts like the emergency route may contain it;
/// - `[name]` opens a section; names are lower-case letters, digits, `-`, `_` and `.`;
/// - `key = value`; blanks around key and value are trimmed; a value may be empty only
///   where the key allows it;
/// - a key before any section, a key twice in a section and a section twice in the
///   file are errors.
struct IniDocument: Sendable, Equatable {
    let sections: [IniSection]

    /// Every line of a configuration text with its 1-based number, blanks trimmed: a
    /// leading byte-order mark (editors on Windows may save one) is not part of line 1, and
    /// CRLF endings count as one line break. The full parser and the CLI's lenient
    /// socket-key reader number lines the same way, so their errors name the same line.
    static func trimmedLines(_ text: String) -> [(number: Int, text: Substring)] {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        var lines: [(number: Int, text: Substring)] = []
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            lines.append((lines.count + 1, line.trimmingBlanks()))
        }
        return lines
    }

    /// Splits the text into sections; throws at the first line that breaks the rules.
    static func parse(_ text: String, file: String) throws(ConfigurationError) -> IniDocument {
        var sections: [IniSection] = []
        var sectionLines: [String: Int] = [:]
        var keyLines: [String: Int] = [:]
        for (lineNumber, trimmed) in trimmedLines(text) {
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), trimmed.count >= 2 else {
                    throw ConfigurationError(file: file, line: lineNumber,
                                             de: "dem Abschnittskopf „\(trimmed)“ fehlt die schließende ]",
                                             en: "section header \"\(trimmed)\" lacks its closing ]")
                }
                let name = String(trimmed.dropFirst().dropLast().trimmingBlanks())
                guard isValidName(name) else {
                    throw ConfigurationError(file: file, line: lineNumber,
                                             de: "„\(name)“ ist kein gültiger Abschnittsname (erlaubt sind Kleinbuchstaben, Ziffern, -, _ und .)",
                                             en: "\"\(name)\" is not a valid section name (use lower-case letters, digits, -, _ and .)")
                }
                if let first = sectionLines[name] {
                    throw ConfigurationError(file: file, line: lineNumber, section: name,
                                             de: "Abschnitt doppelt (zuerst in Zeile \(first))",
                                             en: "duplicate section (first on line \(first))")
                }
                sectionLines[name] = lineNumber
                keyLines = [:]
                sections.append(IniSection(name: name, line: lineNumber, entries: []))
                continue
            }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw ConfigurationError(file: file, line: lineNumber,
                                         de: "die Zeile ist weder ein [Abschnitt] noch ein Paar Schlüssel = Wert noch ein # Kommentar",
                                         en: "line is neither a [section], a key = value pair nor a # comment")
            }
            let key = String(trimmed[..<equals].trimmingBlanks())
            let value = String(trimmed[trimmed.index(after: equals)...].trimmingBlanks())
            guard !key.isEmpty else {
                throw ConfigurationError(file: file, line: lineNumber, de: "ein Wert ohne Schlüssel vor dem =",
                                         en: "a value without a key before the =")
            }
            guard isValidName(key) else {
                throw ConfigurationError(file: file, line: lineNumber, section: sections.last?.name, key: key,
                                         de: "kein gültiger Schlüssel (erlaubt sind Kleinbuchstaben, Ziffern, -, _ und .)",
                                         en: "not a valid key (use lower-case letters, digits, -, _ and .)")
            }
            guard !sections.isEmpty else {
                throw ConfigurationError(file: file, line: lineNumber, key: key,
                                         de: "Schlüssel außerhalb jedes [Abschnitts]", en: "key outside any [section]")
            }
            if let first = keyLines[key] {
                throw ConfigurationError(file: file, line: lineNumber, section: sections[sections.count - 1].name, key: key,
                                         de: "Schlüssel doppelt (zuerst gesetzt in Zeile \(first))",
                                         en: "duplicate key (first set on line \(first))")
            }
            keyLines[key] = lineNumber
            sections[sections.count - 1].entries.append(IniEntry(key: key, value: value, line: lineNumber))
        }
        return IniDocument(sections: sections)
    }

    private static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { ch in
            ("a"..."z").contains(ch) || ch.isASCIIDigit || ch == "-" || ch == "_" || ch == "."
        }
    }
}

extension StringProtocol {
    /// Trims spaces and tabs only: the configuration has no other blanks worth trimming,
    /// and Unicode-aware trimming would also eat meaningful characters.
    func trimmingBlanks() -> Substring {
        let s = Substring(self)
        guard let start = s.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let end = s.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return s[s.endIndex...] }
        return s[start...end]
    }
}
