import Testing
@testable import LotseCore

/// An ended quarter's frozen facts stand in for its records: whatever is recorded late or
/// deleted afterwards, a report of that quarter (alone or within a year) reads the same.
@Suite struct FrozenQuarterTests {
    static let q1 = ReportPeriod.quarter(1, of: 2027)

    static func frozen(_ records: ReportRecords, on day: CalendarDate) throws -> [CalendarDate: FrozenQuarter] {
        var result: [CalendarDate: FrozenQuarter] = [:]
        for quarter in try #require(ReportPeriod.year(2027)?.quarters) + (try #require(ReportPeriod.year(2026)?.quarters)) {
            result[quarter.from] = FrozenQuarter(quarter: quarter.from, frozenOn: day,
                                                 facts: PeriodFacts.count(records, in: quarter, today: day))
        }
        return result
    }

    @Test func aLateNoShowAndADeletedCaseLeaveAFrozenQuartersReportAsPrinted() throws {
        let today = ReportBuilderTests.day("2028-01-10")
        let before = ReportBuilderTests.records()
        let frozen = try Self.frozen(before, on: today)
        let quarter = try #require(Self.q1)
        let printed = ReportBuilder(records: before, today: today, minCell: 5, waitingLimitWeeks: 8, frozen: frozen)
            .build(quarter, district: "Landkreis Test")

        var after = before
        after.appointments.append(.init(referralID: 8, on: ReportBuilderTests.day("2027-03-20"), attendance: "no-show"))
        after.referrals.removeAll { $0.id == 1 }
        after.appointments.removeAll { $0.referralID == 1 }
        let later = ReportBuilderTests.day("2028-03-01")
        let live = ReportBuilder(records: after, today: later, minCell: 5, waitingLimitWeeks: 8).build(quarter, district: "Landkreis Test")
        #expect(live.tables != printed.tables, "the late records change nothing: the test proves nothing")

        let again = ReportBuilder(records: after, today: later, minCell: 5, waitingLimitWeeks: 8, frozen: frozen)
            .build(quarter, district: "Landkreis Test")
        #expect(again.tables == printed.tables)
        #expect(again.previousPeriod == printed.previousPeriod)
        #expect(again.frozen == [FrozenNote(from: ReportBuilderTests.day("2026-10-01"), to: ReportBuilderTests.day("2026-12-31"), since: today),
                                 FrozenNote(from: quarter.from, to: quarter.to, since: today)])
        // The year of frozen quarters adds the same frozen figures up.
        let year = try #require(ReportPeriod.year(2027))
        #expect(ReportBuilder(records: after, today: later, minCell: 5, waitingLimitWeeks: 8, frozen: frozen).build(year, district: "L").tables
                == ReportBuilder(records: before, today: today, minCell: 5, waitingLimitWeeks: 8).build(year, district: "L").tables)
    }

    @Test func frozenFactsHoldCountsAndDayCountsButNoRecordNumber() throws {
        let facts = PeriodFacts.count(ReportBuilderTests.records(), in: try #require(Self.q1), today: ReportBuilderTests.day("2028-01-10"))
        #expect(facts.waitsByMonth == ["2027-02": [7, 14, 21], "2027-03": [28], "2027-04": []].filter { !$0.value.isEmpty })
        #expect(facts.lists["referrals-by-language"] == ["ar": 0, "de": 6, "uk": 6])
        #expect(facts.slots["no-show"] == 1)
        #expect(facts.begun)
    }

    @Test func aCategoryFirstSeenAfterAQuarterFrozeIsAShownZeroThere() throws {
        let today = ReportBuilderTests.day("2028-01-10")
        let records = ReportBuilderTests.records()
        // The first quarter (and the one before) froze before any referral in Tigrinya:
        // their facts do not know it.
        let quarter = try #require(Self.q1)
        var later = records
        later.referrals.append(.init(id: 200, kind: "assessment", municipality: "marbach", language: "ti", urgency: "high",
                                     interpreter: true, referredOn: ReportBuilderTests.day("2027-05-02"), status: "waiting", settledOn: nil))
        var frozen = try Self.frozen(later, on: today)
        for first in [quarter.from, ReportBuilderTests.day("2026-10-01")] { frozen[first]?.facts.lists["referrals-by-language"]?["ti"] = nil }
        let q2 = try #require(ReportPeriod.quarter(2, of: 2027))
        let report = ReportBuilder(records: later, today: today, minCell: 5, waitingLimitWeeks: 8, frozen: frozen).build(q2, district: "L")
        let languages = try #require(report.table("referrals-by-language"))
        #expect(languages.rows == ["ar", "de", "ti", "uk", "total"])
        #expect(languages.cell("ti", "count", previous: true) == .shown(0))
        #expect(languages.cell("ti", "count")?.reason == "primary")
        // The first quarter's own report leaves the row out and shows the rest as before.
        let own = ReportBuilder(records: later, today: today, minCell: 5, waitingLimitWeeks: 8, frozen: frozen).build(quarter, district: "L")
        #expect(own.table("referrals-by-language")?.rows == ["ar", "de", "uk", "total"])
        #expect(own.table("referrals-by-language")?.current.map(\.first) == ["ar", "de", "uk", "total"].map { languages.cell($0, "count", previous: true) })
    }
}
