/// A single e-mail address that is safe to hand to `sendmail -i -f BOUNCE -- RECIPIENT`:
/// no leading `-` (it would read as an option), no control characters or blanks (header
/// injection), exactly one `@`, no list separators (one recipient per reminder).
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
        public var description: String {
            switch self {
            case .empty: "is empty; an e-mail address is needed"
            case .tooLong: "is longer than 254 characters, too long for an e-mail address"
            case .leadingDash: "starts with -, which sendmail would read as an option"
            case .controlOrBlank: "contains blanks or control characters, not allowed in an e-mail address"
            case .notSingleAddress: "is not a single e-mail address (no lists, names or angle brackets)"
            case .malformed: "is not an e-mail address of the form name@domain"
            }
        }
    }

    /// Checks and wraps a text; use this wherever input reaches the model.
    public static func validate(_ text: String) -> Result<EmailAddress, Problem> {
        if text.isEmpty { return .failure(.empty) }
        if text.utf8.count > 254 { return .failure(.tooLong) }
        if text.hasPrefix("-") { return .failure(.leadingDash) }
        if text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0.properties.isWhitespace }) {
            return .failure(.controlOrBlank)
        }
        if text.contains(where: { ",;<>\"()[]".contains($0) }) { return .failure(.notSingleAddress) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !parts[1].contains("..") else {
            return parts.count > 2 ? .failure(.notSingleAddress) : .failure(.malformed)
        }
        return .success(EmailAddress(unchecked: text))
    }

    /// For literal defaults known to be valid; never for input.
    init(unchecked value: String) { self.value = value }

    /// The address itself.
    public var description: String { value }

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
}
