import Foundation
import LotseCore
import LotseDaemon
import Testing

/// Every mail names only commands its reader may run (issue 15): for every shipped
/// template in both languages, each `lotse NOUN VERB` it names is looked up in the CLI's
/// command → method table below and checked against the daemon's own role table (the
/// `roles` of each method of `InterfaceRegistry.production`) for the kind's recipients.
@Suite struct MailCommandPermissionTests {
    /// The daemon method each command a mail may name calls. A command missing here fails
    /// the test: naming a new command in a mail means deciding who may run it.
    static let methods: [String: String] = [
        "lotse session today": "org.lotse.Assessments.Today",
        "lotse appointment cancel": "org.lotse.Appointments.Cancel",
        "lotse followup list": "org.lotse.FollowUps.List",
        "lotse helpplan show": "org.lotse.HelpPlans.Get",
        "lotse roster plan": "org.lotse.Roster.Plan",
        "lotse roster show": "org.lotse.Roster.Show",
        "lotse roster approve": "org.lotse.Roster.Approve",
        "lotse roster waiting": "org.lotse.Roster.Waiting",
        "lotse mail outbox": "org.lotse.Mail.Outbox",
        "lotse mail retry": "org.lotse.Mail.Retry",
        "lotse admin status": "org.lotse.Admin.Status",
        "lotse screen history": "org.lotse.Screening.List",
        "lotse referral show": "org.lotse.Referrals.Get",
        "lotse referral list": "org.lotse.Referrals.List",
    ]

    /// Who receives a kind: its recipient role; a follow-up step's owner may hold any of
    /// the three roles that own steps.
    static func recipients(_ kind: ReminderKind) -> Set<Role> {
        kind == .followUpDue ? [.caseworker, .specialist, .coordinator] : [kind.recipientRole]
    }

    /// The daemon's role table: fully qualified method → roles allowed.
    static func roleTable() -> [String: Set<Role>] {
        var table: [String: Set<Role>] = [:]
        for interface in InterfaceRegistry.production {
            guard let line = interface.idl.split(separator: "\n").first(where: { $0.hasPrefix("interface ") }) else { continue }
            let name = line.dropFirst("interface ".count).trimmingCharacters(in: .whitespaces)
            for (method, entry) in interface.methods { table["\(name).\(method)"] = entry.roles }
        }
        return table
    }

    /// `lotse NOUN VERB` for every `lotse` a text names.
    static func commands(in text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" }).map(String.init)
        return words.indices.compactMap { i in
            guard words[i] == "lotse", i + 2 < words.count else { return nil }
            let verb = words[i + 2].trimmingCharacters(in: CharacterSet.letters.inverted)
            return "lotse \(words[i + 1]) \(verb)"
        }
    }

    @Test func everyCommandAMailNamesIsOneItsRecipientMayRun() throws {
        let table = Self.roleTable()
        #expect(table["org.lotse.Appointments.Cancel"] == [.caseworker, .coordinator], "the role table is read")
        var checked = 0
        for language in MessageLanguage.allCases {
            for kind in ReminderKind.allCases {
                let file = FakeSendmail.packageRoot.appendingPathComponent("Config/mail/\(language.rawValue)/\(kind.rawValue).txt")
                let text = try String(contentsOf: file, encoding: .utf8)
                for command in Self.commands(in: text) {
                    checked += 1
                    guard let method = Self.methods[command] else {
                        Issue.record("\(language.rawValue)/\(kind.rawValue) names \(command), which the table does not know")
                        continue
                    }
                    let allowed = try #require(table[method], "\(method) is not served")
                    for role in Self.recipients(kind) {
                        #expect(allowed.contains(role),
                                "\(language.rawValue)/\(kind.rawValue) tells a \(role.rawValue) to run \(command), which needs \(allowed.map(\.rawValue).sorted())")
                    }
                }
            }
        }
        #expect(checked >= 20, "the templates name commands (\(checked) found)")
    }

    @Test func theCheckCatchesACommandTheRecipientMayNotRun() {
        let table = Self.roleTable()
        // The reproduction of issue 15: a specialist's mail pointing to lotse roster show.
        let named = Self.commands(in: "Ihre Termine sehen Sie in Lotse (lotse roster show).")
        #expect(named == ["lotse roster show"])
        #expect(table[Self.methods["lotse roster show"] ?? ""]?.contains(.specialist) == false)
    }
}
