import Foundation
import Testing

/// `lotse mail outbox` and `retry` are for coordinators (and admins) only.
@Suite struct MailPermissionTests {
    @Test func caseworkersAreRefusedAndCoordinatorsServed() throws {
        let caseworker = try TestUser.ensure("lotse-e2e-mail-cw")
        let coordinator = try TestUser.ensure("lotse-e2e-mail-ko")
        let daemon = try DaemonHarness(roles: "caseworkers = \(caseworker.name)\ncoordinators = \(coordinator.name)\nadmins = root")
        try daemon.start()
        let refused = try daemon.runLotse(["mail", "outbox"], as: caseworker, environment: ["LANG": "C"])
        #expect(refused.status == 77, "\(refused.stderr)")
        #expect(refused.stderr.contains("Permission denied"))
        let retryRefused = try daemon.runLotse(["mail", "retry", "1"], as: caseworker, environment: ["LANG": "C"])
        #expect(retryRefused.status == 77)
        let served = try daemon.runLotse(["mail", "outbox"], as: coordinator, environment: ["LANG": "C"])
        #expect(served.status == 0, "\(served.stderr)")
        #expect(served.stdout.contains("The outbox is empty."))
        #expect(daemon.stop() == 0)
    }
}
