/// Why a text is not accepted as a mail address; each case names the offending text.
public enum EmailAddressError: Error, Sendable, Equatable, CustomStringConvertible {
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
