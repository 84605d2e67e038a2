import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Inputs as people write them, against a real daemon: a specialist by login or name in
/// any case, a municipality by its name, days and months in the German form.
@Suite(.serialized) struct NamedInputEndToEndTests {
    @Test func specialistsMunicipalitiesDaysAndMonthsAreTakenAsPeopleWriteThem() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-sp9", languages: "de,uk")
        let day = try #require(CalendarDate(iso: world.date(10)))
        let german = day.displayText
        for (index, name) in ["LOTSE-E2E-SP9", "dr-lotse-e2e-sp9", String(specialist)].enumerated() {
            let added = try world.json(["session", "add", "--specialist", name, "--date", german, "--start", "1\(index):00",
                                        "--slots", "1", "--minutes", "45", "--place", "Landratsamt"])
            #expect(added["sessions"]?.arrayValue?.first?["specialist"]?.integerValue == specialist, "\(name): \(added)")
            #expect(added["sessions"]?.arrayValue?.first?["date"]?.stringValue == day.description)
        }
        let unknown = try world.lotse(["session", "add", "--specialist", "nobody", "--date", german, "--start", "16:00",
                                       "--slots", "1", "--minutes", "45", "--place", "Landratsamt"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "lotse: --specialist: no specialist \"nobody\"; \"lotse specialist list\" shows numbers and user names.\n")
        let monthGerman = String(format: "%02d.%04d", world.month.month, world.month.year)
        let listed = try world.json(["session", "list", monthGerman])
        #expect(listed["sessions"]?.arrayValue?.count == 3)

        let client = try world.daemon.runLotse(["client", "new", "--municipality", "Kornwestheim", "--json"], as: world.caseworker)
        #expect(client.status == 0, "\(client.stderr)")
        #expect(try JSONParser().parse(client.stdout)["client"]?["municipality"]?.stringValue == "kornwestheim")
    }
}
