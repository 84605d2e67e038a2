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

    @Test func helpForAnUnknownWordIsAUsageErrorNamingIt() {
        let command = lotse(["help", "nonsense"])
        #expect(command.status == .usage)
        #expect(command.err == "lotse: 'nonsense' is not a command; 'lotse help' lists every command.\n")
        #expect(command.out.isEmpty)
        let verb = lotse(["help", "client", "frobnicate"], lang: "de_DE.UTF-8")
        #expect(verb.status == .usage)
        #expect(verb.err.contains("„frobnicate“"))
    }

    @Test func unknownCommandsVerbsAndOptionsAreNamed() {
        let verb = lotse(["client", "frobnicate"])
        #expect(verb.status == .usage)
        #expect(verb.err == "lotse: unknown verb 'frobnicate' for 'lotse client'; 'lotse help client' lists the verbs.\n")
        let command = lotse(["frobnicate"], lang: "de_DE.UTF-8")
        #expect(command.status == .usage)
        #expect(command.err.contains("„frobnicate“"))
        let option = lotse(["admin", "status", "--frobnicate"])
        #expect(option.status == .usage)
        #expect(option.err.contains("'--frobnicate'") && option.err.contains("'lotse admin status'"))
        let extra = lotse(["roster", "plan", "2027-01", "surplus"])
        #expect(extra.status == .usage)
        #expect(extra.err.contains("'surplus'"))
        let connection = lotse(["solve", "--json", "p.json"])
        #expect(connection.status == .usage)
        #expect(connection.err.contains("'--json'"))
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
        #expect(bad.status == .dataError)
        #expect(bad.err == "lotse: MONTH: '2027-13' is not a month (MM.YYYY or YYYY-MM).\n")
        let badDay = lotse(["client", "consent", "K-2026-0001", "--date", "31.02.2027"], lang: "de_DE.UTF-8")
        #expect(badDay.status == .dataError)
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
}
