import Foundation
import Testing
@testable import LotseCore

@Suite struct ConfigurationParserTests {
    @Test func shippedExampleParses() throws {
        let config = try ConfigurationFixtures.shipped()
        let dir = ConfigurationFixtures.configDirectory
        let checkout = URL(fileURLWithPath: dir).deletingLastPathComponent().path
        #expect(config.daemon.socketPath == checkout + "/var/run/lotse.sock")
        #expect(config.daemon.databasePath == checkout + "/var/lib/lotse.db")
        #expect(config.daemon.socketMode == 0o660)
        #expect(config.daemon.maxMessageBytes == 1_048_576)
        #expect(config.district.name == "Landkreis Ludwigsburg")
        #expect(config.district.municipalities.count == 8)
        #expect(config.mail.reminderDaysBeforeAppointment == [7, 1])
        #expect(config.mail.templateDirectory == dir + "/mail")
        #expect(config.planning.quotas[try #require(MunicipalityID("kornwestheim"))] == 3)
        #expect(config.planning.weights == PlanningWeights())
        #expect(config.recommendations == RecommendationCatalogue.standard)
        #expect(config.instruments.map(\.name) == ["screen15", "yesno10"])
        #expect(config.emergency.text(in: .de).contains("112"))
        #expect(config.emergency.text(in: .en).contains("\n"))
        #expect(config.roles.roles(user: "root", groups: []) == [.admin])
    }

    @Test func emptyFileGivesAllDefaults() throws {
        let config = try Configuration.parse("", file: "lotse.conf", baseDirectory: "/etc/lotse")
        #expect(config.daemon == DaemonSettings())
        #expect(config.daemon.maxMessageBytes == 1 << 20)
        #expect(config.mail.reminderDaysBeforeAppointment == [7, 1])
        #expect(config.mail.defaultLanguage == .de)
        #expect(config.mail.templateDirectory == "/etc/lotse/mail")
        #expect(config.planning.waitingLimitWeeks == 8)
        #expect(config.planning.noShowPolicy == .headOfUrgency)
        #expect(config.retention.monthsAfterClose == 24)
        #expect(config.retention.purgeTime.description == "03:30")
        #expect(config.helpPlan.reviewIntervalMonths == 3)
        #expect(config.recommendations.entries.count == 8)
        #expect(config.instruments.isEmpty)
    }

    @Test func missingFileErrorNamesFileAndReason() {
        let error = ConfigurationError.cannotRead(file: "lotse.conf", systemReason: "No such file or directory")
        #expect(error.description == "lotse.conf: cannot read: No such file or directory")
    }

    @Test func unknownSectionNamesLine() {
        #expect(ConfigurationFixtures.errorText("[daemon]\n\n[mial]\nsender = a@b.example\n")
            == "lotse.conf:3: [mial]: unknown section (known: daemon, roles, district, mail, planning, retention, helpplan, emergency, recommendations, report, assessments, instrument.NAME)")
    }

    @Test func unknownKeyNamesLineAndKey() {
        #expect(ConfigurationFixtures.errorText("[mail]\nsender = a@b.example\nsendmial = /usr/sbin/sendmail\n")
            == "lotse.conf:3: [mail] sendmial: unknown key")
    }

    @Test func badValueNamesLineKeyAndValue() {
        let text = String(repeating: "# comment\n", count: 12) + "[mail]\nreminder_days = 7,x\n"
        #expect(ConfigurationFixtures.errorText(text) == "lotse.conf:14: [mail] reminder_days: \"7,x\" is not a list of whole numbers")
    }

    @Test func duplicateKeyNamesBothLines() {
        #expect(ConfigurationFixtures.errorText("[mail]\nsender = a@b.example\nlanguage = de\nsender = c@d.example\n")
            == "lotse.conf:4: [mail] sender: duplicate key (first set on line 2)")
    }

    @Test func duplicateSectionNamesBothLines() {
        #expect(ConfigurationFixtures.errorText("[mail]\n[daemon]\n[mail]\n")
            == "lotse.conf:3: [mail]: duplicate section (first on line 1)")
    }

    @Test func keyOutsideSectionIsRejected() {
        #expect(ConfigurationFixtures.errorText("# top\nsocket = /x\n") == "lotse.conf:2: socket: key outside any [section]")
    }

    @Test func lineWithoutEqualsIsRejected() {
        #expect(ConfigurationFixtures.errorText("[daemon]\nsocket /x\n")
            == "lotse.conf:2: line is neither a [section], a key = value pair nor a # comment")
    }

    @Test func unclosedSectionHeaderIsRejected() {
        #expect(ConfigurationFixtures.errorText("[daemon\n") == "lotse.conf:1: section header \"[daemon\" lacks its closing ]")
    }

    @Test func relativePathsResolveAgainstBaseAndAbsoluteStay() throws {
        let config = try Configuration.parse("[daemon]\nsocket = ./run/l.sock\ndatabase = /srv/l.db\n", file: "x.conf", baseDirectory: "/opt/lotse")
        #expect(config.daemon.socketPath == "/opt/lotse/run/l.sock")
        #expect(config.daemon.databasePath == "/srv/l.db")
    }

    @Test func pathsAreNormalisedTextually() {
        #expect(ValueSyntax.resolve("../var/l.db", against: "/srv/app/Config") == "/srv/app/var/l.db")
        #expect(ValueSyntax.resolve("a//b/./c", against: "") == "a/b/c")
        #expect(ValueSyntax.resolve("/../x", against: "/base") == "/x")
        #expect(ValueSyntax.resolve("../../x", against: "rel") == "../x")
        #expect(ValueSyntax.resolve(".", against: "/etc/lotse") == "/etc/lotse")
    }

    @Test func hashInsideValueIsKept() throws {
        let config = try Configuration.parse("[district]\nname = Kreis #1\n", file: "x.conf", baseDirectory: "")
        #expect(config.district.name == "Kreis #1")
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let config = try Configuration.parse("\u{FEFF}[helpplan]\nreview_months = 4\n", file: "x.conf", baseDirectory: "")
        #expect(config.helpPlan.reviewIntervalMonths == 4)
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let config = try Configuration.parse("[helpplan]\r\nreview_months = 6\r\n", file: "x.conf", baseDirectory: "")
        #expect(config.helpPlan.reviewIntervalMonths == 6)
    }

    @Test func amendDaysDefaultsToFourteenAndIsBounded() throws {
        #expect(try Configuration.parse("", file: "x.conf", baseDirectory: "").assessments.amendDays == 14)
        #expect(try Configuration.parse("[assessments]\namend_days = 0\n", file: "x.conf", baseDirectory: "").assessments.amendDays == 0)
        #expect(throws: ConfigurationError.self) { try Configuration.parse("[assessments]\namend_days = 366\n", file: "x.conf", baseDirectory: "") }
    }
}
