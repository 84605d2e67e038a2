import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Sessions over the daemon: recurring by RRULE, listed by month, a series cancelled
/// from one occurrence on; bad rules refused naming the field.
@Suite(.serialized) struct SessionEndToEndTests {
    @Test func aRecurringSessionIsExpandedAndItsSeriesCancelledFromAnOccurrenceOn() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-sp6", languages: "de,ar")
        // The last Wednesday of the planned month and the two after it.
        let month = world.month
        let lastWednesday = try #require((1...month.numberOfDays).compactMap { CalendarDate(year: month.year, month: month.month, day: $0) }
            .last { $0.weekday.rfc5545Code == "WE" })
        let added = try world.json(["session", "add", "--specialist", String(specialist), "--date", lastWednesday.description,
                                    "--start", "14:00", "--slots", "3", "--minutes", "45", "--place", "Rathaus Kornwestheim",
                                    "--interpreters", "uk", "--rrule", "FREQ=MONTHLY;BYDAY=-1WE;COUNT=3"])
        let sessions = added["sessions"]?.arrayValue ?? []
        #expect(sessions.count == 3)
        #expect(sessions.compactMap { $0["date"]?.stringValue }.compactMap { CalendarDate(iso: $0) }.allSatisfy {
            $0.weekday.rfc5545Code == "WE" && $0.adding(days: 7).month != $0.month
        })
        #expect(sessions.allSatisfy { $0["start"]?.stringValue == "14:00" })
        #expect(added["series"]?.integerValue != nil)
        #expect(added["cutAfter"] == .null)

        let second = try #require(sessions.dropFirst().first?["id"]?.integerValue)
        let cancelled = try world.json(["session", "cancel", String(second), "--series"])
        #expect(cancelled["cancelled"]?.arrayValue?.count == 2)
        let listed = try world.json(["session", "list", month.description])["sessions"]?.arrayValue ?? []
        #expect(listed.compactMap { $0["status"]?.stringValue } == ["scheduled"])

        let wrong = try world.lotse(["session", "add", "--specialist", String(specialist), "--date", lastWednesday.description,
                                     "--start", "14:00", "--slots", "3", "--minutes", "45", "--place", "Rathaus",
                                     "--rrule", "FREQ=DAILY"])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("--rrule"), "\(wrong.stderr)")
        let notAnOccurrence = try world.lotse(["session", "add", "--specialist", String(specialist), "--date", lastWednesday.adding(days: 1).description,
                                               "--start", "14:00", "--slots", "3", "--minutes", "45", "--place", "Rathaus",
                                               "--rrule", "FREQ=MONTHLY;BYDAY=-1WE"])
        #expect(notAnOccurrence.status == 65)
        let untilBefore = try world.daemon.runLotse(["session", "add", "--specialist", String(specialist), "--date", lastWednesday.description,
                                                     "--start", "14:00", "--slots", "3", "--minutes", "45", "--place", "Rathaus",
                                                     "--rrule", "FREQ=WEEKLY;UNTIL=20200101"], as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(untilBefore.status == 65)
        #expect(untilBefore.stderr == "lotse: --rrule: UNTIL „20200101“ liegt vor dem Start am \(lastWednesday.displayText) um 14:00; die Reihe wäre leer.\n",
                "\(untilBefore.stderr)")
        // Nothing was added by the refused calls.
        #expect((try world.json(["session", "list", month.description])["sessions"]?.arrayValue ?? []).count == 1)

        // A rule that goes on beyond twelve months is added up to then, and the output says so.
        let long = try world.daemon.runLotse(["session", "add", "--specialist", String(specialist), "--date", lastWednesday.description,
                                              "--start", "09:00", "--slots", "1", "--minutes", "45", "--place", "Rathaus",
                                              "--rrule", "FREQ=WEEKLY;COUNT=1000"], as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(long.status == 0, "\(long.stderr)")
        #expect(long.stdout.contains("Die Regel reicht weiter; angelegt ist sie bis "), "\(long.stdout)")

        // A session that was held cannot be cancelled afterwards.
        let yesterday = world.today.adding(days: -1)
        let held = try world.json(["session", "add", "--specialist", String(specialist), "--date", yesterday.description, "--past",
                                   "--start", "10:00", "--slots", "1", "--minutes", "45", "--place", "Rathaus"])
        let heldID = try #require(held["sessions"]?.arrayValue?.first?["id"]?.integerValue)
        let late = try world.lotse(["session", "cancel", String(heldID)])
        #expect(late.status == 65, "\(late.stderr)")
        #expect(late.stderr.contains("began on \(yesterday.displayText) at 10:00"), "\(late.stderr)")
        let stillHeld = try world.json(["session", "list", CalendarMonth(containing: yesterday).description])["sessions"]?.arrayValue ?? []
        #expect(stillHeld.first { $0["id"]?.integerValue == heldID }?["status"]?.stringValue == "scheduled")

        // A referral that excludes every specialist there is could never be planned.
        let referral = try world.submit([.init(language: "ar", urgency: "routine")])[0].id
        let excludesAll = try world.lotse(["referral", "update", String(referral), "--exclude", String(specialist)], as: world.caseworker)
        #expect(excludesAll.status == 65, "\(excludesAll.stderr)")
        #expect(excludesAll.stderr.contains("that excludes every specialist"), "\(excludesAll.stderr)")
    }
}
