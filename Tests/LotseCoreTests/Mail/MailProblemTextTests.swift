import Foundation
import LotseTestSupport
import Testing
@testable import LotseCore

/// A mail's last problem, stored in English, reaches a German reader in German: every
/// sentence Lotse writes there is found again from its English form, and the MTA's own
/// words are quoted, not passed off as German.
@Suite struct MailProblemTextTests {
    /// Values for each placeholder of a problem, as they are stored and as they read in German.
    static func sample(_ problem: MailProblemText) -> (stored: [String], german: [String]) {
        switch problem {
        case .exitedBeforeReading, .interrupted, .noLongerNeeded: ([], [])
        case .exited: (["75"], ["75"])
        case .killedBySignal: (["9"], ["9"])
        case .timedOut: (["30"], ["30"])
        case .programMissing, .programNotRegular, .programNotExecutable: (["/usr/sbin/sendmail"], ["/usr/sbin/sendmail"])
        case .programNotStarted:
            (["/usr/sbin/sendmail", "No such file or directory"], ["/usr/sbin/sendmail", "Datei oder Verzeichnis nicht gefunden"])
        case .unusableRow: (["row_7"], ["row_7"])
        case .bouncedWithDiagnosticToRecipient: (["5.1.1", "smtp;550", "x@y.example"], ["5.1.1", "smtp;550", "x@y.example"])
        case .bouncedWithDiagnostic: (["5.1.1", "smtp;550"], ["5.1.1", "smtp;550"])
        case .bouncedToRecipient: (["5.1.1", "x@y.example"], ["5.1.1", "x@y.example"])
        case .bounced: (["5.1.1"], ["5.1.1"])
        }
    }

    @Test(arguments: MailProblemText.allCases)
    func eachStoredSentenceReadsInGermanAndKeepsItsValues(problem: MailProblemText) {
        let (stored, german) = Self.sample(problem)
        let english = MailProblemText.fill(problem.templates.en, stored)
        let expected = MailProblemText.fill(problem.templates.de, german)
        #expect(MailProblemText.text(english, in: .de) == expected, "\(english)")
        #expect(MailProblemText.text(english, in: .en) == english)
        #expect(ForeignWords.englishIn(german: expected).isEmpty, "\(expected)")
        #expect(ForeignWords.germanIn(english: english).isEmpty, "\(english)")
        #expect(expected != english)
    }

    @Test func everyEndingOfSendmailIsWordedInGerman() {
        let endings: [SendmailEnding] = [.exited(64), .exited(75), .signalled(9), .timedOut(30),
                                         .couldNotStart(MailProblemText.programMissing.english("/usr/sbin/sendmail"))]
        for ending in endings {
            let reason: String
            switch DeliveryResult.classify(ending) {
            case .sent: reason = ""
            case .permanentFailure(let text), .temporaryFailure(let text): reason = text
            }
            let german = MailProblemText.german(reason)
            #expect(german != reason && ForeignWords.englishIn(german: german).isEmpty, "\(ending): \(german)")
        }
    }

    @Test func theMTAsOwnWordsAreQuotedAfterTheGermanSentence() {
        #expect(MailProblemText.german("sendmail exited with status 75: mail.example: Connection refused")
                == "sendmail endete mit Status 75: „mail.example: Connection refused“")
        #expect(MailProblemText.german("bounced: status 5.1.1, diagnostic: smtp; 550 no such user (final recipient a@b.example)")
                == "zurückgewiesen: Status 5.1.1, Diagnose: „smtp; 550 no such user“ (Empfangsadresse a@b.example)")
    }

    @Test func aTextLotseDidNotWriteStaysAsItWas() {
        #expect(MailProblemText.german("something an older version stored") == "something an older version stored")
        #expect(MailProblemText.german("sendmail exited with status x") == "sendmail exited with status x")
    }
}
