extension CalendarDate {
    /// The day of the week, for `BYDAY` matching and printed weekday names.
    public var weekday: Weekday { Weekday(rawValue: isoWeekdayIndex + 1) ?? .monday }

    /// ISO 8601 basic form, `20261201`: what RFC 5545 writes in `DATE` values.
    public var basicFormat: String {
        LocalDateTime.pad(year, 4) + LocalDateTime.pad(month, 2) + LocalDateTime.pad(day, 2)
    }

    /// Parses the basic form `20261201` (RFC 5545 `DATE`); nil for anything else,
    /// including days that do not exist.
    public init?(basic text: String) {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ (48...57).contains($0) }),
              let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
              let day = Int(text.suffix(2)) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
