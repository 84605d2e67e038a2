import Testing
@testable import LotseCore

@Suite struct ReportBuilderTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(daysSince1970: 0) }

    /// 12 referrals in 2027 (10 assessments, 2 follow-ups), 6 seen, 2 in 2026.
    static func records() -> ReportRecords {
        var referrals: [ReportRecords.Referral] = []
        var appointments: [ReportRecords.Appointment] = []
        for index in 0..<12 {
            referrals.append(.init(id: Int64(index + 1), kind: index < 10 ? "assessment" : "follow-up", municipality: "ludwigsburg",
                                   language: index % 2 == 0 ? "de" : "uk", urgency: index < 6 ? "high" : "routine",
                                   interpreter: index % 2 == 1, referredOn: day("2027-02-01"), status: index < 6 ? "closed" : "waiting",
                                   settledOn: index < 6 ? day("2027-03-10") : nil))
        }
        for index in 0..<6 {
            // waits of 7, 14, 21, 28, 63, 70 days
            let waits = [7, 14, 21, 28, 63, 70]
            appointments.append(.init(referralID: Int64(index + 1), on: day("2027-02-01").adding(days: waits[index]), attendance: "attended"))
        }
        appointments.append(.init(referralID: 7, on: day("2027-03-02"), attendance: "no-show"))
        referrals.append(.init(id: 100, kind: "assessment", municipality: "marbach", language: "ar", urgency: "elevated", interpreter: true,
                               referredOn: day("2026-11-01"), status: "withdrawn", settledOn: day("2026-12-01")))
        referrals.append(.init(id: 101, kind: "assessment", municipality: "marbach", language: "ar", urgency: "elevated", interpreter: true,
                               referredOn: day("2026-11-02"), status: "withdrawn", settledOn: day("2026-12-01")))
        return ReportRecords(referrals: referrals, appointments: appointments,
                             offeredSlots: Array(repeating: day("2027-02-20"), count: 10),
                             assessments: [(day("2027-02-08"), ["outpatient-psychotherapy", "present-again"])],
                             followUps: [(day("2027-05-01"), "open"), (day("2027-06-01"), "done")],
                             helpPlanUpdates: [day("2027-02-08")], escalations: [day("2027-04-01")])
    }

    static func build() throws -> ReportDocument {
        ReportBuilder(records: records(), today: day("2027-05-15"), minCell: 5, waitingLimitWeeks: 8)
            .build(try #require(ReportPeriod(from: day("2027-01-01"), to: day("2027-12-31"))), district: "Landkreis Test")
    }

    /// 2027 with 6 assessments, 2 follow-ups and 2 consultations referred in each quarter.
    static func steadyYear() -> ReportRecords {
        var referrals: [ReportRecords.Referral] = []
        let kinds = Array(repeating: "assessment", count: 6) + ["follow-up", "follow-up", "consultation", "consultation"]
        for month in [1, 4, 7, 10] {
            for kind in kinds {
                referrals.append(.init(id: Int64(referrals.count + 1), kind: kind, municipality: "ludwigsburg", language: "de",
                                       urgency: "routine", interpreter: false,
                                       referredOn: CalendarDate(year: 2027, month: month, day: 5) ?? day("2027-01-05"),
                                       status: "waiting", settledOn: nil))
            }
        }
        return ReportRecords(referrals: referrals)
    }

    @Test func aYearShowsACountOnlyWhereEveryQuarterShowsItsPart() throws {
        let builder = ReportBuilder(records: Self.steadyYear(), today: Self.day("2028-01-10"), minCell: 5, waitingLimitWeeks: 8)
        let year = builder.build(try #require(ReportPeriod.year(2027)), district: "Landkreis Test")
        let kinds = try #require(year.table("referrals-by-kind"))
        // Every quarter shows its 6 assessments and its total: the year shows their sums.
        #expect(kinds.cell("assessment", "count")?.value == 24)
        #expect(kinds.cell("total", "count")?.value == 40)
        // The follow-ups are hidden in each quarter's report: the year withholds their sum
        // too, and says not whether it is below 5 ("×", not "< 5").
        #expect(kinds.cell("follow-up", "count")?.reason == "quarter")
        #expect(kinds.cell("follow-up", "count")?.text(minCell: 5, german: true) == "×")
        // The first half-year shows the same as the year where both quarters show a part.
        let half = builder.build(try #require(ReportPeriod.quarters(from: Self.day("2027-01-01"), to: Self.day("2027-06-30"))),
                                 district: "Landkreis Test")
        #expect(half.table("referrals-by-kind")?.cell("assessment", "count")?.value == 12)
        #expect(half.table("referrals-by-kind")?.cell("consultation", "count")?.reason == "quarter")
        // A year with a quarter whose total is small hides the year's total.
        let sparse = ReportBuilder(records: Self.records(), today: Self.day("2028-01-10"), minCell: 5, waitingLimitWeeks: 8)
            .build(try #require(ReportPeriod.year(2027)), district: "Landkreis Test")
        #expect(sparse.table("referrals-by-kind")?.cell("total", "count")?.reason == "quarter")
    }

    @Test func aPeriodIsPrintedAlikeAsOneReportsPeriodAndAnothersPreviousPeriod() throws {
        let builder = ReportBuilder(records: Self.records(), today: Self.day("2027-08-01"), minCell: 5, waitingLimitWeeks: 8)
        let first = builder.build(try #require(ReportPeriod.quarter(1, of: 2027)), district: "Landkreis Test")
        let second = builder.build(try #require(ReportPeriod.quarter(2, of: 2027)), district: "Landkreis Test")
        #expect(second.previousPeriod == first.period)
        for table in first.tables where table.id != "monthly-trend" {
            #expect(second.table(table.id)?.previous == table.current, "\(table.id) differs")
            #expect(second.table(table.id)?.rows == table.rows, "\(table.id): rows depend on the report")
        }
        // Two quarters: the previous period is the two quarters before.
        let half = builder.build(try #require(ReportPeriod.quarters(from: Self.day("2027-01-01"), to: Self.day("2027-06-30"))),
                                 district: "Landkreis Test")
        #expect(half.previousPeriod?.from == Self.day("2026-07-01") && half.previousPeriod?.to == Self.day("2026-12-31"))
    }

    @Test func periodsAreWholeQuartersAndAMisplacedBoundNamesTheNearestOnes() throws {
        #expect(ReportPeriod.quarters(from: Self.day("2027-01-01"), to: Self.day("2027-12-31"))?.kind == "year")
        #expect(ReportPeriod.quarters(from: Self.day("2027-04-01"), to: Self.day("2027-06-30"))?.kind == "quarter")
        #expect(ReportPeriod.quarters(from: Self.day("2027-10-01"), to: Self.day("2028-03-31"))?.kind == "quarters")
        #expect(ReportPeriod.quarters(from: Self.day("2027-01-02"), to: Self.day("2027-03-31")) == nil)
        let from = try #require(ReportPeriod.quarterBoundsProblem(from: Self.day("2027-05-20"), to: Self.day("2027-06-30")))
        #expect(from.field == "from" && from.en.contains("01.04.2027 or 01.07.2027") && from.de.contains("01.04.2027 oder 01.07.2027"))
        let to = try #require(ReportPeriod.quarterBoundsProblem(from: Self.day("2027-01-01"), to: Self.day("2027-01-31")))
        #expect(to.field == "to" && to.en.contains("31.12.2026 or 31.03.2027"))
        #expect(ReportPeriod.quarterBoundsProblem(from: Self.day("2027-01-01"), to: Self.day("2027-03-31")) == nil)
    }

    @Test func countsReferralsOfThePeriodWithTheRuleApplied() throws {
        let kinds = try #require(try Self.build().table("referrals-by-kind"))
        #expect(kinds.cell("assessment", "count")?.value == 10)
        // 2 follow-ups and 0 consultations are hidden; the total stays (two hidden in the line).
        #expect(kinds.cell("follow-up", "count")?.suppressed == true)
        #expect(kinds.cell("consultation", "count")?.suppressed == true)
        #expect(kinds.cell("total", "count")?.value == 12)
    }

    @Test func previousPeriodAppearsWhenItHoldsData() throws {
        let document = try Self.build()
        #expect(document.previousPeriod?.from == Self.day("2026-01-01"))
        let municipalities = try #require(document.table("referrals-by-municipality"))
        #expect(municipalities.rows == ["ludwigsburg", "marbach", "total"])
        #expect(municipalities.cell("marbach", "count", previous: true)?.suppressed == true)
    }

    @Test func waitingTimeIsMedianAndNearestRankPercentile() throws {
        let waiting = try #require(try Self.build().table("waiting-time"))
        #expect(waiting.cell("seen", "value")?.value == 6)
        // Six waits: the median would be the mean of the third and fourth, each with fewer
        // than 5 waits beside it — withheld; a 90th percentile would be the longest wait.
        #expect(waiting.cell("median-days", "value")?.reason == ReportCell.orderStatisticReason)
        #expect(waiting.cell("p90-days", "value")?.value == nil)
        #expect(ReportBuilder.percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9]) == nil)
        // 4 within 56 days, 2 beyond: both counts small, so the share is hidden too.
        #expect(waiting.cell("within-limit", "value")?.suppressed == true)
        #expect(waiting.cell("within-share", "value")?.reason == "derived")
        #expect(ReportBuilder.percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == 9)
        #expect(ReportBuilder.median([1, 2, 3]) == 2)
    }

    /// The second quarter of 2027, whose attended appointments (all on 15 May) waited `waits` days.
    static func quarter(waits: [Int]) throws -> ReportDocument {
        var referrals: [ReportRecords.Referral] = []
        var appointments: [ReportRecords.Appointment] = []
        for (index, wait) in waits.enumerated() {
            referrals.append(.init(id: Int64(index + 1), kind: "assessment", municipality: "ludwigsburg", language: "de",
                                   urgency: "routine", interpreter: false, referredOn: day("2027-05-15").adding(days: -wait),
                                   status: "closed", settledOn: day("2027-06-30")))
            appointments.append(.init(referralID: Int64(index + 1), on: day("2027-05-15"), attendance: "attended"))
        }
        return ReportBuilder(records: ReportRecords(referrals: referrals, appointments: appointments), today: day("2027-12-15"),
                             minCell: 5, waitingLimitWeeks: 8)
            .build(try #require(ReportPeriod.quarters(from: day("2027-04-01"), to: day("2027-06-30"))), district: "Landkreis Test")
    }

    /// The outside check's case: 7 seen, 3 within the limit and 4 beyond it (both "< 5"),
    /// median 112 days. Shown, the median said that at least 4 waited 112 days or more,
    /// so beyond-limit was exactly 4 and within-limit exactly 3.
    @Test func aMedianThatWouldPinDownHiddenClassesIsWithheld() throws {
        let document = try Self.quarter(waits: [30, 40, 50, 112, 115, 120, 130])
        let waiting = try #require(document.table("waiting-time"))
        #expect(waiting.cell("seen", "value")?.value == 7)
        #expect(waiting.cell("within-limit", "value")?.reason == "primary")
        #expect(waiting.cell("beyond-limit", "value")?.reason == "primary")
        #expect(waiting.cell("median-days", "value")?.reason == ReportCell.orderStatisticReason)
        #expect(waiting.cell("median-days", "value")?.value == nil)
        let trend = try #require(document.table("monthly-trend"))
        for row in trend.rows { #expect(trend.cell(row, "median-wait-days")?.value == nil, "\(row)") }
    }

    /// Enough waits in every class of weeks and on both sides of the limit: the median
    /// tells nothing the classes do not, and is shown; the 90th percentile of 30 waits
    /// would have only 4 above it, and is withheld.
    @Test func aMedianWithEnoughWaitsAroundItAndEveryClassShownIsShown() throws {
        let waits = Array(repeating: 5, count: 5) + Array(repeating: 20, count: 6) + Array(repeating: 40, count: 7)
            + Array(repeating: 60, count: 6) + Array(repeating: 100, count: 6)
        let waiting = try #require(try Self.quarter(waits: waits).table("waiting-time"))
        #expect(waiting.cell("seen", "value")?.value == 30)
        #expect(waiting.cell("median-days", "value")?.value == 40)
        #expect(waiting.cell("p90-days", "value")?.reason == ReportCell.orderStatisticReason)
    }

    /// Enough waits around the median, but the classes below it are hidden: what the
    /// median says (at least 6 waited no longer than it) is not already shown, so it is
    /// withheld.
    @Test func aMedianResolvingNothingShownIsWithheldEvenWithEnoughWaits() throws {
        let waits = [30, 31, 60, 61, 62, 63] + Array(repeating: 100, count: 5)
        let waiting = try #require(try Self.quarter(waits: waits).table("waiting-time"))
        #expect(waiting.cell("seen", "value")?.value == 11)
        #expect(waiting.cell("median-days", "value")?.reason == ReportCell.orderStatisticReason)
    }

    @Test func waitingListAtTheEndLeavesOutSeenAndClosedReferrals() throws {
        let document = try Self.build()
        let list = try #require(document.table("waiting-list-at-end"))
        // Referrals 7…12 are still waiting at the year's end: 6 routine, all 12 weeks and
        // more. The other cells of that row are zeros, hidden, and would be known to be
        // zero from the row's total, so the 6 is hidden as well; the grand total stays.
        #expect(list.cell("routine", "12w+")?.reason == "secondary")
        #expect(list.cell("total", "total")?.value == 6)
        // At the end of 2026 both marbach referrals had been withdrawn.
        #expect(list.cell("total", "total", previous: true)?.suppressed == true)
    }

    @Test func followUpsAreOverdueRelativeToTheDayOfTheReport() throws {
        let steps = try #require(try Self.build().table("follow-up-steps"))
        #expect(steps.rows == ["done", "dropped", "overdue", "open", "due"])
        #expect(steps.cell("due", "count")?.suppressed == true)
    }

    @Test func renderingsCarryNoHiddenValue() throws {
        let document = try Self.build()
        let json = ReportJSON.render(document)
        #expect(json.contains("\"suppressed\":true"))
        #expect(json.contains("\"value\":null"))
        // The style of every JSON Lotse prints: one compact line, keys sorted.
        #expect(json.hasPrefix("{\"district\":") && json.hasSuffix("}\n") && json.filter { $0 == "\n" }.count == 1)
        let csv = ReportCSV.render(document, labels: ReportLabels(.de))
        #expect(csv.hasPrefix("table,row,column,period,from,to,value,suppressed,reason,display,table_label,row_label,column_label\r\n"))
        #expect(csv.contains("referrals-by-kind,follow-up,count,current,2027-01-01,2027-12-31,,yes,primary,< 5,"
                             + "Anmeldungen nach Art,Wiedervorstellung,Anzahl\r\n"))
        let html = ReportHTML.render(document, language: .de)
        #expect(html.contains("Landkreis Test · 01.01.2027–31.12.2027"))
        // In English too the dates people read are DD.MM.YYYY; ISO stays in CSV and JSON.
        let english = ReportHTML.render(document, language: .en)
        #expect(english.contains("Landkreis Test · 01.01.2027–31.12.2027"), "English period line")
        #expect(english.range(of: #"\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\b"#, options: .regularExpression) == nil, "an ISO date in the English report")
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        // Codes are worded: recommendations by the catalogue, languages by name.
        #expect(html.contains("Ambulante Psychotherapie") && !html.contains(">outpatient-psychotherapy<"))
        #expect(html.contains(">Ukrainisch<") && !html.contains(">uk<"))
        #expect(html.contains(">Ludwigsburg<"))
        #expect(html.contains("class=\"legend\""))
        #expect(html.components(separatedBy: "<g class=\"legend\">").count - 1 >= 5, "charts without a legend")
    }
}
