import Foundation
import Testing
@testable import LotseCore

@Suite struct ZonedTimeTests {
    let berlin = CalendarFixture.berlin

    @Test func ordinaryWinterAndSummerTimesUseCETAndCEST() {
        let winter = ZonedTime(CalendarFixture.time("2026-12-01T14:00"), in: berlin)
        #expect(CalendarFixture.utc(winter.instant) == "2026-12-01T13:00:00Z")
        #expect(winter.utcOffsetSeconds == 3600)
        #expect(winter.resolution == .exact)
        let summer = ZonedTime(CalendarFixture.time("2026-07-07T14:00"), in: berlin)
        #expect(CalendarFixture.utc(summer.instant) == "2026-07-07T12:00:00Z")
        #expect(summer.wallClock == summer.requested)
    }

    @Test func aTimeInTheSpringGapMovesForwardByAnHour() {
        let zoned = ZonedTime(CalendarFixture.time("2026-03-29T02:30"), in: berlin)
        #expect(zoned.resolution == .movedForwardOverGap(seconds: 3600))
        #expect(zoned.wallClock == CalendarFixture.time("2026-03-29T03:30"))
        #expect(zoned.utcOffsetSeconds == 7200)
        #expect(CalendarFixture.utc(zoned.instant) == "2026-03-29T01:30:00Z")
        let edge = ZonedTime(CalendarFixture.time("2027-03-28T02:00"), in: berlin)
        #expect(edge.wallClock == CalendarFixture.time("2027-03-28T03:00"))
    }

    @Test func aRepeatedAutumnTimeTakesTheFirstOccurrence() {
        let zoned = ZonedTime(CalendarFixture.time("2026-10-25T02:30"), in: berlin)
        #expect(zoned.resolution == .firstOfRepeatedTimes)
        #expect(zoned.utcOffsetSeconds == 7200)
        #expect(CalendarFixture.utc(zoned.instant) == "2026-10-25T00:30:00Z")
        #expect(zoned.wallClock == zoned.requested)
        let after = ZonedTime(CalendarFixture.time("2027-10-31T03:00"), in: berlin)
        #expect(after.resolution == .exact)
        #expect(after.utcOffsetSeconds == 3600)
    }

    @Test func wallClockOfAnInstantIsTheInverse() {
        let zoned = ZonedTime(CalendarFixture.time("2027-10-05T14:00"), in: berlin)
        #expect(ZonedTime.wallClock(of: zoned.instant, in: berlin) == zoned.requested)
    }
}
