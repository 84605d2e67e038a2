import Foundation
import LotseVarlink
import Testing

/// Help plans: every change a new version with author and time, goal status moves as
/// the model allows, a review date from `[helpplan] review_months`.
@Suite struct HelpPlanEndToEndTests {
    @Test func reviewMonthsComeFromTheConfigurationAndAReviewIsAVersion() throws {
        let f = try CaseworkFixture(extraConfiguration: "\n[helpplan]\nreview_months = 6\n")
        let client = try f.clientWithConsent(for: f.anna)
        let added = try f.json(["helpplan", "goal", "add", client, "--domain", "housing", "--title", "Eigene Wohnung"], as: f.anna)
        #expect(added["plan"]?["version"]?["reviewOn"] == "2027-05-21")
        #expect(added["goal"] == 1)
        let reviewed = try f.lotse(["helpplan", "review", client], as: f.anna, german: true)
        #expect(reviewed.stdout == "Überprüfung erfasst; die nächste ist am 21.05.2027 fällig.\n")
        #expect(try f.query("SELECT number, change, author, author_role FROM help_plan_versions ORDER BY number")
                == "1|plan opened|lotse-e2e-anna|caseworker\n2|goal 1 added|lotse-e2e-anna|caseworker\n3|reviewed|lotse-e2e-anna|caseworker")
        #expect(try f.query("SELECT current_version, review_on FROM help_plans") == "3|2027-05-21")
    }

    @Test func goalStatusFollowsItsLifeCycleAndARefusalChangesNothing() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["helpplan", "goal", "add", client, "--domain", "work", "--title", "Praktikum"], as: f.anna).status == 0)
        #expect(try f.lotse(["helpplan", "goal", "update", client, "1", "--status", "reached"], as: f.anna).status == 0)
        let before = try f.dump()
        let refused = try f.lotse(["helpplan", "goal", "update", client, "1", "--status", "dropped"], as: f.anna, german: true)
        #expect(refused.status == 65)
        #expect(refused.stderr == "lotse: --status: Ziel 1 kann nicht von „erreicht“ zu „entfallen“ wechseln.\n")
        let nothing = try f.lotse(["helpplan", "goal", "update", client, "1"], as: f.anna)
        #expect(nothing.status == 65)
        #expect(nothing.stderr == "lotse: GOAL: nothing to change; give --status, --target or --notes.\n")
        #expect(try f.dump() == before)
        // The coordinator reads the plan and its history but does not change it.
        #expect(try f.lotse(["helpplan", "show", client], as: f.clara).status == 0)
        #expect(try f.lotse(["helpplan", "goal", "update", client, "1", "--status", "in-progress"], as: f.clara).status == 77)
    }
}
