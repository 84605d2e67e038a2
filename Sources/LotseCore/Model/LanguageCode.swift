/// The language a client needs in the consultation, as an ISO 639 code: ISO 639-1 where
/// one exists (`uk`, `ar`, `ti`), ISO 639-3 where it does not or is too coarse (`prs` Dari,
/// `kmr` Kurmanji, `ckb` Sorani, `gsg` German Sign Language). Only codes on the accepted
/// list pass, so a typo (`ukr`, `UA`) is refused instead of creating a language no slot
/// will ever offer.
public struct LanguageCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The lower-case code.
    public let code: String

    /// Returns nil for a code not on the accepted list (input is lower-cased first).
    public init?(_ text: String) {
        let lower = text.lowercased()
        guard LanguageCode.names[lower] != nil else { return nil }
        code = lower
    }

    /// The language's name for people, in German or English (`Tigrinya`, `Ukrainisch`).
    public func name(in language: MessageLanguage) -> String {
        guard let entry = LanguageCode.names[code] else { return code }
        return language == .de ? entry.german : entry.english
    }

    /// Every accepted code, sorted, for help texts and error messages.
    public static var accepted: [String] { names.keys.sorted() }

    /// The code itself.
    public var description: String { code }

    /// Alphabetical by code.
    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.code < rhs.code }

    /// Decoding re-validates against the list.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = LanguageCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not an accepted ISO 639 language code"))
        }
        self = code
    }

    /// Encodes as the plain code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// The accepted codes with their English and German names: the languages of people
    /// seeking protection in Germany and of the interpreters districts book.
    static let names: [String: (english: String, german: String)] = [
        "am": ("Amharic", "Amharisch"),
        "ar": ("Arabic", "Arabisch"),
        "az": ("Azerbaijani", "Aserbaidschanisch"),
        "bg": ("Bulgarian", "Bulgarisch"),
        "bn": ("Bengali", "Bengalisch"),
        "bs": ("Bosnian", "Bosnisch"),
        "ckb": ("Central Kurdish (Sorani)", "Zentralkurdisch (Sorani)"),
        "cs": ("Czech", "Tschechisch"),
        "de": ("German", "Deutsch"),
        "el": ("Greek", "Griechisch"),
        "en": ("English", "Englisch"),
        "es": ("Spanish", "Spanisch"),
        "fa": ("Persian (Farsi)", "Persisch (Farsi)"),
        "ff": ("Fula", "Fulfulde"),
        "fr": ("French", "Französisch"),
        "gsg": ("German Sign Language", "Deutsche Gebärdensprache"),
        "ha": ("Hausa", "Hausa"),
        "he": ("Hebrew", "Hebräisch"),
        "hi": ("Hindi", "Hindi"),
        "hr": ("Croatian", "Kroatisch"),
        "hu": ("Hungarian", "Ungarisch"),
        "hy": ("Armenian", "Armenisch"),
        "ig": ("Igbo", "Igbo"),
        "it": ("Italian", "Italienisch"),
        "ka": ("Georgian", "Georgisch"),
        "kk": ("Kazakh", "Kasachisch"),
        "kmr": ("Northern Kurdish (Kurmanji)", "Nordkurdisch (Kurmandschi)"),
        "ku": ("Kurdish", "Kurdisch"),
        "ky": ("Kyrgyz", "Kirgisisch"),
        "ln": ("Lingala", "Lingala"),
        "mk": ("Macedonian", "Mazedonisch"),
        "mn": ("Mongolian", "Mongolisch"),
        "my": ("Burmese", "Birmanisch"),
        "ne": ("Nepali", "Nepalesisch"),
        "nl": ("Dutch", "Niederländisch"),
        "om": ("Oromo", "Oromo"),
        "pa": ("Punjabi", "Panjabi"),
        "pl": ("Polish", "Polnisch"),
        "prs": ("Dari", "Dari"),
        "ps": ("Pashto", "Paschtu"),
        "pt": ("Portuguese", "Portugiesisch"),
        "ro": ("Romanian", "Rumänisch"),
        "ru": ("Russian", "Russisch"),
        "rw": ("Kinyarwanda", "Kinyarwanda"),
        "sd": ("Sindhi", "Sindhi"),
        "sk": ("Slovak", "Slowakisch"),
        "so": ("Somali", "Somali"),
        "sq": ("Albanian", "Albanisch"),
        "sr": ("Serbian", "Serbisch"),
        "sw": ("Swahili", "Suaheli"),
        "ta": ("Tamil", "Tamil"),
        "tg": ("Tajik", "Tadschikisch"),
        "ti": ("Tigrinya", "Tigrinya"),
        "tk": ("Turkmen", "Turkmenisch"),
        "tr": ("Turkish", "Türkisch"),
        "tzm": ("Central Atlas Tamazight", "Zentralatlas-Tamazight"),
        "uk": ("Ukrainian", "Ukrainisch"),
        "ur": ("Urdu", "Urdu"),
        "uz": ("Uzbek", "Usbekisch"),
        "vi": ("Vietnamese", "Vietnamesisch"),
        "wo": ("Wolof", "Wolof"),
        "yo": ("Yoruba", "Yoruba"),
        "zh": ("Chinese", "Chinesisch"),
        "zza": ("Zazaki", "Zazaisch"),
    ]
}
