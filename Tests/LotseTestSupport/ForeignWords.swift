/// Finds text of the other language in program output with lists of function words:
/// a German line holding "the", "is" or "with" has an English sentence inside, an English
/// line holding "der", "ist" or "nicht" a German one. Content words are left alone (a
/// place called "Landratsamt" is a name in both languages), and so are tokens that are
/// codes rather than words: anything with a digit, a hyphen, `@`, `/`, `_`, `=`, `:` or
/// an inner dot (pseudonyms, user and municipality ids, reason codes, addresses, paths,
/// options), and words in capitals (`UNTIL`, `COUNT`: parts of a recurrence rule). Words both languages use alike ("in", "an", "was", "will", "so") are in
/// neither list.
public enum ForeignWords {
    /// English function words that are not also German words.
    public static let english: Set<String> = [
        "the", "is", "are", "not", "with", "for", "this", "has", "have", "of", "and", "to", "on", "by", "at",
        "be", "it", "its", "there", "which", "that", "from", "were", "been", "can", "cannot", "no", "yet", "your",
        "you", "any", "every", "than", "into", "only", "when", "or", "these", "those", "would", "should", "does",
        "been", "their", "they", "what", "who", "here", "after", "before", "until", "none",
    ]

    /// German function words that are not also English words.
    public static let german: Set<String> = [
        "der", "die", "das", "ist", "nicht", "und", "mit", "für", "wird", "kein", "keine", "keinen", "ein", "eine",
        "einen", "den", "dem", "des", "sind", "auf", "von", "zu", "im", "oder", "bei", "noch", "nach", "wurde",
        "werden", "ihre", "ihr", "sie", "es", "aus", "vor", "über", "nur", "schon", "wartet", "warten", "diese",
        "dieser", "dieses", "jetzt", "nichts", "vom", "zum", "zur",
    ]

    /// The words of `text` a reader would take as words (codes left out), lower-cased.
    public static func words(_ line: Substring) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { raw in
            let token = raw.trimmingPunctuation()
            if token.isEmpty { return nil }
            if token.contains(where: { $0.isNumber || "-@/_=:".contains($0) }) { return nil }
            if token.dropLast().contains(".") { return nil }
            if token.count > 1, token == token.uppercased() { return nil }
            return token.lowercased()
        }
    }

    /// Lines of `text` that hold a word of `list`, each with the word found.
    public static func offending(_ text: String, _ list: Set<String>,
                                 skipping skip: (Substring) -> Bool = { _ in false }) -> [String] {
        text.split(separator: "\n").compactMap { line in
            if skip(line) { return nil }
            guard let word = words(line).first(where: list.contains) else { return nil }
            return "„\(word)“ in: \(line)"
        }
    }

    /// Lines of German output that hold an English function word.
    public static func englishIn(german text: String, skipping skip: (Substring) -> Bool = { _ in false }) -> [String] {
        offending(text, english, skipping: skip)
    }

    /// Lines of English output that hold a German function word.
    public static func germanIn(english text: String, skipping skip: (Substring) -> Bool = { _ in false }) -> [String] {
        offending(text, german, skipping: skip)
    }
}

extension Substring {
    /// Without leading and trailing punctuation and quotes.
    func trimmingPunctuation() -> String {
        let marks: Set<Character> = [",", ";", ".", "(", ")", "[", "]", "\"", "'", "„", "“", "”", "‘", "’", "!", "?", "«", "»", "—", "–", "…", "*", "`", "<", ">", "{", "}", "|"]
        var s = self
        while let first = s.first, marks.contains(first) { s = s.dropFirst() }
        while let last = s.last, marks.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
