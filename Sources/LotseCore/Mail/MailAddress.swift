/// A validated e-mail address: exactly one RFC 5322 `addr-spec` (`local@domain`).
///
/// The address becomes a command-line argument of sendmail, so the checks are about
/// safety first: no leading `-` (it would be read as an option, even though Lotse also
/// passes `--`), no control characters or spaces, no second address (`,` `;` `<` `>`), no
/// quoted local part or domain literal (legal, but never needed here and easy to abuse).
public struct MailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The address as given, e.g. `im-nord@landkreis.example`.
    public let value: String

    /// The domain part, used e.g. for the Message-ID.
    public var domain: String {
        String(value[value.index(after: value.lastIndex(of: "@") ?? value.startIndex)...])
    }

    /// The address text.
    public var description: String { value }

    /// Validates `text` as a single address, or throws saying what is wrong with it.
    public init(validating text: String) throws(MailAddressError) {
        if text.isEmpty { throw .empty }
        if text.hasPrefix("-") { throw .leadingDash(text) }
        if text.utf8.count > 254 { throw .tooLong(text) }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                throw .controlCharacter(Self.visible(text))
            }
            if scalar == " " || scalar == "\t" { throw .whitespace(text) }
            if ",;<>".unicodeScalars.contains(scalar) { throw .moreThanOneAddress(text) }
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .notOneAtSign(text) }
        let local = parts[0]
        let domain = parts[1]
        guard Self.isDotAtom(local, allowed: Self.localCharacters) else { throw .badLocalPart(text) }
        guard local.utf8.count <= 64 else { throw .badLocalPart(text) }
        guard Self.isDomain(domain) else { throw .badDomain(text) }
        value = text
    }

    /// Decodes and re-validates, so an address read back from storage is as safe as one typed.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(validating: text)
    }

    /// Encodes the address as its text.
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

extension MailAddress {
    /// Re-checks a configured address with the stricter rules for sendmail arguments and
    /// headers (a single dot-atom `addr-spec`).
    public init(_ address: EmailAddress) throws(MailAddressError) {
        try self.init(validating: address.value)
    }
}

/// Why a text is not accepted as a mail address; each case names the offending text.
public enum MailAddressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing was given.
    case empty
    /// The address begins with `-` and could be taken for a sendmail option.
    case leadingDash(String)
    /// Longer than the 254 characters an address may have.
    case tooLong(String)
    /// Contains a control character (shown escaped).
    case controlCharacter(String)
    /// Contains a space or tab.
    case whitespace(String)
    /// Contains `,`, `;`, `<` or `>`: a list or a display form, not a single address.
    case moreThanOneAddress(String)
    /// Not exactly one `@`.
    case notOneAtSign(String)
    /// The part before `@` is not a plain dot-atom.
    case badLocalPart(String)
    /// The part after `@` is not a host name.
    case badDomain(String)

    /// One sentence for people.
    public var description: String {
        switch self {
        case .empty: return "The mail address is empty."
        case .leadingDash(let text): return "The mail address \"\(text)\" begins with \"-\", which sendmail would read as an option."
        case .tooLong(let text): return "The mail address \"\(text.prefix(40))…\" is longer than 254 characters."
        case .controlCharacter(let text): return "The mail address \"\(text)\" contains a control character."
        case .whitespace(let text): return "The mail address \"\(text)\" contains white space."
        case .moreThanOneAddress(let text): return "The mail address \"\(text)\" is not a single address (it contains , ; < or >)."
        case .notOneAtSign(let text): return "The mail address \"\(text)\" does not contain exactly one \"@\"."
        case .badLocalPart(let text): return "The part before \"@\" in the mail address \"\(text)\" is not valid."
        case .badDomain(let text): return "The domain in the mail address \"\(text)\" is not a valid host name."
        }
    }
}
