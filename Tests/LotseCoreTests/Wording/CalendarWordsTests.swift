import Testing
@testable import LotseCore

/// The one table of month and weekday names answers in both languages and both
/// numberings, and refuses numbers outside the calendar instead of trapping.
struct CalendarWordsTests {
    @Test func monthsAndWeekdaysAreNamedInBothLanguagesLongAndShort() {
        #expect(CalendarWords.month(12, .de) == "Dezember")
        #expect(CalendarWords.month(3, .en, short: true) == "Mar")
        #expect(CalendarWords.weekday(iso: 2, .de, short: true) == "Di.")
        #expect(CalendarWords.weekday(iso: 7, .en) == "Sunday")
    }

    @Test func foundationsSundayFirstNumberingMapsToTheSameDays() {
        #expect(CalendarWords.weekday(gregorian: 1, .de) == "Sonntag")
        #expect(CalendarWords.weekday(gregorian: 2, .en, short: true) == "Mon")
        #expect(CalendarWords.weekday(gregorian: 7, .en) == "Saturday")
    }

    @Test func numbersOutsideTheCalendarGiveNothing() {
        #expect(CalendarWords.month(0, .de) == nil)
        #expect(CalendarWords.month(13, .en) == nil)
        #expect(CalendarWords.weekday(iso: 8, .de) == nil)
        #expect(CalendarWords.weekday(gregorian: 0, .en) == nil)
    }
}
