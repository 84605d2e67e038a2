import Foundation
import LotseTestSupport
import Testing
@testable import LotseCore

/// Every refusal of the configuration parser, met once each, says what is wrong in German
/// and in English — the German sentence without an English function word, the English
/// one without a German word — and both name the same place: file:line, the section and
/// the key.
@Suite struct ConfigurationRefusalWordingTests {
    /// One file per refusal and the place both wordings must begin with.
    static let refusals: [(text: String, place: String)] = [
        ("[daemon\n", "lotse.conf:1: "),
        ("[Daemon]\n", "lotse.conf:1: "),
        ("[mail]\n[mail]\n", "lotse.conf:2: [mail]: "),
        ("[daemon]\nsocket /x\n", "lotse.conf:2: "),
        ("[daemon]\n= x\n", "lotse.conf:2: "),
        ("[daemon]\nSocket = x\n", "lotse.conf:2: [daemon] Socket: "),
        ("socket = /x\n", "lotse.conf:1: socket: "),
        ("[daemon]\nsocket = a\nsocket = b\n", "lotse.conf:3: [daemon] socket: "),
        ("[mial]\n", "lotse.conf:1: [mial]: "),
        ("[report]\nbogus = 1\n", "lotse.conf:2: [report] bogus: "),
        ("[daemon]\nsocket =\n", "lotse.conf:2: [daemon] socket: "),
        ("[daemon]\nsocket = \(String(repeating: "s", count: 120))\n", "lotse.conf:2: [daemon] socket: "),
        ("[daemon]\nsocket_group = Bad!\n", "lotse.conf:2: [daemon] socket_group: "),
        ("[daemon]\nsocket_mode = 999\n", "lotse.conf:2: [daemon] socket_mode: "),
        ("[daemon]\nsocket_mode = 0400\n", "lotse.conf:2: [daemon] socket_mode: "),
        ("[daemon]\nsocket_mode = 0666\n", "lotse.conf:2: [daemon] socket_mode: "),
        ("[daemon]\nmax_connections = 4\nmax_connections_per_account = 5\n", "lotse.conf:3: [daemon] max_connections_per_account: "),
        ("[daemon]\ndatabase =\n", "lotse.conf:2: [daemon] database: "),
        ("[daemon]\ndatabase = a\u{0}b\n", "lotse.conf:2: [daemon] database: "),
        ("[report]\nmin_cell = x\n", "lotse.conf:2: [report] min_cell: "),
        ("[report]\nmin_cell = 2\n", "lotse.conf:2: [report] min_cell: "),
        ("[district]\nname =\n", "lotse.conf:2: [district] name: "),
        ("[district]\nname = \(String(repeating: "n", count: 201))\n", "lotse.conf:2: [district] name: "),
        ("[district]\nmunicipalities = a_b\n", "lotse.conf:2: [district] municipalities: "),
        ("[district]\nmunicipalities = a, a\n", "lotse.conf:2: [district] municipalities: "),
        ("[district]\nmunicipalities = a,,b\n", "lotse.conf:2: [district] municipalities: "),
        ("[district]\npopulation.a_b = 1\n", "lotse.conf:2: [district] population.a_b: "),
        ("[district]\nmunicipalities = a\npopulation.zz = 1\n", "lotse.conf:3: [district] population.zz: "),
        ("[emergency]\ntext.de =\n", "lotse.conf:2: [emergency] text.de: "),
        ("[emergency]\ntext.en = \(String(repeating: "e", count: 1001))\n", "lotse.conf:2: [emergency] text.en: "),
        ("[mail]\nretry_min_minutes = 10\nretry_max_minutes = 5\n", "lotse.conf:3: [mail] retry_max_minutes: "),
        ("[mail]\ncoordinator_addresses = a@b.example, a@b.example\n", "lotse.conf:2: [mail] coordinator_addresses: "),
        ("[mail]\ncoordinator_addresses = -x@b.example\n", "lotse.conf:2: [mail] coordinator_addresses: "),
        ("[mail]\nalert_after = 9y\n", "lotse.conf:2: [mail] alert_after: "),
        ("[mail]\nsender =\n", "lotse.conf:2: [mail] sender: "),
        ("[mail]\nsender = \(String(repeating: "a", count: 60))@\(String(repeating: "b", count: 200)).example\n", "lotse.conf:2: [mail] sender: "),
        ("[mail]\nsender = a b@c.example\n", "lotse.conf:2: [mail] sender: "),
        ("[mail]\nsender = a@b.example;c@d.example\n", "lotse.conf:2: [mail] sender: "),
        ("[mail]\nsender = nobody\n", "lotse.conf:2: [mail] sender: "),
        ("[mail]\nbounce = -f@b.example\n", "lotse.conf:2: [mail] bounce: "),
        ("[mail]\nlanguage = fr\n", "lotse.conf:2: [mail] language: "),
        ("[mail]\nreminder_days = 7,x\n", "lotse.conf:2: [mail] reminder_days: "),
        ("[mail]\nreminder_days = 7, 400\n", "lotse.conf:2: [mail] reminder_days: "),
        ("[planning]\nurgency.routine = 4\nlateness.routine = 1\n", "lotse.conf:3: [planning] lateness.routine: "),
        ("[planning]\nquota_weight = population\n", "lotse.conf:2: [planning] quota_weight: "),
        ("[district]\nmunicipalities = a, b\npopulation.a = 10\n[planning]\nquota_weight = population\n", "lotse.conf:5: [planning] quota_weight: "),
        ("[planning]\nquota_base = 2\n", "lotse.conf:2: [planning] quota_base: "),
        ("[planning]\nquota_weight = size\n", "lotse.conf:2: [planning] quota_weight: "),
        ("[district]\nmunicipalities = a\n[planning]\nquota.zz = 1\n", "lotse.conf:4: [planning] quota.zz: "),
        ("[retention]\npurge_time = 25:00\n", "lotse.conf:2: [retention] purge_time: "),
        ("[roles]\nadmins = @Bad\n", "lotse.conf:2: [roles] admins: "),
        ("[roles]\nadmins = Bad\n", "lotse.conf:2: [roles] admins: "),
        ("[roles]\nadmins = root, root\n", "lotse.conf:2: [roles] admins: "),
        ("[recommendations]\nrest = Ruhe\n", "lotse.conf:2: [recommendations] rest: "),
        ("[recommendations]\nrest.fr = Repos\n", "lotse.conf:2: [recommendations] rest.fr: "),
        ("[recommendations]\nre_st.de = Ruhe\n", "lotse.conf:2: [recommendations] re_st.de: "),
        ("[recommendations]\nrest.de =\n", "lotse.conf:2: [recommendations] rest.de: "),
        ("[recommendations]\nrest.de = \(String(repeating: "r", count: 201))\n", "lotse.conf:2: [recommendations] rest.de: "),
        ("[recommendations]\nrest.de = Ruhe\n", "lotse.conf:2: [recommendations] rest.de: "),
        ("[recommendations]\nagain.de = in {months} Monaten\nagain.en = later\n", "lotse.conf:3: [recommendations] again.en: "),
        ("[recommendations]\n", "lotse.conf:1: [recommendations]: "),
        ("[instrument.1x]\nitems = 3\n", "lotse.conf:1: [instrument.1x]: "),
        ("[instrument.x]\nanswers = 0-2\n", "lotse.conf:1: [instrument.x] items: "),
        ("[instrument.x]\ntitle =\n", "lotse.conf:2: [instrument.x] title: "),
        ("[instrument.x]\nitems = 3\nanswers = x\n", "lotse.conf:3: [instrument.x] answers: "),
        ("[instrument.x]\nitems = 3\nanswers = 2-2\n", "lotse.conf:3: [instrument.x] answers: "),
        ("[instrument.x]\nitems = 3\nscoring = count-yes\nanswers = 0-2\n", "lotse.conf:4: [instrument.x] answers: "),
        ("[instrument.x]\nitems = 3\n", "lotse.conf:1: [instrument.x] answers: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nanswers.9 = 0-1\n", "lotse.conf:4: [instrument.x] answers.9: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nanswers.2 = x\n", "lotse.conf:4: [instrument.x] answers.2: "),
        ("[instrument.x]\nitems = 3\nscoring = count-yes\nanswers.2 = 0-2\n", "lotse.conf:4: [instrument.x] answers.2: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nscored_items = 1-9\n", "lotse.conf:4: [instrument.x] scored_items: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nscored_items = 1,1\n", "lotse.conf:4: [instrument.x] scored_items: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\npositive_if = foo\n", "lotse.conf:4: [instrument.x] positive_if: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\npositive_if = item 9 >= 1\n", "lotse.conf:4: [instrument.x] positive_if: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\npositive_if = item 1 >= 7\n", "lotse.conf:4: [instrument.x] positive_if: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband. = 0-6, routine, negative\n", "lotse.conf:4: [instrument.x] band.: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband.a = nonsense\n", "lotse.conf:4: [instrument.x] band.a: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\n", "lotse.conf:1: [instrument.x] band.NAME: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband.a = 0-7, routine, negative\n", "lotse.conf:4: [instrument.x] band.a: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband.a = 0-3, routine, negative\nband.b = 3-6, high, positive\n", "lotse.conf:5: [instrument.x] band.b: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband.a = 0-2, routine, negative\nband.b = 4-6, high, positive\n", "lotse.conf:5: [instrument.x] band.b: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband.a = 1-6, routine, negative\n", "lotse.conf:4: [instrument.x] band.a: "),
        ("[instrument.x]\nitems = 3\nanswers = 1-2\nband.a = 0-6, routine, negative\n", "lotse.conf:4: [instrument.x] band.a: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\nband.a = 0-5, routine, negative\n", "lotse.conf:4: [instrument.x] band.a: "),
        ("[instrument.x]\nitems = 3\nanswers = 0-2\npositive_if = item 1 >= 1\nband.a = 0-6, routine, negative\n", "lotse.conf:4: [instrument.x] positive_if: "),
    ]

    /// Refusals of `lotse`'s lenient socket-key reader.
    static let socketKeyRefusals: [(text: String, place: String)] = [
        ("[daemon]\nsocket =\n", "lotse.conf:2: [daemon] socket: "),
        ("# x\n[daemon]\nsocket = \(String(repeating: "s", count: 120))\n", "lotse.conf:3: [daemon] socket: "),
    ]

    static func refusal(_ text: String, socketKeyOnly: Bool = false) -> ConfigurationError? {
        do {
            if socketKeyOnly {
                _ = try SocketKeyReader.socketPath(in: text, file: "lotse.conf", baseDirectory: "/etc/lotse")
            } else {
                _ = try Configuration.parse(text, file: "lotse.conf", baseDirectory: "/etc/lotse")
            }
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: refusals.map { ($0.text, $0.place, false) } + socketKeyRefusals.map { ($0.text, $0.place, true) })
    func eachRefusalIsWordedInBothLanguagesAndNamesItsPlace(text: String, place: String, socketKeyOnly: Bool) throws {
        let error = try #require(Self.refusal(text, socketKeyOnly: socketKeyOnly), "accepted: \(text)")
        let german = error.description(in: .de), english = error.description(in: .en)
        #expect(german.hasPrefix(place), "\(german)")
        #expect(english.hasPrefix(place), "\(english)")
        #expect(ForeignWords.englishIn(german: german).isEmpty, "\(german)")
        #expect(ForeignWords.germanIn(english: english).isEmpty, "\(english)")
        #expect(german != english, "no German wording: \(german)")
        #expect(!error.messageDe.contains("\""), "German quotes „…“: \(german)")
    }

    /// The cases above reach every `throw` of the parser's sources, so no refusal is left
    /// unworded or untested: each error records where it was made.
    @Test func theCasesReachEveryRefusalOfTheParser() throws {
        let reached = Set((Self.refusals.map { Self.refusal($0.text) } + Self.socketKeyRefusals.map { Self.refusal($0.text, socketKeyOnly: true) })
            .compactMap { $0?.origin })
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/LotseCore/Configuration")
        var sites: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".swift") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                if code.contains("throw ") { sites.append("LotseCore/\(name):\(index + 1)") }
            }
        }
        #expect(sites.count > 60, "\(sites.count) throw sites found in \(directory.path)")
        let missed = sites.filter { !reached.contains($0) }
        #expect(missed.isEmpty, "no case reaches: \(missed.joined(separator: ", "))")
    }

    @Test func everyEmailProblemIsWordedInBothLanguages() {
        let problems: [EmailAddress.Problem] = [.empty, .tooLong, .leadingDash, .controlOrBlank, .notSingleAddress, .malformed]
        for problem in problems {
            #expect(ForeignWords.englishIn(german: "„x“ " + problem.german).isEmpty, "\(problem.german)")
            #expect(ForeignWords.germanIn(english: "\"x\" " + problem.description).isEmpty, "\(problem.description)")
        }
    }
}
