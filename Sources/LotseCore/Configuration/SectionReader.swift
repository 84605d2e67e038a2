/// Typed access to one section's values for the section parsers. It remembers which
/// keys were read, so that whatever is left over is reported as an unknown key, and it
/// builds every error with the file, line, section and key of the value at fault.
struct SectionReader {
    let file: String
    let section: IniSection
    private var used: Set<String> = []
    /// Every key the section's parser asked for, present or not, in order; a family read
    /// by prefix is recorded as `PREFIX*`. `Configuration.keyCatalogue` is built from it.
    private(set) var asked: [String] = []

    init(file: String, section: IniSection) {
        self.file = file
        self.section = section
    }

    /// The entry for a key, marking it as read.
    mutating func entry(_ key: String) -> IniEntry? {
        if !asked.contains(key) { asked.append(key) }
        guard let found = section.entries.first(where: { $0.key == key }) else { return nil }
        used.insert(key)
        return found
    }

    /// Every entry whose key starts with `prefix`, in file order, marked as read.
    mutating func entries(withPrefix prefix: String) -> [IniEntry] {
        if !asked.contains(prefix + "*") { asked.append(prefix + "*") }
        let found = section.entries.filter { $0.key.hasPrefix(prefix) }
        for entry in found { used.insert(entry.key) }
        return found
    }

    /// An error at an entry's line, worded in German and English.
    func error(_ entry: IniEntry, de: String, en: String,
               fileID: StaticString = #fileID, sourceLine: UInt = #line) -> ConfigurationError {
        ConfigurationError(file: file, line: entry.line, section: section.name, key: entry.key, de: de, en: en,
                           fileID: fileID, sourceLine: sourceLine)
    }

    /// An error about the section as a whole; points at its header.
    func sectionError(de: String, en: String, fileID: StaticString = #fileID, sourceLine: UInt = #line) -> ConfigurationError {
        ConfigurationError(file: file, line: section.line, section: section.name, de: de, en: en,
                           fileID: fileID, sourceLine: sourceLine)
    }

    /// An error about a key that should be there but is not; points at the section header.
    func missing(_ key: String, fileID: StaticString = #fileID, sourceLine: UInt = #line) -> ConfigurationError {
        ConfigurationError(file: file, line: section.line, section: section.name, key: key,
                           de: "fehlt (in diesem Abschnitt vorgeschrieben)", en: "missing (required in this section)",
                           fileID: fileID, sourceLine: sourceLine)
    }

    /// Throws for the first key nobody read: a typo must not be silently ignored.
    func rejectUnknownKeys() throws(ConfigurationError) {
        if let unknown = section.entries.first(where: { !used.contains($0.key) }) {
            throw error(unknown, de: "unbekannter Schlüssel", en: "unknown key")
        }
    }

    // MARK: typed values

    /// A non-empty text.
    mutating func text(_ key: String) throws(ConfigurationError) -> String? {
        guard let e = entry(key) else { return nil }
        guard !e.value.isEmpty else { throw error(e, de: "hat keinen Wert", en: "has no value") }
        return e.value
    }

    /// A whole number within `range`.
    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let e = entry(key) else { return nil }
        return try integerValue(e, in: range)
    }

    func integerValue(_ e: IniEntry, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard let n = ValueSyntax.wholeNumber(e.value) else {
            throw error(e, de: "„\(e.value)“ ist keine ganze Zahl", en: "\"\(e.value)\" is not a whole number")
        }
        guard range.contains(n) else {
            throw error(e, de: "\(n) liegt außerhalb des Bereichs (\(range.lowerBound)–\(range.upperBound))",
                        en: "\(n) is out of range (\(range.lowerBound)–\(range.upperBound))")
        }
        return n
    }

    /// A comma-separated list of whole numbers, each within `range`, at least one.
    mutating func integerList(_ key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> [Int]? {
        guard let e = entry(key) else { return nil }
        let items = ValueSyntax.list(e.value)
        let numbers = items.compactMap(ValueSyntax.wholeNumber)
        guard !items.isEmpty, numbers.count == items.count else {
            throw error(e, de: "„\(e.value)“ ist keine Liste ganzer Zahlen", en: "\"\(e.value)\" is not a list of whole numbers")
        }
        if let bad = numbers.first(where: { !range.contains($0) }) {
            throw error(e, de: "\(bad) liegt außerhalb des Bereichs (\(range.lowerBound)–\(range.upperBound))",
                        en: "\(bad) is out of range (\(range.lowerBound)–\(range.upperBound))")
        }
        return numbers
    }

    /// A comma-separated list of non-empty words; an empty value is an empty list.
    mutating func wordList(_ key: String) throws(ConfigurationError) -> (list: [String], entry: IniEntry)? {
        guard let e = entry(key) else { return nil }
        if e.value.isEmpty { return ([], e) }
        let items = ValueSyntax.list(e.value)
        guard !items.contains(where: \.isEmpty) else {
            throw error(e, de: "„\(e.value)“ enthält einen leeren Listeneintrag", en: "\"\(e.value)\" has an empty item in its list")
        }
        return (items, e)
    }

    /// One of the raw values of an enumeration.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, of type: T.Type) throws(ConfigurationError) -> T? where T.RawValue == String {
        guard let e = entry(key) else { return nil }
        return try choiceValue(e, of: type)
    }

    func choiceValue<T: RawRepresentable & CaseIterable>(_ e: IniEntry, of type: T.Type) throws(ConfigurationError) -> T where T.RawValue == String {
        guard let value = T(rawValue: e.value) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(e, de: "„\(e.value)“ ist keiner der erlaubten Werte: \(allowed)", en: "\"\(e.value)\" is not one of: \(allowed)")
        }
        return value
    }

    /// A path; relative paths are resolved against `baseDirectory` (the directory of the
    /// configuration file), so a configuration works wherever its directory is.
    mutating func path(_ key: String, base baseDirectory: String) throws(ConfigurationError) -> String? {
        guard let e = entry(key) else { return nil }
        guard !e.value.isEmpty else { throw error(e, de: "hat keinen Wert", en: "has no value") }
        guard !e.value.contains("\0") else { throw error(e, de: "enthält ein NUL-Zeichen", en: "contains a NUL character") }
        return ValueSyntax.resolve(e.value, against: baseDirectory)
    }

    /// An e-mail address, checked as the sendmail transport needs it.
    mutating func email(_ key: String) throws(ConfigurationError) -> EmailAddress? {
        guard let e = entry(key) else { return nil }
        switch EmailAddress.validate(e.value) {
        case .success(let address): return address
        case .failure(let problem): throw error(e, de: "„\(e.value)“ \(problem.german)", en: "\"\(e.value)\" \(problem.description)")
        }
    }

    /// A family `PREFIX.ID = N` keyed by municipality (`quota.*`, `population.*`): every
    /// id well-formed and, when the district lists its municipalities, one of them
    /// (`listedIn` names where the list is, for the error, in German and English).
    mutating func municipalityNumbers(prefix: String, listed: [MunicipalityID], listedIn: (de: String, en: String),
                                      in range: ClosedRange<Int>) throws(ConfigurationError) -> [MunicipalityID: Int] {
        var numbers: [MunicipalityID: Int] = [:]
        for e in entries(withPrefix: prefix) {
            let name = String(e.key.dropFirst(prefix.count))
            guard let id = MunicipalityID(name) else {
                throw error(e, de: "„\(name)“ ist keine Gemeinde-Kennung (Kleinbuchstaben, Ziffern und -)",
                            en: "\"\(name)\" is not a municipality id (lower-case letters, digits and -)")
            }
            if !listed.isEmpty && !listed.contains(id) {
                throw error(e, de: "„\(name)“ ist keine der Gemeinden\(listedIn.de)", en: "\"\(name)\" is not one of the municipalities\(listedIn.en)")
            }
            numbers[id] = try integerValue(e, in: range)
        }
        return numbers
    }
}

/// Small syntax helpers shared by the section parsers.
enum ValueSyntax {
    /// ASCII digits only (no sign, no blanks), to keep `1e3` or `+5` out.
    static func wholeNumber(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 18, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// Splits at commas and trims each item.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingBlanks()) }
    }

    /// An inclusive range written `LOW-HIGH` (or a single number); nil if malformed or
    /// `LOW > HIGH`.
    static func range(_ text: some StringProtocol) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
        switch parts.count {
        case 1:
            guard let n = wholeNumber(parts[0]) else { return nil }
            return n...n
        case 2:
            guard let low = wholeNumber(parts[0]), let high = wholeNumber(parts[1]), low <= high else { return nil }
            return low...high
        default:
            return nil
        }
    }

    /// Joins a relative path onto a base directory; absolute paths stay as they are.
    /// `.` and `..` components are folded away, so `Config/../var/lotse.db` becomes
    /// `var/lotse.db` (shorter socket paths, clearer messages); symbolic links are not
    /// consulted — this is text only, no file system access.
    static func resolve(_ path: String, against base: String) -> String {
        let joined = (path.hasPrefix("/") || base.isEmpty) ? path : base + "/" + path
        return normalize(joined)
    }

    /// Folds `.`, `..` and repeated `/` in a path, textually.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append(component) }
            default: parts.append(component)
            }
        }
        let body = parts.joined(separator: "/")
        if absolute { return "/" + body }
        return body.isEmpty ? "." : body
    }
}
