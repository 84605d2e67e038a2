import LotseCore
@testable import LotseCLI
import LotseProtocol
import LotseTestSupport
import Testing

/// The CLI's own sentences read as sentences in both languages (#16 "German first",
/// outside check 1d, 1i, 2a, 2c, 2e, 2f, 3a–3c, 3e–3g): a number takes the singular for
/// exactly one ("1 Punkt", "1 session"), no "(n)" or "(s)", no empty list after a colon,
/// a status word is never used as a predicate ("ist jetzt wartet"), codes are worded, one
/// date form (DD.MM.YYYY) in German and English, no German quotes in English, and German
/// help shows the German words the parser takes.
@Suite struct CLIWordingTests {
    static let german = OutputLanguage.german, english = OutputLanguage.english

    func context(_ lang: String) -> CommandContext {
        CommandContext(arguments: [], environment: ["LANG": lang], terminal: CapturingTerminal())
    }

    func help(_ arguments: [String], _ lang: String) -> String { InProcessLotse.stdout(arguments, lang: lang) }

    static func result(score: Int64) -> LotseWire.ScreeningResult {
        LotseWire.ScreeningResult(instrument: "yesno10", score: score, band: "low", positive: false, positiveByItemRule: false,
                                  decidedBy: "band", urgency: .routine)
    }

    @Test func oneScreeningPointIsOnePunktAndOnePoint() {
        #expect(CountText.points(1, Self.german) == "1 Punkt")
        #expect(CountText.points(2, Self.german) == "2 Punkte")
        #expect(CountText.points(1, Self.english) == "1 point")
        #expect(ScreeningText.result(Self.result(score: 1), Self.german).hasPrefix("1 Punkt, Band niedrig"))
        #expect(ScreeningText.result(Self.result(score: 3), Self.german).hasPrefix("3 Punkte, Band niedrig"))
        #expect(!ScreeningText.result(Self.result(score: 1), Self.german).contains("1 Punkte"))
    }

    @Test func aRecordedNoShowSaysTheReferralWaitsAgainInWordsNotCodes() {
        let outcome = SpecialistText.attendance("no-show", Self.german)
        #expect(outcome == "nicht erschienen")
        #expect(AssessmentCommand.attendanceRecorded(31, outcome: outcome, referralStatus: "waiting", Self.german)
                == "Termin 31: nicht erschienen erfasst; die Anmeldung wartet wieder auf einen Termin.\n")
        #expect(AssessmentCommand.attendanceRecorded(31, outcome: "no-show", referralStatus: "needs-retriage", Self.english)
                == "Appointment 31: no-show recorded; the referral now needs re-screening.\n")
        for status in ["waiting", "scheduled", "attended", "no-show", "needs-retriage", "closed", "withdrawn"] {
            let sentence = CaseworkLabels.statusNow(status, Self.german)
            #expect(!sentence.contains(status) && !sentence.hasSuffix("wartet"), "\(status): \(sentence)")
            #expect(ForeignWords.englishIn(german: sentence).isEmpty, "\(sentence)")
            #expect(ForeignWords.germanIn(english: CaseworkLabels.statusNow(status, Self.english)).isEmpty)
        }
        // A referral that is not waiting is refused in a sentence too (not "ist terminiert" / "ist neues Screening nötig").
        #expect(CaseworkLabels.statusNow("needs-retriage", Self.german, now: false) == "braucht ein neues Screening")
        #expect(CaseworkLabels.statusNow("scheduled", Self.english, now: false) == "has an appointment")
        // The daemon's refusal of a second outcome words it the same way.
        #expect(Attendance.noShow.name(in: .de) == "nicht erschienen" && Attendance.noShow.name(in: .en) == "no-show")
    }

    @Test func aCancelledSessionNamesItsNumbersInTheRightNumberAndNeverAnEmptyList() {
        let one = SessionsProtocol.CancelReply(cancelled: [22], returnedReferrals: [], mailsQueued: 1)
        let german = SessionCommand.cancelledText(one, Self.german)
        #expect(german == "Abgesagt: Sprechstunde 22. Keine Anmeldung kommt auf die Warteliste zurück. 1 Nachricht im Postausgang "
                + "(für die Integrationsmanager:innen der Betroffenen und die Fachkraft).\n", "\(german)")
        let english = SessionCommand.cancelledText(one, Self.english)
        #expect(english.hasPrefix("Cancelled: session 22. No referral goes back to the waiting list. 1 mail queued"), "\(english)")
        let two = SessionsProtocol.CancelReply(cancelled: [22, 23], returnedReferrals: [4], mailsQueued: 2)
        #expect(SessionCommand.cancelledText(two, Self.german).hasPrefix(
            "Abgesagt: Sprechstunden 22, 23. Zurück auf der Warteliste (vorn in ihrer Dringlichkeit): Anmeldung 4. 2 Nachrichten"))
        #expect(SessionCommand.cancelledText(two, Self.english).hasPrefix(
            "Cancelled: sessions 22, 23. Back on the waiting list (at the head of their urgency): referral 4. 2 mails"))
        for text in [german, english, SessionCommand.cancelledText(two, Self.german), SessionCommand.cancelledText(two, Self.english)] {
            #expect(!text.contains("(n)") && !text.contains("(s)") && !text.contains(": ."), "\(text)")
        }
        #expect(CountText.sessions(1, Self.german) == "1 Sprechstunde" && CountText.sessions(3, Self.english) == "3 sessions")
        #expect(CountText.minutes(1, Self.english) == "1 minute" && CountText.minutes(5, Self.german) == "5 Minuten")
    }

    @Test func englishOutputWritesDatesAsGermanOutputDoesAndQuotesInEnglish() {
        #expect(CoordinatorCall.day("2026-12-04", context("C.UTF-8")) == "04.12.2026")
        #expect(CoordinatorCall.day("2026-12-04", context("de_DE.UTF-8")) == "04.12.2026")
        let instrument = ScreeningProtocol.Instrument(name: "yesno10", title: "10 items", titleDe: "10 Fragen", items: 10, answerRanges: [], scoring: "count-yes",
                                                      scoredItems: Array(1...10),
                                                      bands: [.init(name: "low", low: 0, high: 3, urgency: .routine, positive: false)])
        let english = ScreeningText.instruments([instrument], language: Self.english)
        #expect(english.contains("band \"low\": 0–3") && !english.contains("„") && !english.contains("“"), "\(english)")
    }

    @Test func theOutboxTableHasAnEnglishNumberHeaderAndNoMasculineRecipient() {
        let entry = MailProtocol.Entry(id: 7, kind: "session-list", recipient: "a@example.org", state: .sent, moot: false,
                                                   attempts: 1, nextAttemptAt: "2026-12-04T09:00:00Z", createdAt: "2026-12-04T09:00:00Z",
                                                   sentAt: "2026-12-04T09:00:00Z", messageId: "<x@example.org>")
        let englishContext = context("C.UTF-8"), germanContext = context("de_DE.UTF-8")
        MailCommand.printOutbox(MailProtocol.OutboxReply(entries: [entry]), englishContext)
        MailCommand.printOutbox(MailProtocol.OutboxReply(entries: [entry]), germanContext)
        let english = (englishContext.terminal as? CapturingTerminal)?.stdout ?? ""
        let german = (germanContext.terminal as? CapturingTerminal)?.stdout ?? ""
        #expect(english.hasPrefix("No.  State") && !english.contains("Nr"), "\(english)")
        #expect(german.hasPrefix("Nr.  Status") && !german.contains("Empfänger"), "\(german)")
    }

    @Test func germanHelpShowsTheGermanWordsThatTheParserTakes() {
        let attend = help(["assessment", "attend", "--help"], "de_DE.UTF-8")
        #expect(attend.contains("wahrgenommen|nicht-erschienen|abgesagt|abgesagt-vom-dienst"), "\(attend)")
        #expect(!attend.contains("attended") && !attend.contains("no-show"), "\(attend)")
        let record = help(["assessment", "record", "--help"], "de_DE.UTF-8")
        #expect(!record.contains("„attended“") && !record.contains("caseworker|specialist") && !record.contains("Fassung"), "\(record)")
        #expect(record.contains("integrationsmanager-in|fachkraft|koordination[:KONTO]"), "\(record)")
        #expect(record.contains(";integrationsmanager-in;Therapieplatz anfragen"), "\(record)")
        let cancel = help(["appointment", "cancel", "--help"], "de_DE.UTF-8")
        #expect(cancel.contains("--by klient-in|dienst") && !cancel.contains("client|service") && !cancel.contains("Klientin"), "\(cancel)")
        let outbox = help(["mail", "outbox", "--help"], "de_DE.UTF-8")
        #expect(outbox.contains("--state wartend|im-versand|versendet|gescheitert") && outbox.contains("--state gescheitert"), "\(outbox)")
        let show = help(["roster", "show", "--help"], "de_DE.UTF-8")
        #expect(!show.contains("(spreadsheet") && !show.contains("machine:") && show.contains("maschinell:"), "\(show)")
        #expect(help(["referral", "submit", "--help"], "de_DE.UTF-8").contains("--kind erstvorstellung"))
        #expect(help(["helpplan", "goal", "add", "--help"], "de_DE.UTF-8").contains("--domain sprache"))
        #expect(help(["client", "consent", "--help"], "de_DE.UTF-8").contains("--scope screening,anmeldung"))
        // English help keeps the codes.
        #expect(help(["referral", "submit", "--help"], "C.UTF-8").contains("--kind assessment"))
        #expect(help(["assessment", "record", "--help"], "C.UTF-8").contains(";caseworker;Therapieplatz anfragen"))
    }

    @Test func germanHelpUsesTheGlossarysTermsAndItsGenderFairForm() {
        let pin = help(["roster", "pin", "--help"], "de_DE.UTF-8")
        #expect(pin.contains("MONAT ANMELDUNG") && !pin.contains("ÜBERWEISUNG"), "\(pin)")
        #expect(help(["roster", "move", "--help"], "de_DE.UTF-8").contains("MONAT ANMELDUNG PLATZ"))
        let submit = help(["referral", "submit", "--help"], "de_DE.UTF-8")
        #expect(!submit.contains("Überweist") && !submit.contains("Login"), "\(submit)")
        let handover = help(["client", "handover", "--help"], "de_DE.UTF-8")
        #expect(handover.contains("an eine andere Integrationsmanager:in") && !handover.contains("Integrationsmanagerin oder"), "\(handover)")
        let new = help(["client", "new", "--help"], "de_DE.UTF-8")
        #expect(new.contains("Legt eine Klient:in an") && !new.contains("eine:n") && !new.contains("diese:n"), "\(new)")
        #expect(help(["session", "add", "--help"], "de_DE.UTF-8").contains("Zahl der Plätze"))
        #expect(CaseworkLabels.role("caseworker", Self.german) == "Integrationsmanager:in")
        #expect(CaseworkLabels.goalStatus("dropped", Self.german) == "entfallen")
        // An interpreter is not cut to "Dolm.".
        #expect(ValueKind.translated("REFERRAL", Self.german) == "ANMELDUNG" && ValueKind.translated("SLOT", Self.german) == "PLATZ")
    }

    @Test func aStepOwnerIsTakenAsTheGermanWordAndAsTheGlossarysGenderFairForm() {
        func stepOwner(_ text: String) -> (String, String?) {
            (try? AssessmentCommand.owner(text, option: "--step 1").get()) ?? ("", nil)
        }
        #expect(stepOwner("fachkraft") == ("specialist", nil))
        #expect(stepOwner("Integrationsmanager:in") == ("caseworker", nil))
        #expect(stepOwner("integrationsmanager:in:mueller") == ("caseworker", "mueller"))
        #expect(stepOwner("koordination:root") == ("coordinator", "root"))
        #expect(stepOwner("caseworker:anna") == ("caseworker", "anna"))
    }
}
