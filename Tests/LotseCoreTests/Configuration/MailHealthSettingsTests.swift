import Testing
@testable import LotseCore

/// `[mail] alert_after` and `bounce_maildir`.
@Suite struct MailHealthSettingsTests {
    private func parse(_ mail: String) throws -> MailSettings {
        try Configuration.parse("[roles]\nadmins = root\n[mail]\n" + mail, file: "x", baseDirectory: "/etc/lotse").mail
    }

    @Test func alertAfterDefaultsToOneHourAndTakesUnits() throws {
        #expect(try parse("").alertAfterSeconds == 3600)
        #expect(try parse("alert_after = 2h\n").alertAfterSeconds == 7200)
        #expect(try parse("alert_after = 90m\n").alertAfterSeconds == 5400)
        #expect(try parse("alert_after = 45\n").alertAfterSeconds == 2700)
        #expect(try parse("alert_after = 30s\n").alertAfterSeconds == 30)
        #expect(try parse("alert_after = 1d\n").alertAfterSeconds == 86_400)
    }

    @Test func aBadAlertAfterIsRefusedNamingLineAndKey() {
        let message = "is not a duration from 1s to 7d (e.g. 1h, 90m, 2d)"
        #expect(ConfigurationFixtures.errorText("[mail]\nalert_after = soon\n") == "lotse.conf:2: [mail] alert_after: \"soon\" \(message)")
        #expect(ConfigurationFixtures.errorText("[mail]\nalert_after = 0\n") == "lotse.conf:2: [mail] alert_after: \"0\" \(message)")
        #expect(ConfigurationFixtures.errorText("[mail]\nalert_after = 8d\n") == "lotse.conf:2: [mail] alert_after: \"8d\" \(message)")
        #expect(ConfigurationFixtures.errorText("[mail]\nalert_after = 99999999999999999999h\n")
            == "lotse.conf:2: [mail] alert_after: \"99999999999999999999h\" \(message)")
    }

    @Test func bounceMaildirIsOffUnlessSetAndResolvedAgainstTheFile() throws {
        #expect(try parse("").bounceMaildir == nil)
        #expect(try parse("bounce_maildir = /var/lib/lotse/bounces\n").bounceMaildir == "/var/lib/lotse/bounces")
        #expect(try parse("bounce_maildir = bounces\n").bounceMaildir == "/etc/lotse/bounces")
    }
}
