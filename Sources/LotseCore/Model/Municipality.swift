/// A municipality of the district: the unit of quotas and of a client's belonging.
public struct Municipality: Sendable, Codable, Hashable {
    /// Stable id used everywhere else.
    public let id: MunicipalityID
    /// Name as people write it (`Kornwestheim`); defaults to the id with a capital.
    public let name: String

    /// Creates a municipality; an empty name falls back to the capitalised id.
    public init(id: MunicipalityID, name: String? = nil) {
        self.id = id
        let given = name ?? ""
        self.name = given.isEmpty ? id.value.prefix(1).uppercased() + id.value.dropFirst() : given
    }
}

extension Municipality {
    /// The words that join a town's name to its river or landscape in official names
    /// (`Vaihingen an der Enz`, `Marbach am Neckar`, `Freiburg im Breisgau`).
    static let joiningWords: Set<String> = ["an", "am", "der", "die", "den", "dem", "im", "in", "ob", "bei", "auf", "unter", "ueber", "vor"]

    /// The municipality among `known` that `text` names, so that people may type the
    /// official name where the configuration keeps a short id: the id itself (any case);
    /// a name whose words without the joining words are the id's (`Vaihingen an der Enz`
    /// for `vaihingen-enz`); or a name that begins with the id's words followed by a
    /// joining word (`Marbach am Neckar` for `marbach`). Nil when no municipality or more
    /// than one fits.
    public static func id(named text: String, among known: [MunicipalityID]) -> MunicipalityID? {
        let words = Self.words(text)
        guard !words.isEmpty else { return nil }
        if let exact = known.first(where: { $0.value == words.joined(separator: "-") }) { return exact }
        let essential = words.filter { !joiningWords.contains($0) }
        let own = known.map { ($0, $0.value.split(separator: "-").map(String.init)) }
        // The whole name first (`Neustadt an der Aisch` is `neustadt-aisch`, not `neustadt`).
        let whole = own.filter { $0.1 == essential }
        if whole.count == 1 { return whole[0].0 }
        let begun = own.filter { words.count > $0.1.count && words.starts(with: $0.1) && joiningWords.contains(words[$0.1.count]) }
        return whole.isEmpty && begun.count == 1 ? begun[0].0 : nil
    }

    /// `text` in lower-case ASCII words: umlauts and ß spelled out, every other character
    /// that is not a letter or digit a break (`Bietigheim-Bissingen` → bietigheim, bissingen).
    static func words(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        for character in text.lowercased() {
            let spelled: String = switch character {
            case "ä": "ae"
            case "ö": "oe"
            case "ü": "ue"
            case "ß": "ss"
            default: character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
            }
            if spelled.isEmpty {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current += spelled
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
