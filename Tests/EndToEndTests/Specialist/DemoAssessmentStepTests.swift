import Foundation
import Testing

/// `lotse demo` step 5: the specialist's side runs through the real interfaces.
@Suite(.serialized) struct DemoAssessmentStepTests {
    @Test func theDemoRecordsAssessmentsThatReachTheCaseworkersHelpPlan() throws {
        let started = Date()
        let output = try DaemonHarness.run(try DaemonHarness.binary(named: "lotse"), ["demo"], environment: ["LANG": "C"])
        #expect(output.status == 0, "lotse demo failed: \(output.stderr)")
        if DemoExtraSession.skippedForTheHour(output.stdout) {
            // Only in the day's last hour, when three slots no longer fit before midnight.
            #expect(!DemoExtraSession.fitsToday(at: started) || !DemoExtraSession.fitsToday(), "the demo skipped its extra session though it fits: \(output.stdout)")
            return
        }
        #expect(output.stdout.contains("5. Extra session today with dr-haddad:"), "\(output.stdout)")
        #expect(output.stdout.contains("outpatient psychotherapy, 2 steps"))
        #expect(output.stdout.contains("present again in 3 months, follow-up referral"))
        #expect(output.stdout.contains("by dr-haddad."))
    }
}
