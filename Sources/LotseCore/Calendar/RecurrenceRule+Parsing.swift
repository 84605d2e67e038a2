extension RecurrenceRule {
    /// The RFC 5545 part names Lotse knows but does not support; they are refused by name
    /// rather than ignored, so that a rule never silently means something else.
    static let unsupportedPartNames: Set<String> = [
        "BYSECOND", "BYMINUTE", "BYHOUR", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO",
        "BYMONTH", "BYSETPOS", "RSCALE", "SKIP",
    ]

    /// RFC 5545 frequencies outside the subset.
    static let unsupportedFrequencies: Set<String> = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "YEARLY"]

    /// Parses a rule such as `FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20271231` (an optional leading
    /// `RRULE:` is accepted; names and values are case-insensitive, as RFC 5545 says). Every
    /// refusal names the part and value: `RRULE: BYDAY "8TU": the ordinal must be 1 to 5 or -1 to -5.`
    public static func parse(_ text: String) throws(RecurrenceRuleError) -> RecurrenceRule {
        var body = text.trimmingRuleWhitespace().uppercased()
        if body.hasPrefix("RRULE:") { body.removeFirst("RRULE:".count) }
        guard !body.isEmpty else { throw RecurrenceRuleError(part: "", problem: .emptyRule) }

        var values: [String: String] = [:]
        for rawPart in body.split(separator: ";", omittingEmptySubsequences: false) {
            let part = String(rawPart)
            guard let equals = part.firstIndex(of: "="), equals != part.startIndex else {
                throw RecurrenceRuleError(part: part, problem: .notNameValue)
            }
            let name = String(part[..<equals])
            let value = String(part[part.index(after: equals)...])
            if unsupportedPartNames.contains(name) {
                throw RecurrenceRuleError(part: name, problem: .unsupportedPart)
            }
            guard ["FREQ", "INTERVAL", "BYDAY", "WKST", "UNTIL", "COUNT"].contains(name) else {
                throw RecurrenceRuleError(part: name, problem: .unknownPart)
            }
            guard values[name] == nil else { throw RecurrenceRuleError(part: name, problem: .duplicatePart) }
            guard !value.isEmpty else { throw RecurrenceRuleError(part: name, problem: .emptyValue) }
            values[name] = value
        }

        guard let freqText = values["FREQ"] else { throw RecurrenceRuleError(part: "FREQ", problem: .missingFrequency) }
        guard let frequency = Frequency(rawValue: freqText) else {
            let problem: RecurrenceRuleError.Problem = unsupportedFrequencies.contains(freqText)
                ? .unsupportedFrequency : .unknownFrequency
            throw RecurrenceRuleError(part: "FREQ", value: freqText, problem: problem)
        }
        let interval = try values["INTERVAL"].map { v throws(RecurrenceRuleError) in try positiveInteger(v, part: "INTERVAL", max: maxInterval) } ?? 1
        let weekStart = try values["WKST"].map { v throws(RecurrenceRuleError) in try weekday(v, part: "WKST") } ?? .monday
        let byDay = try values["BYDAY"].map { v throws(RecurrenceRuleError) in try parseByDay(v, frequency: frequency) } ?? []

        let end: End
        switch (values["COUNT"], values["UNTIL"]) {
        case (.some, .some):
            throw RecurrenceRuleError(part: "COUNT", problem: .countAndUntil)
        case (.some(let count), nil):
            end = .count(try positiveInteger(count, part: "COUNT", max: maxCount))
        case (nil, .some(let until)):
            end = try parseUntil(until)
        case (nil, nil):
            end = .never
        }
        return RecurrenceRule(frequency: frequency, interval: interval, byDay: byDay, weekStart: weekStart, end: end)
    }

    /// Largest `INTERVAL`: every 1 000 weeks or months is already beyond any real series;
    /// the bound keeps period arithmetic far from overflow (an unbounded interval once
    /// trapped the daemon).
    public static let maxInterval = 1_000

    /// Largest `COUNT`: a weekly series of 10 000 sessions spans two centuries.
    public static let maxCount = 10_000

    private static func positiveInteger(_ text: String, part: String, max: Int) throws(RecurrenceRuleError) -> Int {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw RecurrenceRuleError(part: part, value: text, problem: .notPositiveInteger)
        }
        // Digits only: a number too long for Int is out of range, not malformed.
        guard let number = Int(text), number <= max else {
            throw RecurrenceRuleError(part: part, value: text, problem: .tooLarge(max: max))
        }
        guard number >= 1 else { throw RecurrenceRuleError(part: part, value: text, problem: .notPositiveInteger) }
        return number
    }

    private static func weekday(_ code: String, part: String) throws(RecurrenceRuleError) -> Weekday {
        guard let day = Weekday(rfc5545Code: code) else {
            throw RecurrenceRuleError(part: part, value: code, problem: .unknownWeekday)
        }
        return day
    }

    private static func parseByDay(_ text: String, frequency: Frequency) throws(RecurrenceRuleError) -> [WeekdayNumber] {
        var result: [WeekdayNumber] = []
        for rawEntry in text.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = String(rawEntry)
            guard entry.count >= 2 else { throw RecurrenceRuleError(part: "BYDAY", value: entry, problem: .unknownWeekday) }
            let code = String(entry.suffix(2))
            let ordinalText = String(entry.dropLast(2))
            guard let day = Weekday(rfc5545Code: code) else {
                throw RecurrenceRuleError(part: "BYDAY", value: entry, problem: .unknownWeekday)
            }
            var ordinal: Int?
            if !ordinalText.isEmpty {
                let digits = ordinalText.hasPrefix("+") || ordinalText.hasPrefix("-") ? ordinalText.dropFirst() : Substring(ordinalText)
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(ordinalText) else {
                    throw RecurrenceRuleError(part: "BYDAY", value: entry, problem: .unknownWeekday)
                }
                guard number != 0, (-5...5).contains(number) else {
                    throw RecurrenceRuleError(part: "BYDAY", value: entry, problem: .ordinalOutOfRange)
                }
                guard frequency == .monthly else {
                    throw RecurrenceRuleError(part: "BYDAY", value: entry, problem: .ordinalWithWeekly)
                }
                ordinal = number
            }
            let item = WeekdayNumber(ordinal: ordinal, weekday: day)
            guard !result.contains(item) else {
                throw RecurrenceRuleError(part: "BYDAY", value: entry, problem: .duplicateWeekday)
            }
            result.append(item)
        }
        return result
    }

    private static func parseUntil(_ text: String) throws(RecurrenceRuleError) -> End {
        if text.count == 8, let date = CalendarDate(basic: text) { return .untilDate(date) }
        let isUTC = text.hasSuffix("Z")
        let body = isUTC ? String(text.dropLast()) : text
        guard body.count == 15, body.contains("T"), let time = LocalDateTime(iso: body) else {
            throw RecurrenceRuleError(part: "UNTIL", value: text, problem: .malformedUntil)
        }
        return isUTC ? .untilUTC(time) : .untilLocal(time)
    }
}

fileprivate extension String {
    /// The text without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    func trimmingRuleWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
