/// The urgency reason Lotse gives a referral itself — the follow-up a specialist's
/// assessment recommends — is stored as a code and worded when it is shown, so that a
/// German reader never meets a sentence the daemon once wrote in English. Every other
/// reason is the caseworker's own text and is shown as it was written.
public enum UrgencyReasonText {
    /// The stored code of "present again from `date`, as assessment `assessment`
    /// recommends" (`present-again:2027-03-04:2`).
    public static func presentAgain(from date: CalendarDate, assessment: AssessmentID) -> String {
        "present-again:\(date.description):\(assessment)"
    }

    /// SQL `LIKE` patterns that find the present-again reason of `assessment`: the code,
    /// and the sentence earlier versions stored.
    public static func presentAgainPatterns(assessment: AssessmentID) -> (current: String, earlier: String) {
        ("present-again:%:\(assessment)", "% (assessment \(assessment))")
    }

    /// `stored` for people in `language`: the code above (and the English sentence that
    /// earlier versions stored, `present again from 04.03.2027 (assessment 2)`) in words,
    /// anything else unchanged.
    public static func words(_ stored: String, in language: MessageLanguage) -> String {
        guard let (date, assessment) = presentAgain(stored) else { return stored }
        return language.pick(de: "erneute Vorstellung ab \(date.displayText) (Einschätzung \(assessment))",
                             en: "present again from \(date.displayText) (assessment \(assessment))")
    }

    /// The date and the assessment number of a present-again reason, nil for any other text.
    static func presentAgain(_ stored: String) -> (CalendarDate, String)? {
        let code = stored.split(separator: ":", omittingEmptySubsequences: false)
        if code.count == 3, code[0] == "present-again", let date = CalendarDate(iso: String(code[1])),
           !code[2].isEmpty, code[2].allSatisfy(\.isNumber) {
            return (date, String(code[2]))
        }
        // What earlier versions stored: "present again from DD.MM.YYYY (assessment N)".
        let prefix = "present again from ", middle = " (assessment "
        guard stored.hasPrefix(prefix), stored.hasSuffix(")"), let range = stored.range(of: middle) else { return nil }
        let dateText = stored[stored.index(stored.startIndex, offsetBy: prefix.count)..<range.lowerBound]
        let number = stored[range.upperBound..<stored.index(before: stored.endIndex)]
        let parts = dateText.split(separator: ".")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = CalendarDate(year: year, month: month, day: day), !number.isEmpty, number.allSatisfy(\.isNumber) else { return nil }
        return (date, String(number))
    }
}
