import Foundation
import LotseCore
import Testing

/// The roster reads as the month runs: a session added later for an earlier day comes
/// first in `roster show`, its JSON, the free slots and the CSV export.
@Suite(.serialized) struct RosterOrderEndToEndTests {
    @Test func entriesAndFreeSlotsAreListedByDayAndTimeNotBySession() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp10", languages: "de")
        _ = try world.session(specialist, day: 20, slots: 2)
        _ = try world.session(specialist, day: 5, slots: 2)
        _ = try world.submit([.init(language: "de", urgency: "high"), .init(language: "de", urgency: "high"),
                              .init(language: "de", urgency: "routine")])
        _ = try world.json(["roster", "plan", month])
        let show = try world.json(["roster", "show", month])
        let entryDates = (show["entries"]?.arrayValue ?? []).compactMap { $0["date"]?.stringValue }
        #expect(entryDates.count == 3)
        #expect(entryDates == entryDates.sorted(), "\(entryDates)")
        #expect(entryDates.first == world.date(5))
        let free = (show["freeSlots"]?.arrayValue ?? []).compactMap { $0["date"]?.stringValue }
        #expect(free == free.sorted(), "\(free)")
        let csv = try world.lotse(["roster", "show", month, "--format", "csv", "--csv-form", "machine"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let day5 = csv.stdout.range(of: world.date(5)), day20 = csv.stdout.range(of: world.date(20))
        #expect(day5 != nil && day20 != nil && day5!.lowerBound < day20!.lowerBound, "\(csv.stdout.prefix(600))")
    }
}
