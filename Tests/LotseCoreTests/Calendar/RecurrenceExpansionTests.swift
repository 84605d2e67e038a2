import Foundation
import Testing
@testable import LotseCore

@Suite struct RecurrenceExpansionTests {
    typealias F = CalendarFixture

    @Test func firstTuesdayKeepsTwoPMWallClockThroughBothDaylightSavingChanges() throws {
        let series = try #require(F.series("FREQ=MONTHLY;BYDAY=1TU", start: "2026-01-06T14:00"))
        let all = series.occurrences(in: F.date("2026-01-01")...F.date("2027-12-31"))
        #expect(all.map(\.date.description) == [
            "2026-01-06", "2026-02-03", "2026-03-03", "2026-04-07", "2026-05-05", "2026-06-02",
            "2026-07-07", "2026-08-04", "2026-09-01", "2026-10-06", "2026-11-03", "2026-12-01",
            "2027-01-05", "2027-02-02", "2027-03-02", "2027-04-06", "2027-05-04", "2027-06-01",
            "2027-07-06", "2027-08-03", "2027-09-07", "2027-10-05", "2027-11-02", "2027-12-07",
        ])
        #expect(all.allSatisfy { $0.zoned.wallClock.timeText == "14:00" && $0.zoned.resolution == .exact })
        #expect(all.map(\.index) == Array(0..<24))
        let utc = Dictionary(uniqueKeysWithValues: all.map { ($0.date.description, F.utc($0.zoned.instant)) })
        #expect(utc["2026-03-03"] == "2026-03-03T13:00:00Z")  // CET
        #expect(utc["2026-04-07"] == "2026-04-07T12:00:00Z")  // CEST
        #expect(utc["2026-10-06"] == "2026-10-06T12:00:00Z")  // still CEST (change on 25 Oct)
        #expect(utc["2026-11-03"] == "2026-11-03T13:00:00Z")  // CET again
        #expect(utc["2027-03-02"] == "2027-03-02T13:00:00Z")
        #expect(utc["2027-04-06"] == "2027-04-06T12:00:00Z")
        #expect(utc["2027-10-05"] == "2027-10-05T12:00:00Z")
        #expect(utc["2027-11-02"] == "2027-11-02T13:00:00Z")
    }

    @Test func lastWednesdayLandsOnMonthEndsOf30And31Days() {
        let days = F.days("FREQ=MONTHLY;BYDAY=-1WE", start: "2026-01-28T14:00", through: "2027-12-31")
        #expect(days == [
            "2026-01-28", "2026-02-25", "2026-03-25", "2026-04-29", "2026-05-27", "2026-06-24",
            "2026-07-29", "2026-08-26", "2026-09-30", "2026-10-28", "2026-11-25", "2026-12-30",
            "2027-01-27", "2027-02-24", "2027-03-31", "2027-04-28", "2027-05-26", "2027-06-30",
            "2027-07-28", "2027-08-25", "2027-09-29", "2027-10-27", "2027-11-24", "2027-12-29",
        ])
        #expect(days.contains("2026-09-30"))  // 30-day month, its last day
        #expect(days.contains("2027-03-31"))  // 31-day month, its last day
    }

    @Test func lastWeekdayReachesTheLastDayOfFebruaryInLeapAndCommonYears() {
        let tuesdays = F.days("FREQ=MONTHLY;BYDAY=-1TU", start: "2028-01-25T10:00", through: "2028-03-31")
        #expect(tuesdays == ["2028-01-25", "2028-02-29", "2028-03-28"])  // 29-day February
        let sundays = F.days("FREQ=MONTHLY;BYDAY=-1SU", start: "2027-01-31T10:00", through: "2027-03-31")
        #expect(sundays == ["2027-01-31", "2027-02-28", "2027-03-28"])  // 28-day February
    }

    @Test func aFifthWeekdayIsSkippedInMonthsThatHaveOnlyFour() {
        let days = F.days("FREQ=MONTHLY;BYDAY=5TU;UNTIL=20271231", start: "2026-03-31T14:00", through: "2030-01-01")
        #expect(days == ["2026-03-31", "2026-06-30", "2026-09-29", "2026-12-29",
                         "2027-03-30", "2027-06-29", "2027-08-31", "2027-11-30"])
    }

    @Test func aSessionAtHalfPastTwoOnChangeSundaysFollowsTheGapAndOverlapPolicy() throws {
        let series = try #require(F.series("FREQ=MONTHLY;BYDAY=-1SU", start: "2026-03-29T02:30"))
        let all = series.occurrences(in: F.date("2026-03-01")...F.date("2027-10-31"))
        let byDay = Dictionary(uniqueKeysWithValues: all.map { ($0.date.description, $0) })
        let march2026 = try #require(byDay["2026-03-29"])
        #expect(march2026.nominal.timeText == "02:30")
        #expect(march2026.zoned.wallClock.timeText == "03:30")
        #expect(march2026.zoned.resolution == .movedForwardOverGap(seconds: 3600))
        let october2026 = try #require(byDay["2026-10-25"])
        #expect(october2026.zoned.resolution == .firstOfRepeatedTimes)
        #expect(F.utc(october2026.zoned.instant) == "2026-10-25T00:30:00Z")
        #expect(byDay["2027-03-28"]?.zoned.wallClock.timeText == "03:30")
        #expect(byDay["2027-10-31"]?.zoned.utcOffsetSeconds == 7200)
        #expect(byDay["2026-04-26"]?.zoned.wallClock.timeText == "02:30")
        #expect(byDay["2026-04-26"]?.zoned.resolution == .exact)
    }

    @Test func everySecondWeekKeepsTheTimeAcrossTheSpringAndAutumnChanges() throws {
        let spring = try #require(F.series("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8", start: "2026-03-17T14:00"))
        let springAll = spring.occurrences(in: F.date("2026-01-01")...F.date("2026-12-31"))
        #expect(springAll.map(\.date.description) == ["2026-03-17", "2026-03-19", "2026-03-31", "2026-04-02",
                                                      "2026-04-14", "2026-04-16", "2026-04-28", "2026-04-30"])
        #expect(springAll.allSatisfy { $0.zoned.wallClock.timeText == "14:00" })
        #expect(springAll.map(\.zoned.utcOffsetSeconds) == [3600, 3600, 7200, 7200, 7200, 7200, 7200, 7200])

        let autumn = try #require(F.series("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8", start: "2027-10-19T14:00"))
        let autumnAll = autumn.occurrences(in: F.date("2027-01-01")...F.date("2027-12-31"))
        #expect(autumnAll.map(\.date.description) == ["2027-10-19", "2027-10-21", "2027-11-02", "2027-11-04",
                                                      "2027-11-16", "2027-11-18", "2027-11-30", "2027-12-02"])
        #expect(autumnAll.allSatisfy { $0.zoned.wallClock.timeText == "14:00" })
        #expect(autumnAll.first?.zoned.utcOffsetSeconds == 7200)
        #expect(autumnAll.last?.zoned.utcOffsetSeconds == 3600)
    }

    @Test func weekStartDecidesWhichWeeksCountAsInRFC5545sExample() {
        // RFC 5545 section 3.8.5.3: the same rule gives different days for WKST=MO and WKST=SU.
        #expect(F.days("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", start: "1997-08-05T09:00", through: "1997-12-31")
            == ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"])
        #expect(F.days("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", start: "1997-08-05T09:00", through: "1997-12-31")
            == ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"])
    }

    @Test func untilIsInclusiveInEachOfItsThreeForms() {
        let rule = "FREQ=MONTHLY;BYDAY=1TU"
        #expect(F.days(rule + ";UNTIL=20261201", start: "2026-10-06T14:00", through: "2027-12-31")
            == ["2026-10-06", "2026-11-03", "2026-12-01"])
        #expect(F.days(rule + ";UNTIL=20261201T140000", start: "2026-10-06T14:00", through: "2027-12-31").last == "2026-12-01")
        #expect(F.days(rule + ";UNTIL=20261201T135959", start: "2026-10-06T14:00", through: "2027-12-31").last == "2026-11-03")
        // 14:00 in Berlin on 1 December is 13:00 UTC.
        #expect(F.days(rule + ";UNTIL=20261201T130000Z", start: "2026-10-06T14:00", through: "2027-12-31").last == "2026-12-01")
        #expect(F.days(rule + ";UNTIL=20261201T125959Z", start: "2026-10-06T14:00", through: "2027-12-31").last == "2026-11-03")
    }

    @Test func countIncludesTheStartAndIsCountedFromItWhateverTheWindow() throws {
        #expect(F.days("FREQ=MONTHLY;BYDAY=1TU;COUNT=3", start: "2026-10-06T14:00", through: "2030-01-01")
            == ["2026-10-06", "2026-11-03", "2026-12-01"])
        let series = try #require(F.series("FREQ=MONTHLY;BYDAY=1TU;COUNT=3", start: "2026-10-06T14:00"))
        let december = try #require(CalendarMonth(year: 2026, month: 12))
        #expect(series.occurrences(in: december).map(\.index) == [2])
        #expect(series.occurrences(in: december.adding(months: 1)).isEmpty)
        #expect(series.occurrences(in: december.adding(months: -3)).isEmpty)
    }

    @Test func monthlyWithoutByDaySkipsMonthsWithoutThatDay() {
        #expect(F.days("FREQ=MONTHLY;COUNT=8", start: "2026-01-31T14:00", through: "2030-01-01")
            == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31", "2026-12-31", "2027-01-31"])
    }

    @Test func monthlyEveryOtherMonthWithTwoWeekdays() {
        #expect(F.days("FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU,-1TH", start: "2026-11-03T09:00", through: "2027-03-31")
            == ["2026-11-03", "2026-11-26", "2027-01-05", "2027-01-28", "2027-03-02", "2027-03-25"])
    }

    @Test func aStartThatIsNotAnOccurrenceIsRefused() throws {
        let rule = try RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=1TU")
        #expect(throws: RecurrenceError.startIsNotAnOccurrence(start: F.date("2026-12-02"), rule: "FREQ=MONTHLY;BYDAY=1TU")) {
            try Recurrence(rule: rule, start: F.time("2026-12-02T14:00"), timeZone: F.berlin)
        }
        let message = RecurrenceError.startIsNotAnOccurrence(start: F.date("2026-12-02"), rule: "FREQ=MONTHLY;BYDAY=1TU").description
        #expect(message == "RRULE: the start day 02.12.2026 (WE) is not an occurrence of the rule \"FREQ=MONTHLY;BYDAY=1TU\"; give the series' first occurrence as its start.")
    }

    @Test func anUntilBeforeTheStartIsRefused() throws {
        let rule = try RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20261130")
        #expect(throws: RecurrenceError.self) {
            try Recurrence(rule: rule, start: F.time("2026-12-01T14:00"), timeZone: F.berlin)
        }
    }

    @Test func anEndlessRuleStopsAtTheWindow() throws {
        let series = try #require(F.series("FREQ=WEEKLY", start: "2026-12-01T14:00"))
        let year = series.occurrences(in: F.date("2026-12-01")...F.date("2036-11-30"))
        #expect(year.count == 522)
        #expect(year.allSatisfy { $0.date.weekday == .tuesday })
    }
}

/// Extreme numbers never trap: a rule built in code with the largest interval, and month
/// and day arithmetic with the largest counts, end or saturate instead of overflowing.
@Suite struct RecurrenceOverflowTests {
    @Test func theLargestIntervalEndsTheSeriesAfterItsFirstOccurrence() throws {
        for frequency in [RecurrenceRule.Frequency.weekly, .monthly] {
            let rule = RecurrenceRule(frequency: frequency, interval: Int.max)
            let start = try #require(LocalDateTime(iso: "2026-01-06T14:00"))
            let series = try Recurrence(rule: rule, start: start, timeZone: CalendarFixture.berlin)
            let days = series.occurrences(in: CalendarFixture.date("2026-01-01")...CalendarFixture.date("9999-12-31"))
            #expect(days.map(\.date.description) == ["2026-01-06"])
        }
    }

    @Test func monthAndDayArithmeticSaturatesAtTheExtremes() throws {
        let month = try #require(CalendarMonth(year: 2026, month: 1))
        #expect(month.adding(months: Int.max) > month)
        #expect(month.adding(months: Int.min) < month)
        let day = CalendarFixture.date("2026-01-06")
        #expect(day.adding(days: Int.max) > day)
        #expect(day.adding(days: Int.min) < day)
        #expect(day.adding(months: Int.max) > day)
        #expect(month.months(until: month.adding(months: 5)) == 5)
    }
}
