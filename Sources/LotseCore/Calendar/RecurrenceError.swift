/// Why a rule could not be expanded from a given start, with the dates named.
public enum RecurrenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `DTSTART` is not itself an occurrence of the rule (a Wednesday for `BYDAY=1TU`).
    /// Lotse refuses this rather than follow RFC 5545's odd "DTSTART counts anyway", which
    /// would create a session on a day the rule never names.
    case startIsNotAnOccurrence(start: CalendarDate, rule: String)
    /// `UNTIL` lies before `DTSTART`: the series would be empty.
    case untilBeforeStart(until: String, start: LocalDateTime)

    /// The English sentence.
    public var description: String { message(in: .en) }

    /// One sentence naming the dates, in German or English, after `RRULE:`.
    public func message(in language: MessageLanguage) -> String { "RRULE: " + reason(in: language) }

    /// `message` without the `RRULE:` in front, for a caller that names the rule itself
    /// (`--rrule:`); days as readers write them, values in the language's quotation marks.
    public func reason(in language: MessageLanguage) -> String {
        switch self {
        case .startIsNotAnOccurrence(let start, let rule):
            language.pick(
                de: "der Starttag \(start.displayText) (\(start.weekday.rfc5545Code)) ist kein Termin der Regel „\(rule)“; bitte den ersten Termin der Reihe als Start angeben.",
                en: "the start day \(start.displayText) (\(start.weekday.rfc5545Code)) is not an occurrence of the rule \"\(rule)\"; give the series' first occurrence as its start.")
        case .untilBeforeStart(let until, let start):
            language.pick(de: "UNTIL „\(until)“ liegt vor dem Start am \(start.date.displayText) um \(start.timeText); die Reihe wäre leer.",
                          en: "UNTIL \"\(until)\" lies before the start on \(start.date.displayText) at \(start.timeText); the series would be empty.")
        }
    }
}
