import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A caseworker's notes edit keeps the follow-up steps an assessment wrote into the goal
/// (issue 15, reproduction 4: `helpplan goal update … --notes` overwrote them).
@Suite(.serialized) struct GoalNotesStepLinkTests {
    @Test func updatingAGoalsNotesKeepsTheGeneratedStepLinks() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0]
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointment = try #require(try world.appointments()[client.client])
        let due = world.sessionDay.adding(days: 14).displayText
        _ = try world.json(["assessment", "record", String(appointment), "--note", "Schlafstörungen.",
                            "--recommend", "outpatient-psychotherapy",
                            "--step", "\(due);caseworker;Therapieplatz anfragen"], as: world.specialist)
        let goals = try world.json(["helpplan", "show", client.client], as: world.caseworker)["plan"]?["version"]?["goals"]?.arrayValue ?? []
        let goal = try #require(goals.first { $0["domain"]?.stringValue == "health-and-psychosocial-support" })
        let goalID = try #require(goal["id"]?.integerValue)
        let generated = try #require(goal["notes"]?.stringValue)
        #expect(generated.contains("Therapieplatz anfragen"))

        let updated = try world.json(["helpplan", "goal", "update", client.client, String(goalID), "--notes", "Praxis Dr. Weber angefragt"],
                                     as: world.caseworker)
        let notes = updated["plan"]?["version"]?["goals"]?.arrayValue?.first { $0["id"]?.integerValue == goalID }?["notes"]?.stringValue ?? ""
        #expect(notes.hasPrefix("Praxis Dr. Weber angefragt\n"), "\(notes)")
        #expect(notes.hasSuffix(generated), "the step list is kept below the caseworker's text: \(notes)")

        // A second edit replaces the caseworker's own text, never the list; an empty one
        // leaves the list alone.
        let again = try world.json(["helpplan", "goal", "update", client.client, String(goalID), "--notes", "Zusage für März"],
                                   as: world.caseworker)
        let second = again["plan"]?["version"]?["goals"]?.arrayValue?.first { $0["id"]?.integerValue == goalID }?["notes"]?.stringValue ?? ""
        #expect(second == "Zusage für März\n" + generated, "\(second)")
        let emptied = try world.json(["helpplan", "goal", "update", client.client, String(goalID), "--notes", ""], as: world.caseworker)
        let third = emptied["plan"]?["version"]?["goals"]?.arrayValue?.first { $0["id"]?.integerValue == goalID }?["notes"]?.stringValue ?? ""
        #expect(third == generated)
        let shown = try world.lotse(["helpplan", "show", client.client], as: world.caseworker)
        #expect(shown.stdout.contains("Therapieplatz anfragen"), "\(shown.stdout)")

        // A goal without steps takes the notes as written.
        let plain = try world.json(["helpplan", "goal", "add", client.client, "--domain", "language", "--title", "B1-Kurs",
                                    "--notes", "alt"], as: world.caseworker)
        let plainID = try #require(plain["goal"]?.integerValue)
        let plainUpdated = try world.json(["helpplan", "goal", "update", client.client, String(plainID), "--notes", "neu"], as: world.caseworker)
        #expect(plainUpdated["plan"]?["version"]?["goals"]?.arrayValue?.first { $0["id"]?.integerValue == plainID }?["notes"]?.stringValue == "neu")
    }
}
