/// A single e-mail address that is safe to hand to `sendmail -i -f BOUNCE -- RECIPIENT`
/// and to write into a header: no leading `-` (it would read as an option), no control
/// characters or blanks (header injection), exactly one `@`, no list separators (one
/// recipient per reminder), a plain dot-atom local part and a host name. The model, the
/// configuration, the store and the mail all use this one type and its one set of rules.
public struct EmailAddress: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The address as given, e.g. `anna.berg@kreis.example`.
    public let value: String

    /// What makes a text unusable as an address; its description completes a sentence
    /// that starts with the quoted text.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case tooLong
        case leadingDash
        case controlOrBlank
        case notSingleAddress
        case malformed

        /// "… is not …" wording for CLI and configuration errors.
        public var description: String { text(in: .en) }

        /// The same in German: "… ist …", after the quoted text.
        public var german: String { text(in: .de) }

        /// The reason in `language`, after the quoted text: one case, both languages.
        public func text(in language: MessageLanguage) -> String {
            switch self {
            case .empty: language.pick(de: "ist leer; eine E-Mail-Adresse wird gebraucht", en: "is empty; an e-mail address is needed")
            case .tooLong: language.pick(de: "hat mehr als 254 Zeichen, zu lang für eine E-Mail-Adresse",
                                         en: "is longer than 254 characters, too long for an e-mail address")
            case .leadingDash: language.pick(de: "beginnt mit -, was sendmail als Option lesen würde",
                                             en: "starts with -, which sendmail would read as an option")
            case .controlOrBlank: language.pick(de: "enthält Leer- oder Steuerzeichen, die in einer E-Mail-Adresse verboten sind",
                                                en: "contains blanks or control characters, not allowed in an e-mail address")
            case .notSingleAddress: language.pick(de: "ist nicht genau eine E-Mail-Adresse (keine Listen, Namen oder spitzen Klammern)",
                                                  en: "is not a single e-mail address (no lists, names or angle brackets)")
            case .malformed: language.pick(de: "ist keine E-Mail-Adresse der Form name@domain", en: "is not an e-mail address of the form name@domain")
            }
        }
    }

    /// Checks and wraps a text; use this wherever input reaches the model. The reason is
    /// the coarse one configuration and CLI errors word; `init(validating:)` gives the
    /// detailed one. Both apply the same rules.
    public static func validate(_ text: String) -> Result<EmailAddress, Problem> {
        do {
            return .success(try EmailAddress(validating: text))
        } catch {
            switch error {
            case .empty: return .failure(.empty)
            case .tooLong: return .failure(.tooLong)
            case .leadingDash: return .failure(.leadingDash)
            case .controlCharacter, .whitespace: return .failure(.controlOrBlank)
            case .moreThanOneAddress: return .failure(.notSingleAddress)
            case .notOneAtSign: return .failure(text.contains("@") ? .notSingleAddress : .malformed)
            case .badLocalPart, .badDomain: return .failure(.malformed)
            }
        }
    }

    /// Validates `text` as exactly one RFC 5322 `addr-spec` (`local@domain`), or throws
    /// saying what is wrong with it. The address becomes a command-line argument of
    /// sendmail and a header, so the checks are about safety first: no leading `-`, no
    /// control characters or spaces, no second address (`,` `;` `<` `>`), no quoted local
    /// part or domain literal (legal, but never needed here and easy to abuse).
    public init(validating text: String) throws(EmailAddressError) {
        if text.isEmpty { throw .empty }
        if text.hasPrefix("-") { throw .leadingDash(text) }
        if text.utf8.count > 254 { throw .tooLong(text) }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                throw .controlCharacter(Self.visible(text))
            }
            if scalar == " " || scalar == "\t" { throw .whitespace(text) }
        }
        // After blanks, so `a@b, c@d` is named for its blank (as the configuration words it).
        if text.unicodeScalars.contains(where: { ",;<>".unicodeScalars.contains($0) }) { throw .moreThanOneAddress(text) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .notOneAtSign(text) }
        let local = parts[0]
        let domain = parts[1]
        guard Self.isDotAtom(local, allowed: Self.localCharacters) else { throw .badLocalPart(text) }
        guard local.utf8.count <= 64 else { throw .badLocalPart(text) }
        guard Self.isDomain(domain) else { throw .badDomain(text) }
        value = text
    }

    /// For literal defaults known to be valid; never for input.
    init(unchecked value: String) { self.value = value }

    /// The address itself.
    public var description: String { value }

    /// The domain part, used e.g. for the Message-ID.
    public var domain: String {
        String(value[value.index(after: value.lastIndex(of: "@") ?? value.startIndex)...])
    }

    /// Decoding re-validates, so a stored or transmitted address is never trusted blindly.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch EmailAddress.validate(text) {
        case .success(let address): self = address
        case .failure(let problem):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" \(problem)"))
        }
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    private static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-".unicodeScalars)

    private static func isDotAtom(_ text: Substring, allowed: Set<Unicode.Scalar>) -> Bool {
        let atoms = text.split(separator: ".", omittingEmptySubsequences: false)
        return !atoms.isEmpty && atoms.allSatisfy { atom in
            !atom.isEmpty && atom.unicodeScalars.allSatisfy { allowed.contains($0) }
        }
    }

    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return !labels.isEmpty && text.utf8.count <= 253 && labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    /// The text with control characters shown as `\u{…}`, for an error message.
    static func visible(_ text: String) -> String {
        text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }
}

extension EmailAddress {
    /// The refusal of `text` as an address in `field`, worded alike wherever an address is
    /// typed (a specialist, a caseworker's entry), the value shown on one line.
    /// `emptyClears` adds that an empty address removes the one stored.
    public static func refusal(_ text: String, field: String, emptyClears: Bool = false) -> ModelError {
        let shown = ShownValue.oneLine(text)
        return ModelError(field: field,
                          en: "\"\(shown)\" is not a usable e-mail address" + (emptyClears ? " (an empty one clears the address)" : ""),
                          de: "„\(shown)“ ist keine verwendbare E-Mail-Adresse" + (emptyClears ? " (eine leere löscht die Adresse)" : ""))
    }
}
