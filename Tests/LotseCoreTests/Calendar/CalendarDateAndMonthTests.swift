import Foundation
import Testing
@testable import LotseCore

@Suite struct CalendarDateAndMonthTests {
    @Test func daysSince1970RoundTripsAcrossCenturiesAndLeapDays() {
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(CalendarDate(daysSince1970: days).daysSince1970 == days)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.daysSince1970 == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1)?.daysSince1970 == 11_017)
    }

    @Test func weekdayMatchesKnownDays() {
        #expect(CalendarFixture.date("2026-12-01").weekday == .tuesday)
        #expect(CalendarFixture.date("1970-01-01").weekday == .thursday)
        #expect(CalendarFixture.date("2028-02-29").weekday == .tuesday)
        #expect(CalendarFixture.date("2027-10-31").weekday == .sunday)
    }

    @Test func daysThatDoNotExistAreRefused() {
        #expect(CalendarDate(year: 2027, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2026-2-3") == nil)
        #expect(CalendarDate(basic: "20261201") == CalendarFixture.date("2026-12-01"))
        #expect(CalendarDate(basic: "20270229") == nil)
        #expect(CalendarDate(basic: "2026120") == nil)
        #expect(CalendarFixture.date("2026-12-01").basicFormat == "20261201")
    }

    @Test func monthLengthsAndMonthArithmetic() {
        #expect(CalendarMonth(year: 2026, month: 2)?.lastDay.description == "2026-02-28")
        #expect(CalendarMonth(year: 2028, month: 2)?.lastDay.description == "2028-02-29")
        #expect(CalendarMonth(year: 2026, month: 11)?.lastDay.description == "2026-11-30")
        #expect(CalendarMonth(year: 2026, month: 12)?.adding(months: 1).description == "2027-01")
        #expect(CalendarMonth(year: 2026, month: 1)?.adding(months: -1).description == "2025-12")
        #expect(CalendarMonth(iso: "2026-12")?.firstDay.description == "2026-12-01")
        #expect(CalendarMonth(iso: "2026-13") == nil)
    }

    @Test func localDateTimeParsesTheFormsPeopleAndRFC5545Write() {
        let expected = LocalDateTime(year: 2026, month: 12, day: 1, hour: 14, minute: 0)
        #expect(LocalDateTime(iso: "2026-12-01T14:00") == expected)
        #expect(LocalDateTime(iso: "2026-12-01 14:00:00") == expected)
        #expect(LocalDateTime(iso: "20261201T140000") == expected)
        #expect(LocalDateTime(iso: "2026-12-01T24:00") == nil)
        #expect(LocalDateTime(iso: "2026-12-01T14:60") == nil)
        #expect(expected?.basicFormat == "20261201T140000")
        #expect(expected?.description == "2026-12-01T14:00:00")
    }
}

@Suite struct LocalDateTimeFromModelTests {
    @Test func aSessionsDayAndStartMakeOneWallClockTime() throws {
        let start = try #require(TimeOfDay(hour: 14, minute: 30))
        let time = LocalDateTime(date: CalendarFixture.date("2026-12-01"), time: start)
        #expect(time == CalendarFixture.time("2026-12-01T14:30"))
        #expect(time.timeOfDay == start)
    }
}
