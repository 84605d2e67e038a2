import LotseCLI
import Testing

/// The one command-line parser and the help made from the declarations, in-process and
/// without a daemon: help after any verb, errors that name the wrong word, global options
/// anywhere, values in the forms people write them.
@Suite struct CommandLineTests {
    /// Runs `lotse` in-process with no daemon behind the socket.
    func lotse(_ arguments: [String], lang: String = "C.UTF-8") -> (status: ExitCode, out: String, err: String) {
        let terminal = CapturingTerminal()
        let context = CommandContext(arguments: arguments, environment: ["LANG": lang, "LOTSE_SOCKET": "/nonexistent/lotse.sock"],
                                     terminal: terminal)
        let status = LotseCommandLine.run(arguments: arguments, context: context)
        return (status, terminal.stdout, terminal.stderr)
    }

    func parse(_ arguments: [String]) throws -> ParsedCommand? {
        guard case .run(let parsed) = try CommandLineParser.parse(arguments, commands: CommandTable.specs).get() else { return nil }
        return parsed
    }

    @Test func everyVerbAnswersHelpOnStandardOutputInBothLanguages() {
        for command in CommandTable.specs {
            for verb in command.verbs {
                for lang in ["de_DE.UTF-8", "C.UTF-8"] {
                    for words in [[command.name] + verb.words + ["--help"], ["help", command.name] + verb.words,
                                  [command.name, "-h"] + verb.words] {
                        let result = lotse(words, lang: lang)
                        #expect(result.status == .ok, "\(words): \(result.err)")
                        #expect(result.err.isEmpty, "\(words): \(result.err)")
                        #expect(result.out.contains("lotse \(command.name)"), "\(words)")
                        for option in verb.options { #expect(result.out.contains("--" + option.name), "\(words) lacks --\(option.name)") }
                    }
                }
            }
        }
        #expect(lotse(["admin", "status", "--help"]).out.hasPrefix("Usage: lotse admin status"))
        #expect(lotse(["session", "add", "--help"], lang: "de_DE.UTF-8").out.hasPrefix("Aufruf: lotse session add --specialist FACHKRAFT --date DATUM"))
        #expect(lotse(["help"], lang: "de_DE.UTF-8").out.contains("Befehle:"))
        #expect(lotse(["--help"]).out.contains("Commands:"))
    }

    @Test func timesAndSlotsAreReadByTheParserAsPeopleWriteThem() throws {
        #expect(try ValueKind.time.read("9:30", for: "--start").get() == "09:30")
        #expect(try ValueKind.time.read(" 14:00 ", for: "--start").get() == "14:00")
        #expect(try ValueKind.slot.read("12-3", for: "SLOT").get() == "12-3")
        // A wrong word is echoed on one line and cut, however long it is.
        guard case .failure(let long) = ValueKind.number(placeholder: "ID").read(String(repeating: "9", count: 400), for: "ID") else {
            Issue.record("a 400-digit number was taken"); return
        }
        #expect(long.english.count < 120 && !long.english.contains("\n"), "\(long.english)")
        for (kind, word) in [(ValueKind.time, "25:00"), (.time, "14.00"), (.slot, "foo"), (.slot, "12")] {
            guard case .failure(let failure) = kind.read(word, for: "X") else { Issue.record("\(word) taken"); continue }
            #expect(failure.exitCode == .usage, "\(word)")
        }
    }

    @Test func helpForAnUnknownWordIsAUsageErrorNamingIt() {
        let command = lotse(["help", "nonsense"])
        #expect(command.status == .usage)
        #expect(command.err == "lotse: \"nonsense\" is not a command; \"lotse help\" lists every command.\n")
        #expect(command.out.isEmpty)
        let verb = lotse(["help", "client", "frobnicate"], lang: "de_DE.UTF-8")
        #expect(verb.status == .usage)
        #expect(verb.err.contains("„frobnicate“"))
    }

    @Test func unknownCommandsVerbsAndOptionsAreNamed() {
        let verb = lotse(["client", "frobnicate"])
        #expect(verb.status == .usage)
        #expect(verb.err == "lotse: Unknown verb \"frobnicate\" for \"lotse client\"; \"lotse help client\" lists the verbs.\n")
        let command = lotse(["frobnicate"], lang: "de_DE.UTF-8")
        #expect(command.status == .usage)
        #expect(command.err.contains("„frobnicate“"))
        let option = lotse(["admin", "status", "--frobnicate"])
        #expect(option.status == .usage)
        #expect(option.err.contains("\"--frobnicate\"") && option.err.contains("\"lotse admin status\""))
        let extra = lotse(["roster", "plan", "2027-01", "surplus"])
        #expect(extra.status == .usage)
        #expect(extra.err.contains("\"surplus\""))
        let connection = lotse(["solve", "--json", "p.json"])
        #expect(connection.status == .usage)
        #expect(connection.err.contains("Unknown option \\\"--json\\\" for"), "\(connection.err)")
    }

    @Test func globalOptionsStandAnywhere() throws {
        let before = try #require(try parse(["--config", "/x.conf", "--json", "admin", "status"]))
        let after = try #require(try parse(["admin", "status", "--config", "/x.conf", "--json"]))
        let between = try #require(try parse(["admin", "--json", "status", "--config=/x.conf"]))
        for parsed in [before, after, between] {
            #expect(parsed.command.name == "admin" && parsed.verb.name == "status")
            #expect(parsed.connection.config == "/x.conf" && parsed.connection.json)
        }
        // Run for real: the daemon is asked (and is not there), not a usage error.
        #expect(lotse(["--config", "/nonexistent.conf", "--socket", "/nonexistent/s", "admin", "status"]).status == .unavailable)
    }

    @Test func aValueNeverSwallowsTheNextOption() throws {
        let result = lotse(["referral", "update", "3", "--note", "--json"])
        #expect(result.status == .usage)
        // --json counts even here, so the failure is the JSON object.
        #expect(result.err == "{\"error\":\"usage\",\"exit\":64,\"language\":\"en\",\"message\":\"--note needs a value.\"}\n")
        #expect(lotse(["referral", "update", "3", "--note", "--socket"], lang: "de_DE.UTF-8").err == "lotse: --note braucht einen Wert.\n")
        // `=` takes anything, and `--` ends the options.
        #expect(try parse(["referral", "update", "3", "--note=--json"])?.options.value("note") == "--json")
        #expect(try parse(["appointment", "cancel", "--reason", "krank", "--", "17"])?.options.operands == ["17"])
        #expect(try parse(["admin", "backup", "--", "--odd-name"])?.options.operands == ["--odd-name"])
    }

    @Test func datesAndMonthsAreTakenInBothForms() throws {
        for form in ["05.01.2027", "5.1.2027", "2027-01-05"] {
            #expect(try parse(["session", "today", "--date", form])?.options.value("date") == "2027-01-05")
            #expect(try parse(["report", "--from", form, "--to", "2027-02-01"])?.options.value("from") == "2027-01-05")
        }
        for form in ["01.2027", "1.2027", "2027-01"] {
            #expect(try parse(["roster", "plan", form])?.options.operands == ["2027-01"])
            #expect(try parse(["referral", "list", "--month", form])?.options.value("month") == "2027-01")
            #expect(try parse(["session", "list", form])?.options.operands == ["2027-01"])
        }
        let bad = lotse(["roster", "show", "2027-13"])
        #expect(bad.status == .usage)
        #expect(bad.err == "lotse: MONTH: \"2027-13\" is not a month (MM.YYYY or YYYY-MM).\n")
        let badDay = lotse(["client", "consent", "K-2026-0001", "--date", "31.02.2027"], lang: "de_DE.UTF-8")
        #expect(badDay.status == .usage)
        #expect(badDay.err == "lotse: --date: „31.02.2027“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).\n")
    }

    @Test func namesAreTakenWhateverTheirCase() throws {
        for name in ["Kornwestheim", "KORNWESTHEIM", " kornwestheim "] {
            #expect(try parse(["client", "new", "--municipality", name])?.options.value("municipality") == "kornwestheim")
        }
        #expect(try parse(["client", "new", "--municipality", "Bietigheim Bissingen"])?.options.value("municipality") == "bietigheim-bissingen")
        #expect(try parse(["client", "new", "--municipality", "Vaihingen/Enz"])?.options.value("municipality") == "vaihingen-enz")
        #expect(try parse(["client", "show", "k-2026-0042"])?.options.operands == ["K-2026-0042"])
        #expect(try parse(["referral", "submit", "--kind", "Assessment", "--urgency", "HIGH"])?.options.value("kind") == "assessment")
        #expect(try parse(["roster", "show", "2027-01", "--format", "HTML"])?.options.value("format") == "html")
    }

    @Test func lotsedAnswersHelpOnStandardOutputAndNeverTakesAnOptionAsAValue() throws {
        let lotsed = try DaemonHarness.binary(named: "lotsed")
        let help = try DaemonHarness.run(lotsed, ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("Usage: lotsed"))
        #expect(help.stderr.isEmpty, "\(help.stderr)")
        let swallowed = try DaemonHarness.run(lotsed, ["--config", "--check-config"])
        #expect(swallowed.status == 64)
        #expect(swallowed.stderr.contains("--config needs a file path"), "\(swallowed.stderr)")
    }

    @Test func everyDeclaredVerbHasAnActionAndEveryActionADeclaredVerb() {
        for group in CommandTable.all {
            #expect(Set(group.actions.keys) == Set(group.spec.verbs.map(\.name)), "\(group.spec.name)")
        }
    }

    @Test func aMissingOperandIsNamedInTheReadersLanguage() {
        var checked = 0
        for command in CommandTable.specs {
            for verb in command.verbs {
                guard let first = verb.operands.firstIndex(where: { !$0.optional }) else { continue }
                // Every operand before the first required one is left out too, so the first is missing.
                let words = [command.name] + verb.words
                let title = (["lotse"] + words).joined(separator: " ")
                let german = lotse(words, lang: "de_DE.UTF-8"), english = lotse(words)
                let operand = verb.operands[first].name
                #expect(german.status == .usage && english.status == .usage, "\(words)")
                #expect(german.err.hasPrefix("lotse: \(title): \(ValueKind.translated(operand, .german)) fehlt; Aufruf: „\(title)"), "\(german.err)")
                #expect(english.err.hasPrefix("lotse: \(title): \(operand) is missing; usage: \"\(title)"), "\(english.err)")
                #expect(!german.err.contains("Aufruf:\n") && german.out.isEmpty)
                checked += 1
            }
        }
        #expect(checked > 25)
        // The second of two operands, too, in German words.
        #expect(lotse(["roster", "move", "2027-02", "10"], lang: "de_DE.UTF-8").err
                == "lotse: lotse roster move: PLATZ fehlt; Aufruf: „lotse roster move MONAT ANMELDUNG PLATZ“.\n")
    }

    @Test func missingRequiredOptionsAreNamedUnlessTheCommandAsksForThem() throws {
        let add = lotse(["session", "add", "--date", "05.01.2027", "--place", "Raum 2"], lang: "de_DE.UTF-8")
        #expect(add.status == .usage)
        #expect(add.err == "lotse: lotse session add: --specialist, --start, --slots, --minutes fehlen; „lotse session add --help“ zeigt den Aufruf.\n")
        let record = lotse(["assessment", "record", "17", "--note", "x"])
        #expect(record.err == "lotse: lotse assessment record: --recommend is missing; \"lotse assessment record --help\" shows the usage.\n")
        // Asked for on a terminal, so left to the command: acute risk comes first.
        #expect(try parse(["referral", "submit", "--suicidality", "yes"]) != nil)
        #expect(try parse(["referral", "withdraw", "3"]) != nil)
        // Help shows the required ones without brackets.
        let help = lotse(["assessment", "record", "--help"]).out
        #expect(help.contains(" --note TEXT --recommend RECOMMENDATION [--step STEP]"), "\(help)")
    }

    @Test func fixedWordsAreTakenInGermanAndEnglishWhateverTheirCase() throws {
        func value(_ arguments: [String], _ option: String) throws -> String? { try parse(arguments)?.options.value(option) }
        #expect(try value(["referral", "list", "--status", "Wartet,gebucht, Nicht erschienen"], "status") == "waiting,scheduled,no-show")
        #expect(try value(["referral", "list", "--status", "No Show"], "status") == "no-show")
        #expect(try parse(["assessment", "attend", "31", "erschienen"])?.options.operands == ["31", "attended"])
        #expect(try parse(["assessment", "attend", "31", "Nicht erschienen"])?.options.operands == ["31", "no-show"])
        #expect(try value(["appointment", "cancel", "17", "--reason", "krank", "--by", "Klient:in"], "by") == "client")
        #expect(try value(["appointment", "cancel", "17", "--reason", "krank", "--by", "Dienst"], "by") == "service")
        #expect(try value(["mail", "outbox", "--state", "gescheitert"], "state") == "failed")
        #expect(try parse(["followup", "reassign", "4", "Koordination"])?.options.operands == ["4", "coordinator"])
        #expect(try parse(["followup", "reassign", "4", "Integrationsmanager:in", "mueller"])?.options.operands == ["4", "caseworker", "mueller"])
        #expect(try value(["helpplan", "goal", "update", "K-2026-0001", "2", "--status", "In Arbeit"], "status") == "in-progress")
        #expect(try value(["followup", "list", "--status", "Erledigt"], "status") == "done")
        #expect(try value(["screen", "K-2026-0001", "--instrument", "YESNO10"], "instrument") == "yesno10")
        #expect(try value(["assessment", "record", "17", "--note", "x", "--recommend", "Outpatient-Psychotherapy"], "recommend") == "outpatient-psychotherapy")
        #expect(try value(["roster", "show", "2027-01", "--format", "csv", "--lang", "Deutsch"], "lang") == "de")
        // A step's owner, too: either language, any case, with or without a user.
        #expect(try AssessmentCommand.owner("Fachkraft", option: "--step 1").get() == ("specialist", nil))
        #expect(try AssessmentCommand.owner("integrationsmanager:in:mueller", option: "--step 1").get() == ("caseworker", "mueller"))
        #expect(try AssessmentCommand.owner("Caseworker:mueller", option: "--step 1").get() == ("caseworker", "mueller"))
        #expect(throws: ClientFailure.self) { try AssessmentCommand.owner("Hausarzt", option: "--step 1").get() }
    }

    @Test func aWordNotAmongTheFixedOnesIsNamedWithTheWordsTakenInTheReadersLanguage() {
        var checked = 0
        for command in CommandTable.specs {
            for verb in command.verbs {
                let operands = verb.operands.map { operand -> String in
                    switch operand.kind {
                    case .month: "2027-01"
                    case .pseudonym, .pseudonymAfterAcuteRisk: "K-2026-0001"
                    case .keyword(let words): words[0]
                    default: "1"
                    }
                }
                var cases: [(arguments: [String], name: String, words: [String])] = []
                for option in verb.options {
                    switch option.value {
                    case .keyword(let words)?, .keywords(let words)?:
                        cases.append(([command.name] + verb.words + operands + ["--" + option.name, "frobnicate"], "--" + option.name, words))
                    default: continue
                    }
                }
                for (index, operand) in verb.operands.enumerated() {
                    guard case .keyword(let words) = operand.kind else { continue }
                    var bad = operands
                    bad[index] = "frobnicate"
                    cases.append(([command.name] + verb.words + bad, operand.name, words))
                }
                for (arguments, name, words) in cases {
                    let german = lotse(arguments, lang: "de_DE.UTF-8"), english = lotse(arguments)
                    #expect(german.status == .usage && english.status == .usage, "\(arguments)")
                    let shown = words.map { GermanKeywords.shown($0) }
                    #expect(german.err == "lotse: \(ValueKind.translated(name, .german)): „frobnicate“ ist keiner der Werte \(shown.joined(separator: ", ")).\n",
                            "\(arguments): \(german.err)")
                    #expect(english.err == "lotse: \(name): \"frobnicate\" is not one of \(words.joined(separator: ", ")).\n", "\(arguments): \(english.err)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func doubleDashEndsTheOptionsJSONIncluded() throws {
        let result = lotse(["client", "show", "K-2026-0042", "--", "--json"], lang: "de_DE.UTF-8")
        #expect(result.status == .usage)
        #expect(result.err == "lotse: „--json“ ist zu viel: „lotse client show K-JJJJ-NNNN“; „lotse client show --help“ zeigt den Aufruf.\n")
    }

    @Test func aValueBeginningWithADashIsTakenWhenItIsNoOptionOfTheVerb() throws {
        #expect(try parse(["referral", "update", "3", "--note", "-x"])?.options.value("note") == "-x")
        #expect(try parse(["referral", "update", "3", "--note", "--nicht so", "--kind", "assessment"])?.options.value("note") == "--nicht so")
        #expect(try parse(["referral", "update", "3", "--urgency-reason", "-", "--note", "-1"])?.options.value("note") == "-1")
        #expect(lotse(["referral", "update", "3", "--note", "--kind", "assessment"]).err == "lotse: --note needs a value.\n")
        #expect(lotse(["--config"], lang: "de_DE.UTF-8").err == "lotse: --config braucht einen Wert, und danach einen Befehl; „lotse help“ listet alle Befehle.\n")
    }

    @Test func helpOfACommandWithoutVerbsIsTheSameWhicheverWayItIsAsked() {
        for command in CommandTable.specs where command.verbs.count == 1 {
            for lang in ["de_DE.UTF-8", "C.UTF-8"] {
                let asked = lotse(["help", command.name], lang: lang), flag = lotse([command.name, "--help"], lang: lang)
                #expect(asked.out == flag.out, "\(command.name)")
            }
        }
        #expect(lotse(["help", "report"]).out.contains("Examples:"))
        #expect(lotse(["help", "roster", "plan", "extra"]).err == "lotse: Unexpected word \"extra\": \"lotse help roster plan\".\n")
    }

    @Test func optionHelpOfSeveralLinesKeepsItsIndentation() {
        let help = lotse(["session", "add", "--help"]).out
        let lines = help.split(separator: "\n").map(String.init)
        guard let rrule = lines.firstIndex(where: { $0.hasPrefix("  --rrule") }) else {
            Issue.record("no --rrule in \(help)")
            return
        }
        let next = lines[rrule + 1]
        let column = lines[rrule].range(of: "recurrence").map { lines[rrule].distance(from: lines[rrule].startIndex, to: $0.lowerBound) } ?? 0
        #expect(column > 10 && next.hasPrefix(String(repeating: " ", count: column)) && next.dropFirst(column).first != " ", "\(help)")
    }
}

