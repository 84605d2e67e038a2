import Foundation
import LotseCore
import Testing

/// A session that could not take place as entered is refused, naming why, and nothing is
/// added: a place written over two lines (it would break every table, CSV row and
/// calendar entry), a start time the clocks skip when summer time begins, and a second
/// session of the same specialist at the same time.
@Suite(.serialized) struct SessionRefusalEndToEndTests {
    @Test func aTwoLinePlaceASkippedHourAndAnOverlapAreRefusedAndNothingIsAdded() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-sp9", languages: "de")
        let day = world.date(20)
        func add(_ date: String, _ start: String, place: String = "Rathaus", german: Bool = false) throws -> (status: Int32, stderr: String) {
            let result = try world.daemon.runLotse(["session", "add", "--specialist", String(specialist), "--date", date, "--start", start,
                                                    "--slots", "2", "--minutes", "60", "--place", place],
                                                   as: world.coordinator, environment: ["LANG": german ? "de_DE.UTF-8" : "C.UTF-8"])
            return (result.status, result.stderr)
        }
        let twoLines = try add(day, "09:00", place: "Rathaus\nRaum 2")
        #expect(twoLines.status == 65 && twoLines.stderr.contains("place"), "\(twoLines.stderr)")

        // 28.03.2027 is the last Sunday of March: 02:00–02:59 do not exist in Europe/Berlin.
        let skipped = try add("2027-03-28", "02:30")
        #expect(skipped.status == 65 && skipped.stderr.contains("does not exist"), "\(skipped.stderr)")
        let skippedGerman = try add("28.03.2027", "02:30", german: true)
        #expect(skippedGerman.stderr.contains("Sommerzeit"), "\(skippedGerman.stderr)")

        let first = try add(day, "09:00")
        #expect(first.status == 0, "\(first.stderr)")
        let overlapping = try add(day, "10:30")
        #expect(overlapping.status == 65 && overlapping.stderr.contains("cannot overlap"), "\(overlapping.stderr)")
        let overlappingGerman = try add(day, "09:30", german: true)
        #expect(overlappingGerman.stderr.contains("überschneiden"), "\(overlappingGerman.stderr)")
        let after = try add(day, "11:00")
        #expect(after.status == 0, "a session right after the first one is fine: \(after.stderr)")
        #expect((try world.json(["session", "list", world.month.description])["sessions"]?.arrayValue ?? []).count == 2)
    }
}
