/// Why a recurrence rule text was refused: the part (`BYDAY`), the offending value
/// (`8TU`) and what is wrong, so the message can say all three in one sentence.
public struct RecurrenceRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the part.
    public enum Problem: Sendable, Hashable {
        /// The rule text is empty.
        case emptyRule
        /// A part is not `NAME=VALUE`.
        case notNameValue
        /// A part has an empty value.
        case emptyValue
        /// A part appears twice.
        case duplicatePart
        /// An RFC 5545 part outside Lotse's subset (`BYMONTHDAY`, `BYSETPOS`, …).
        case unsupportedPart
        /// A name RFC 5545 does not define.
        case unknownPart
        /// `FREQ` is missing.
        case missingFrequency
        /// An RFC 5545 frequency outside the subset (`DAILY`, `YEARLY`, …).
        case unsupportedFrequency
        /// Not a frequency at all.
        case unknownFrequency
        /// `INTERVAL` or `COUNT` is not a whole number of at least 1.
        case notPositiveInteger
        /// A number larger than Lotse accepts for this part (`max`).
        case tooLarge(max: Int)
        /// A `BYDAY` or `WKST` weekday code that is not `MO` … `SU`.
        case unknownWeekday
        /// A `BYDAY` ordinal outside 1…5 and -1…-5.
        case ordinalOutOfRange
        /// A `BYDAY` ordinal with `FREQ=WEEKLY`.
        case ordinalWithWeekly
        /// The same `BYDAY` entry twice.
        case duplicateWeekday
        /// `UNTIL` is neither a date nor a date-time.
        case malformedUntil
        /// Both `COUNT` and `UNTIL` are given.
        case countAndUntil
    }

    /// The rule part concerned (`BYDAY`, `FREQ`, …), or the whole part text when it has no name.
    public let part: String
    /// The offending value (for `BYDAY` the single entry, e.g. `8TU`); empty when none.
    public let value: String
    /// What is wrong.
    public let problem: Problem

    /// An error about one part.
    public init(part: String, value: String = "", problem: Problem) {
        self.part = part
        self.value = value
        self.problem = problem
    }

    /// The English sentence (`RRULE: BYDAY "8TU": the ordinal must be 1 to 5 or -1 to -5.`).
    public var description: String { message(in: .en) }

    /// One sentence naming the part and value, in German or English, after `RRULE:` (as a
    /// configuration file or a log names the rule).
    public func message(in language: MessageLanguage) -> String { "RRULE: " + reason(in: language) }

    /// `message` without the `RRULE:` in front, for a caller that names the rule itself
    /// (the command line's `--rrule:`); values in the language's quotation marks.
    public func reason(in language: MessageLanguage) -> String {
        let quoted = language == .de ? "„\(value)“" : "\"\(value)\""
        let subject = value.isEmpty ? part : "\(part) \(quoted)"
        let supported = "FREQ, INTERVAL, BYDAY, WKST, UNTIL, COUNT"
        let text: String
        switch problem {
        case .emptyRule:
            return language.pick(de: "die Regel ist leer; erwartet z. B. FREQ=MONTHLY;BYDAY=1TU.",
                                 en: "the rule is empty; expected e.g. FREQ=MONTHLY;BYDAY=1TU.")
        case .notNameValue:
            return language.pick(de: "der Teil „\(part)“ hat nicht die Form NAME=WERT.",
                                 en: "the part \"\(part)\" is not of the form NAME=VALUE.")
        case .emptyValue:
            text = language.pick(de: "der Wert fehlt", en: "the value is missing")
        case .duplicatePart:
            text = language.pick(de: "kommt mehr als einmal vor", en: "appears more than once")
        case .unsupportedPart:
            text = language.pick(de: "wird von Lotse nicht unterstützt (unterstützt: \(supported))",
                                 en: "is not supported by Lotse (supported: \(supported))")
        case .unknownPart:
            text = language.pick(de: "ist kein Teil einer RRULE (unterstützt: \(supported))",
                                 en: "is not an RRULE part (supported: \(supported))")
        case .missingFrequency:
            return language.pick(de: "FREQ fehlt; erwartet FREQ=WEEKLY oder FREQ=MONTHLY.",
                                 en: "FREQ is missing; expected FREQ=WEEKLY or FREQ=MONTHLY.")
        case .unsupportedFrequency:
            text = language.pick(de: "wird nicht unterstützt; nur WEEKLY und MONTHLY",
                                 en: "is not supported; only WEEKLY and MONTHLY are")
        case .unknownFrequency:
            text = language.pick(de: "ist keine Frequenz; erwartet WEEKLY oder MONTHLY",
                                 en: "is not a frequency; expected WEEKLY or MONTHLY")
        case .notPositiveInteger:
            text = language.pick(de: "muss eine ganze Zahl ab 1 sein", en: "must be a whole number of at least 1")
        case .tooLarge(let max):
            text = language.pick(de: "ist zu groß; höchstens \(max)", en: "is too large; at most \(max)")
        case .unknownWeekday:
            text = language.pick(de: "ist kein Wochentag; erwartet MO, TU, WE, TH, FR, SA oder SU",
                                 en: "is not a weekday; expected MO, TU, WE, TH, FR, SA or SU")
        case .ordinalOutOfRange:
            text = language.pick(de: "die Ordnungszahl muss 1 bis 5 oder -1 bis -5 sein",
                                 en: "the ordinal must be 1 to 5 or -1 to -5")
        case .ordinalWithWeekly:
            text = language.pick(de: "eine Ordnungszahl ist nur mit FREQ=MONTHLY erlaubt",
                                 en: "an ordinal is only allowed with FREQ=MONTHLY")
        case .duplicateWeekday:
            text = language.pick(de: "steht doppelt in der Liste", en: "appears twice in the list")
        case .malformedUntil:
            text = language.pick(de: "ist weder ein Datum (JJJJMMTT) noch eine Datum-Uhrzeit (JJJJMMTTTHHMMSS, optional mit Z)",
                                 en: "is neither a date (YYYYMMDD) nor a date-time (YYYYMMDDTHHMMSS, optionally with Z)")
        case .countAndUntil:
            return language.pick(de: "COUNT und UNTIL dürfen nicht beide angegeben werden.",
                                 en: "COUNT and UNTIL must not both be given.")
        }
        let separator = [.ordinalOutOfRange, .ordinalWithWeekly, .emptyValue].contains(problem) ? ": " : " "
        return subject + separator + text + "."
    }
}
