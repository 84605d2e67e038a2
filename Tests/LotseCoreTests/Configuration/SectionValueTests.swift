import Testing
@testable import LotseCore

@Suite struct SectionValueTests {
    private func error(_ text: String) -> String? { ConfigurationFixtures.errorText(text) }

    @Test func socketModeMustBeOctalAndSafe() {
        #expect(error("[daemon]\nsocket_mode = 66x\n") == "lotse.conf:2: [daemon] socket_mode: \"66x\" is not an octal permission mode like 0660")
        #expect(error("[daemon]\nsocket_mode = 0666\n") == "lotse.conf:2: [daemon] socket_mode: 0666 opens the socket to every local user; use at most 0770")
        #expect(error("[daemon]\nsocket_mode = 0060\n") == "lotse.conf:2: [daemon] socket_mode: 0060 would lock the daemon's own user out; it needs at least 0600")
    }

    @Test func socketPathLongerThanSunPathIsRejected() {
        let long = "/" + String(repeating: "s", count: 120)
        #expect(error("[daemon]\nsocket = \(long)\n")?.hasPrefix("lotse.conf:2: [daemon] socket: ") == true)
    }

    @Test func numbersOutOfRangeAreRejected() {
        #expect(error("[daemon]\nmax_connections = 0\n") == "lotse.conf:2: [daemon] max_connections: 0 is out of range (1–10000)")
        #expect(error("[daemon]\nmax_message_bytes = -5\n") == "lotse.conf:2: [daemon] max_message_bytes: \"-5\" is not a whole number")
    }

    @Test func oneAccountsConnectionsDefaultBelowTheGlobalLimitAndNeverExceedIt() throws {
        func parsed(_ lines: String) throws -> DaemonSettings {
            try Configuration.parse("[daemon]\n\(lines)\n[roles]\nadmins = root\n", file: "x", baseDirectory: "").daemon
        }
        #expect(try parsed("").maxConnectionsPerAccount == 16)
        #expect(try parsed("").maxConnections == 64)
        #expect(try parsed("max_connections = 8").maxConnectionsPerAccount == 8)
        #expect(try parsed("max_connections = 300\nmax_connections_per_account = 200").maxConnectionsPerAccount == 200)
        #expect(error("[daemon]\nmax_connections = 10\nmax_connections_per_account = 11\n")
                == "lotse.conf:3: [daemon] max_connections_per_account: 11 is more than max_connections (10); one account must not be able to take every connection")
        #expect(error("[daemon]\nmax_connections_per_account = 0\n") == "lotse.conf:2: [daemon] max_connections_per_account: 0 is out of range (1–10000)")
    }

    @Test func rolesMapUsersAndGroups() throws {
        let config = try Configuration.parse("[roles]\ncaseworkers = anna, @integration\ncoordinators = carl\nadmins = carl\n", file: "x", baseDirectory: "")
        #expect(config.roles.roles(user: "anna", groups: []) == [.caseworker])
        #expect(config.roles.roles(user: "bert", groups: ["users", "integration"]) == [.caseworker])
        #expect(config.roles.roles(user: "carl", groups: []) == [.coordinator, .admin])
        #expect(config.roles.roles(user: "dora", groups: ["users"]).isEmpty)
    }

    @Test func badRoleMembersAreRejected() {
        #expect(error("[roles]\ncaseworkers = anna, @\n") == "lotse.conf:2: [roles] caseworkers: \"@\" is not a valid @group")
        #expect(error("[roles]\ncaseworkers = anna, Anna Berg\n") == "lotse.conf:2: [roles] caseworkers: \"Anna Berg\" is not a valid Unix user name")
        #expect(error("[roles]\ncaseworkers = anna,,bert\n") == "lotse.conf:2: [roles] caseworkers: \"anna,,bert\" has an empty item in its list")
    }

    @Test func mailAddressesAreValidated() {
        #expect(error("[mail]\nsender = -oQ@x.example\n") == "lotse.conf:2: [mail] sender: \"-oQ@x.example\" starts with -, which sendmail would read as an option")
        #expect(error("[mail]\nbounce = a@b.example, c@d.example\n") == "lotse.conf:2: [mail] bounce: \"a@b.example, c@d.example\" contains blanks or control characters, not allowed in an e-mail address")
        #expect(error("[mail]\nlanguage = fr\n") == "lotse.conf:2: [mail] language: \"fr\" is not one of: de, en")
    }

    @Test func coordinatorAddressesAreAListOfSingleAddresses() throws {
        let config = try Configuration.parse("[mail]\ncoordinator_addresses = a@k.example, b@k.example\n", file: "x", baseDirectory: "")
        #expect(config.mail.coordinatorAddresses.map(\.value) == ["a@k.example", "b@k.example"])
        #expect(error("[mail]\ncoordinator_addresses = a@k.example, -b@k.example\n")
            == "lotse.conf:2: [mail] coordinator_addresses: \"-b@k.example\" starts with -, which sendmail would read as an option")
    }

    @Test func bounceDefaultsToSender() throws {
        let config = try Configuration.parse("[mail]\nsender = lotse@kreis.example\n", file: "x", baseDirectory: "")
        #expect(config.mail.bounceAddress.value == "lotse@kreis.example")
    }

    @Test func retryBackOffDoublesUpToTheMaximum() throws {
        let config = try Configuration.parse("", file: "x", baseDirectory: "")
        #expect((1...7).map { config.mail.retryDelayMinutes(afterAttempt: $0) } == [5, 10, 20, 40, 60, 60, 60])
        #expect(error("[mail]\nretry_min_minutes = 30\nretry_max_minutes = 10\n")
            == "lotse.conf:3: [mail] retry_max_minutes: retry_max_minutes (10) is less than retry_min_minutes (30)")
    }

    @Test func reminderDaysAreSortedLargestFirst() throws {
        let config = try Configuration.parse("[mail]\nreminder_days = 1, 14, 7\n", file: "x", baseDirectory: "")
        #expect(config.mail.reminderDaysBeforeAppointment == [14, 7, 1])
    }

    @Test func planningWeightsFollowThePlanFormatRule() throws {
        #expect(error("[planning]\nurgency.high = 16\n")
            == "lotse.conf:2: [planning] urgency.high: urgency.high (16) must be more than 4 × lateness.high (4), or a late slot would weigh nothing")
        let config = try Configuration.parse("[planning]\nurgency.high = 17\nno_show = retriage-after-two\n", file: "x", baseDirectory: "")
        #expect(config.planning.weights.urgency[.high] == 17)
        #expect(config.planning.noShowPolicy == .retriageAfterTwo)
    }

    @Test func quotasMustNameDistrictMunicipalities() {
        #expect(error("[district]\nmunicipalities = asperg\n[planning]\nquota.kornwestheim = 3\n")
            == "lotse.conf:4: [planning] quota.kornwestheim: \"kornwestheim\" is not one of the municipalities in [district]")
        #expect(error("[planning]\nquota.Korn = 3\n") == "lotse.conf:2: [planning] quota.Korn: not a valid key (use lower-case letters, digits, -, _ and .)")
        #expect(error("[planning]\nquota.-x = 3\n") == "lotse.conf:2: [planning] quota.-x: \"-x\" is not a municipality id (lower-case letters, digits and -)")
    }

    @Test func purgeTimeMustBeATime() {
        #expect(error("[retention]\npurge_time = 3:30\n") == "lotse.conf:2: [retention] purge_time: \"3:30\" is not a time of day like 03:30")
        #expect(error("[retention]\npurge_time = 24:00\n") == "lotse.conf:2: [retention] purge_time: \"24:00\" is not a time of day like 03:30")
    }

    @Test func emergencyTextMayNotBeEmpty() {
        #expect(error("[emergency]\ntext.de =\n") == "lotse.conf:2: [emergency] text.de: has no value; the emergency route must be stated")
    }

    @Test func recommendationCatalogueNeedsBothLanguages() {
        #expect(error("[recommendations]\nrest.de = Ruhe\n") == "lotse.conf:2: [recommendations] rest.de: the recommendation rest has no label in English (rest.en)")
        #expect(error("[recommendations]\nagain.de = in {months} Monaten\nagain.en = later\n")
            == "lotse.conf:3: [recommendations] again.en: {months} must appear in every label of again or in none")
    }

    @Test func recommendationCatalogueReplacesDefaults() throws {
        let config = try Configuration.parse("[recommendations]\nagain.de = In {months} Monaten\nagain.en = In {months} months\n", file: "x", baseDirectory: "")
        let code = try #require(RecommendationCode("again"))
        #expect(config.recommendations.entries.count == 1)
        #expect(config.recommendations.entry(code)?.takesMonths == true)
        #expect(config.recommendations.entry(code)?.label(in: .en, months: 3) == "In 3 months")
    }
}
