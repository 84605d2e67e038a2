/// A client's pseudonym, `K-YYYY-NNNN` (`K-2026-0042`): the only way Lotse refers to a
/// person. The caseworker keeps the link to the name; Lotse never stores one.
///
/// The running number has at least four digits and grows beyond them when a year needs
/// more than 9 999 (`K-2026-10000` … `K-2026-9999999`): every pseudonym issued so far keeps
/// its form and meaning, and no district can exhaust a year. Only the canonical spelling
/// is accepted (no leading zero beyond the four-digit padding), so one number never has
/// two spellings.
public struct ClientID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Year part (2000…2999), the year the pseudonym was issued.
    public let year: Int
    /// Running number within the year, 1…`maxNumber`.
    public let number: Int

    /// The highest running number of a year: seven digits, ten million pseudonyms a year.
    public static let maxNumber = 9_999_999

    /// Why a word is no pseudonym, after the word itself: the whole rule, so that
    /// `K-1999-0001` (right shape, year out of range) is not told it has the wrong shape.
    /// One wording for the parser, the commands and the daemon.
    public static let notAPseudonym = (de: "kein Pseudonym (K-JJJJ-NNNN: Jahr 2000 bis 2999, Nummer ab 0001)",
                                       en: "not a pseudonym (K-YYYY-NNNN: year 2000 to 2999, number from 0001)")

    /// Parses `K-YYYY-NNNN` (four to seven digits, canonical); nil for anything else
    /// (also `K-2026-0000` and `K-2026-00042`).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "K", parts[1].count == 4, (4...7).contains(parts[2].count),
              parts[1].allSatisfy(\.isASCIIDigit), parts[2].allSatisfy(\.isASCIIDigit),
              parts[2].count == 4 || parts[2].first != "0",
              let y = Int(parts[1]), let n = Int(parts[2]) else { return nil }
        self.init(year: y, number: n)
    }

    /// Builds a pseudonym from its parts, as the daemon does when it issues the next one.
    public init?(year: Int, number: Int) {
        guard (2000...2999).contains(year), (1...Self.maxNumber).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// `K-YYYY-NNNN`.
    public var description: String {
        let n = String(number)
        return "K-\(year)-" + String(repeating: "0", count: max(0, 4 - n.count)) + n
    }

    /// By year, then number: issue order.
    public static func < (lhs: ClientID, rhs: ClientID) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }

    /// Decoding re-validates the pseudonym.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ClientID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a pseudonym K-YYYY-NNNN"))
        }
        self = id
    }

    /// Encodes as `K-YYYY-NNNN`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
