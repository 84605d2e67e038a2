import Foundation
import LotseCore
import LotseVarlink
import Testing

/// The waiting list tells the truth about a month (issue 15, reproduction 2): a referral in
/// the current draft is "in the draft", not "not planned yet"; every reason belongs to the
/// month and version it explains; `roster waiting`, `referral list --waiting`, `roster
/// show` and the caseworker's own list give the same answer from the same stored state;
/// after a no-show the shown slot is none; a "present again" follow-up says from when.
@Suite(.serialized) struct WaitingTruthEndToEndTests {
    @Test func aDraftedReferralIsInTheDraftAndEachMonthShowsOnlyItsOwnReasons() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let next = world.month.adding(months: 1)
        let specialist = try world.specialist("lotse-e2e-wt1", languages: "uk")
        _ = try world.session(specialist, day: 9, slots: 1)
        let referrals = try world.submit([.init(language: "uk", urgency: "high"), .init(language: "uk", urgency: "routine")])
        let (placed, left) = (referrals[0].id, referrals[1].id)
        _ = try world.json(["roster", "plan", month])

        func byReferral(_ list: JSONValue?) -> [Int64: JSONValue] {
            var result: [Int64: JSONValue] = [:]
            for item in list?.arrayValue ?? [] { if let id = item["referral"]?.integerValue { result[id] = item } }
            return result
        }
        let waiting = byReferral(try world.json(["roster", "waiting", month])["referrals"])
        #expect(waiting[placed]?["reason"]?.stringValue == "planned")
        #expect(waiting[placed]?["month"]?.stringValue == month && waiting[placed]?["version"]?.integerValue == 1)
        let leftReason = try #require(waiting[left]?["reason"]?.stringValue)
        #expect(waiting[left]?["month"]?.stringValue == month && waiting[left]?["version"]?.integerValue == 1)
        // The same answer through the referral list and roster show.
        let viaReferrals = byReferral(try world.json(["referral", "list", "--waiting", month])["referrals"])
        #expect(viaReferrals[placed]?["standing"] == waiting[placed]?["standing"])
        #expect(viaReferrals[left]?["standing"] == waiting[left]?["standing"])
        let shown = byReferral(try world.json(["roster", "show", month])["waiting"])
        #expect(shown[left]?["standing"] == waiting[left]?["standing"])
        let own = try world.daemon.runLotse(["referral", "list", "--json"], as: world.caseworker)
        let ownList = try JSONParser().parse(own.stdout)["referrals"]?.arrayValue ?? []
        #expect(ownList.first { $0["id"]?.integerValue == placed }?["placement"]?["kind"]?.stringValue == "draft", "\(own.stdout)")
        // In words, in German, for people.
        let table = try world.daemon.runLotse(["roster", "waiting", month], as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        let placedLine = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("\(placed) ") })
        #expect(placedLine.contains("im Entwurf für"), "\(table.stdout)")
        #expect(!placedLine.contains("noch nicht geplant"), "\(table.stdout)")

        // The next month, planned without a fitting slot: its reasons stay with it.
        let nextDay = try #require(CalendarDate(year: next.year, month: next.month, day: 9))
        _ = try world.json(["session", "add", "--specialist", String(specialist), "--date", nextDay.description, "--start", "09:00",
                            "--slots", "1", "--minutes", "45", "--place", "Rathaus", "--kinds", "consultation"])
        _ = try world.json(["roster", "plan", next.description])
        let thisMonth = byReferral(try world.json(["roster", "waiting", month])["referrals"])
        #expect(thisMonth[left]?["reason"]?.stringValue == leftReason)
        #expect(thisMonth[left]?["month"]?.stringValue == month, "another month's reason under \(month): \(String(describing: thisMonth[left]))")
        let nextMonth = byReferral(try world.json(["roster", "waiting", next.description])["referrals"])
        #expect(nextMonth[left]?["month"]?.stringValue == next.description)
        #expect(nextMonth[placed]?["month"]?.stringValue == next.description, "the draft of \(month) is not the next month's")
        #expect(nextMonth[placed]?["reason"]?.stringValue != "planned")
        // A version of the month that no longer mentions a referral takes its old reason away.
        _ = try world.json(["roster", "drop", month, String(placed)])
        let dropped = byReferral(try world.json(["roster", "waiting", month])["referrals"])
        #expect(dropped[placed]?["reason"]?.stringValue != "planned")
    }

    @Test func afterANoShowNoSlotIsShownAndAPresentAgainFollowUpSaysFromWhen() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let clients = try world.refer(2)
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let booked = try world.appointments()
        let missed = try #require(booked[clients[0].client]), seen = try #require(booked[clients[1].client])

        _ = try world.json(["assessment", "attend", String(missed), "no-show"], as: world.specialist)
        let afterNoShow = try world.json(["referral", "show", String(clients[0].referral)], as: world.caseworker)["referral"]?["placement"]
        #expect(afterNoShow?["kind"]?.stringValue == "waiting", "\(String(describing: afterNoShow))")
        #expect(afterNoShow?["reason"]?.stringValue == "no-show")
        #expect(afterNoShow?["date"]?.isNull == true, "the missed appointment is no slot")
        let waiting = try world.json(["roster", "waiting"])["referrals"]?.arrayValue ?? []
        #expect(waiting.first { $0["referral"]?.integerValue == clients[0].referral }?["reason"]?.stringValue == "no-show")

        _ = try world.json(["assessment", "attend", String(seen), "attended"], as: world.specialist)
        let recorded = try world.json(["assessment", "record", String(seen), "--note", "Stabil.", "--recommend", "present-again:3"],
                                      as: world.specialist)
        let followUp = try #require(recorded["followUpReferral"]?.integerValue)
        let from = world.sessionDay.adding(months: 3)
        let list = try world.json(["roster", "waiting"])["referrals"]?.arrayValue ?? []
        let item = try #require(list.first { $0["referral"]?.integerValue == followUp })
        #expect(item["reason"]?.stringValue == "not-before")
        #expect(item["standing"]?["notBefore"]?.stringValue == from.description)
        let words = try world.daemon.runLotse(["roster", "waiting"], as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(words.stdout.contains("nicht vor \(from.displayText)"), "\(words.stdout)")
        let caseworkerView = try world.lotse(["referral", "show", String(followUp)], as: world.caseworker)
        #expect(caseworkerView.stdout.contains("not before \(from.displayText)"), "\(caseworkerView.stdout)")
    }
}
