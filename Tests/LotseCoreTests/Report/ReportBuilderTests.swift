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
            .build(try #require(ReportPeriod.year(2027)), district: "Landkreis Test")
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
        #expect(waiting.cell("median-days", "value")?.value == 24.5)
        #expect(waiting.cell("p90-days", "value")?.value == 70)
        // 4 within 56 days, 2 beyond: both counts small, so the share is hidden too.
        #expect(waiting.cell("within-limit", "value")?.suppressed == true)
        #expect(waiting.cell("within-share", "value")?.reason == "derived")
        #expect(ReportBuilder.percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == 9)
        #expect(ReportBuilder.median([1, 2, 3]) == 2)
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
        #expect(json.contains("\"suppressed\" : true"))
        #expect(json.contains("\"value\" : null"))
        let csv = ReportCSV.render(document, labels: ReportLabels(.de))
        #expect(csv.hasPrefix("table,row,column,period,from,to,value,suppressed,reason,display,table_label,row_label,column_label\r\n"))
        #expect(csv.contains("referrals-by-kind,follow-up,count,current,2027-01-01,2027-12-31,,yes,primary,< 5,"
                             + "Anmeldungen nach Art,Wiedervorstellung,Anzahl\r\n"))
        let html = ReportHTML.render(document, language: .de)
        #expect(html.contains("Landkreis Test · 01.01.2027–31.12.2027"))
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
