import Foundation
import LotseCLI
import LotseTestSupport
import Testing

/// Bad input made from the declarations: for every command and verb that talks to the
/// daemon, each option that takes a value gets a wrong one of its kind (a date that does
/// not exist, a month 13, a word that is no keyword, a text far too long, an unknown
/// pseudonym, …) while everything else is filled in plausibly; the command runs against a
/// real daemon as a caseworker or a coordinator, in German and in English. Whatever the
/// answer (refused by the parser, by the daemon, by the role, or even taken), it is in
/// the reader's language: no English sentence with `LANG=de_DE.UTF-8`, no German one with
/// `LANG=C.UTF-8` (`ForeignWords`), and never a crash.
@Suite(.serialized) struct GeneratedBadInputLanguageTests {
    /// A value of `kind` that the parser and the daemon take.
    static func good(_ kind: ValueKind, client: String) -> String {
        switch kind {
        case .text: "Notiz"
        case .code(let placeholder): placeholder == "INSTRUMENT" ? "screen15" : "outpatient-psychotherapy"
        case .number: "1"
        case .date, .dates: "21.11.2026"
        case .month: "01.2027"
        case .time: "14:00"
        case .slot: "1-1"
        case .keyword(let words), .keywords(let words): words.first ?? "x"
        case .pseudonym, .pseudonymAfterAcuteRisk: client
        case .municipality: "ludwigsburg"
        case .specialist, .specialists: "1"
        case .user: "lotse-e2e-ben"
        case .languages: "de"
        case .file, .directory: "/nonexistent/lotse-input"
        }
    }

    /// A wrong value of `kind`; nil for files (no command may be sent to write one).
    static func bad(_ kind: ValueKind) -> String? {
        switch kind {
        case .text: String(repeating: "x", count: 5001)
        case .code: "frobnicate"
        case .number: "-5"
        case .date, .dates: "31.02.2027"
        case .month: "13.2027"
        case .time: "25:00"
        case .slot: "foo"
        case .keyword, .keywords: "frobnicate"
        case .pseudonym, .pseudonymAfterAcuteRisk: "K-2026-9999"
        case .municipality: "atlantis"
        case .specialist, .specialists: "nobody"
        case .user: "bad/name"
        case .languages: "xx1"
        case .file, .directory: nil
        }
    }

    /// Options a verb needs that its declaration does not mark required (the command asks
    /// for them itself); given before the option under test, whose value then wins.
    static let needed: [String: [String]] = [
        "referral submit": ["--kind", "assessment", "--language", "ar"],
        "screen": ["--instrument", "screen15", "--answers", "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1"],
    ]

    /// Commands a coordinator runs; the rest run as a caseworker.
    static let coordinatorCommands: Set<String> = ["specialist", "session", "roster", "report", "caseworker", "mail", "admin"]

    @Test func everyBadValueIsAnsweredInTheReadersLanguage() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        var cases: [(arguments: [String], user: TestUser)] = []
        for command in CommandTable.specs where command.connects {
            for verb in command.verbs {
                let operands = verb.operands.map { Self.good($0.kind, client: client) }
                let base = [command.name] + verb.words + operands
                for option in verb.options {
                    guard let kind = option.value, let wrong = Self.bad(kind) else { continue }
                    var arguments = base
                    for other in verb.options where other.required && other.name != option.name {
                        arguments += ["--" + other.name] + (other.value.map { [Self.good($0, client: client)] } ?? [])
                    }
                    arguments += Self.needed[([command.name] + verb.words).joined(separator: " ")] ?? []
                    arguments += ["--" + option.name, wrong]
                    // Without a terminal the acute-risk questions are answered on the command line.
                    if verb.option(spelled: "--no-acute-risk") != nil { arguments.append("--no-acute-risk") }
                    cases.append((arguments, Self.coordinatorCommands.contains(command.name) ? f.clara : f.anna))
                }
            }
        }
        // Each operand wrong in turn, the others plausible.
        for command in CommandTable.specs where command.connects {
            for verb in command.verbs {
                let operands = verb.operands.map { Self.good($0.kind, client: client) }
                var required: [String] = []
                for other in verb.options where other.required {
                    required += ["--" + other.name] + (other.value.map { [Self.good($0, client: client)] } ?? [])
                }
                required += Self.needed[([command.name] + verb.words).joined(separator: " ")] ?? []
                if verb.option(spelled: "--no-acute-risk") != nil { required.append("--no-acute-risk") }
                for (index, operand) in verb.operands.enumerated() {
                    guard let wrong = Self.bad(operand.kind) else { continue }
                    var given = operands
                    given[index] = wrong
                    cases.append(([command.name] + verb.words + given + required,
                                  Self.coordinatorCommands.contains(command.name) ? f.clara : f.anna))
                }
            }
        }
        #expect(cases.count > 80)
        var wrong: [String] = []
        var undocumented: [String] = []
        for (arguments, user) in cases {
            // The exit statuses the command's help names, besides 0 and 64 for every command.
            let command = CommandTable.specs.first { $0.name == arguments[0] }
            let documented = Set([0, 64, 69] + (command?.exitStatus.en ?? "").split(whereSeparator: { !$0.isNumber }).compactMap { Int32($0) })
            for german in [true, false] {
                let output = try f.lotse(arguments, as: user, german: german)
                #expect(output.status < 128 && output.status != 70, "\(arguments): \(output.status) \(output.stderr)")
                if !documented.contains(output.status) { undocumented.append("\(arguments.prefix(5)): \(output.status) \(output.stderr)") }
                let text = output.stderr
                wrong += german ? ForeignWords.englishIn(german: text).map { "de \(arguments.prefix(4)): \($0)" }
                    : ForeignWords.germanIn(english: text).map { "en \(arguments.prefix(4)): \($0)" }
            }
        }
        #expect(wrong.isEmpty, "answers in the wrong language:\n\(wrong.joined(separator: "\n"))")
        #expect(undocumented.isEmpty, "exit statuses the command's help does not name:\n\(undocumented.joined(separator: "\n"))")
    }
}
