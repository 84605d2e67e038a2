import Testing
@testable import LotseCore

/// The urgency reason Lotse writes itself (a recommended follow-up) reads in the reader's
/// language, also where an earlier version stored it as an English sentence; a
/// caseworker's own reason is shown as written.
@Suite struct UrgencyReasonTextTests {
    @Test func theFollowUpCodeReadsInBothLanguages() throws {
        let date = try #require(CalendarDate(iso: "2027-03-04"))
        let code = UrgencyReasonText.presentAgain(from: date, assessment: AssessmentID(2))
        #expect(code == "present-again:2027-03-04:2")
        #expect(UrgencyReasonText.words(code, in: .de) == "erneute Vorstellung ab 04.03.2027 (Einschätzung 2)")
        #expect(UrgencyReasonText.words(code, in: .en) == "present again from 04.03.2027 (assessment 2)")
    }

    @Test func theEnglishSentenceOfEarlierVersionsReadsInGermanToo() {
        #expect(UrgencyReasonText.words("present again from 04.03.2027 (assessment 2)", in: .de)
                == "erneute Vorstellung ab 04.03.2027 (Einschätzung 2)")
    }

    @Test func aCaseworkersOwnReasonIsShownAsWritten() {
        for text in ["Suizidgedanken im Erstgespräch", "present-again:soon:2", "present again from tomorrow (assessment 2)", ""] {
            #expect(UrgencyReasonText.words(text, in: .de) == text)
            #expect(UrgencyReasonText.words(text, in: .en) == text)
        }
    }
}
