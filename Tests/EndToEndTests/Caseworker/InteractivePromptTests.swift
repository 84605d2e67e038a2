import Foundation
import LotseCLI
import LotseVarlink
import Testing

/// Missing required values are asked for only when standard input is a terminal, and the
/// acute-risk questions always come first. Runs the CLI in-process (as root, made a
/// caseworker for this daemon) with a terminal that claims to be interactive.
@Suite struct InteractivePromptTests {
    func run(_ arguments: [String], _ f: CaseworkFixture, input: [String], interactive: Bool) -> (ExitCode, CapturingTerminal) {
        let terminal = CapturingTerminal(input: input, interactive: interactive)
        let context = CommandContext(arguments: [], environment: ["LOTSE_SOCKET": f.daemon.socketPath, "LANG": "de_DE.UTF-8"],
                                     terminal: terminal)
        return (LotseCommandLine.run(arguments: arguments, context: context), terminal)
    }

    @Test func onATerminalTheAcuteRiskQuestionsComeFirstThenTheMissingValues() throws {
        let f = try CaseworkFixture(alsoCaseworkers: ["root"])
        let (created, _) = run(["client", "new", "--municipality", "ludwigsburg"], f, input: [], interactive: false)
        #expect(created == .ok)
        #expect(run(["client", "consent", "K-2026-0001", "--date", "21.11.2026"], f, input: [], interactive: false).0 == .ok)
        let (status, terminal) = run(["referral", "submit", "--urgency", "routine", "--urgency-reason", "r"], f,
                                     input: ["nein", "vielleicht", "nein", "assessment", "K-2026-0001", "ar"], interactive: true)
        #expect(status == .ok, "\(terminal.stderr)")
        #expect(terminal.stderr == """
        Akute Gefahr: Besteht akute Suizidalität? (ja/nein) \
        Akute Gefahr: Besteht akute Fremdgefährdung? (ja/nein) \
        Akute Gefahr: Besteht akute Fremdgefährdung? (ja/nein) \
        Art (assessment, follow-up, consultation): \
        Pseudonym (K-JJJJ-NNNN): \
        Sprache (ISO 639, z. B. ar): 
        """)
        #expect(terminal.stdout == "Anmeldung 1 für K-2026-0001 eingereicht (regulär).\n")
    }

    @Test func aYesOnTheTerminalEscalatesBeforeAnythingElseIsAsked() throws {
        let f = try CaseworkFixture(alsoCaseworkers: ["root"])
        let (status, terminal) = run(["referral", "submit"], f, input: ["ja"], interactive: true)
        #expect(status == .ok)
        #expect(terminal.stderr == "Akute Gefahr: Besteht akute Suizidalität? (ja/nein) ")
        #expect(terminal.stdout.hasPrefix("!!! AKUTE GEFAHR – JETZT HANDELN !!!\n\(CaseworkFixture.emergencyDE)\n"))
        #expect(try f.query("SELECT kind FROM outbox") == "acute-risk-alert")
    }

    @Test func withoutATerminalNothingIsAskedEvenWhenInputIsWaiting() throws {
        let f = try CaseworkFixture(alsoCaseworkers: ["root"])
        let (status, terminal) = run(["referral", "submit", "--no-acute-risk"], f, input: ["assessment"], interactive: false)
        #expect(status == .usage)
        #expect(terminal.stderr == "lotse: --kind fehlt; siehe „lotse referral submit --help“.\n")
    }

    @Test func screeningAnswersAreAskedItemByItemWithinTheirRange() throws {
        let f = try CaseworkFixture(alsoCaseworkers: ["root"])
        #expect(run(["client", "new", "--municipality", "ludwigsburg"], f, input: [], interactive: false).0 == .ok)
        // A screening needs the client's consent to it.
        #expect(run(["client", "consent", "K-2026-0001", "--date", "21.11.2026", "--scope", "screening"], f, input: [], interactive: false).0 == .ok)
        let answers = ["nein", "nein", "yesno10", "1", "2", "1", "1", "1", "0", "0", "0", "0", "0", "1"]
        let (status, terminal) = run(["screen", "K-2026-0001"], f, input: answers, interactive: true)
        #expect(status == .ok, "\(terminal.stderr)")
        #expect(terminal.stderr.contains("Frage 2 (0–1): Frage 2 (0–1): Frage 3 (0–1): "))
        #expect(terminal.stdout == "Screening 1 für K-2026-0001 (yesno10): 5 Punkte, Band mittel, positiv → Dringlichkeit erhöht\n")
    }
}
