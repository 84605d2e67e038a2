import Testing
@testable import LotseCore

@Suite struct RecurrenceRuleParsingTests {
    private func refusal(_ text: String) -> RecurrenceRuleError? {
        do {
            _ = try RecurrenceRule.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func theSupportedSubsetParses() throws {
        let monthly = try RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=1TU")
        #expect(monthly.frequency == .monthly)
        #expect(monthly.byDay == [.init(ordinal: 1, weekday: .tuesday)])
        #expect(monthly.end == .never)
        let last = try RecurrenceRule.parse("RRULE:freq=monthly;byday=-1we;until=20271231")
        #expect(last.byDay == [.init(ordinal: -1, weekday: .wednesday)])
        #expect(last.end == .untilDate(CalendarFixture.date("2027-12-31")))
        let weekly = try RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10;WKST=SU")
        #expect(weekly.interval == 2)
        #expect(weekly.byDay.map(\.weekday) == [.tuesday, .thursday])
        #expect(weekly.weekStart == .sunday)
        #expect(weekly.end == .count(10))
        #expect(try RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20261231T225959Z").end
            == .untilUTC(CalendarFixture.time("2026-12-31T22:59:59")))
        #expect(try RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20261231T235959").end
            == .untilLocal(CalendarFixture.time("2026-12-31T23:59:59")))
        #expect(try RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=+2MO").byDay == [.init(ordinal: 2, weekday: .monday)])
    }

    @Test func theCanonicalTextParsesBackToTheSameRule() throws {
        for text in ["FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=-1WE,2FR;COUNT=6",
                     "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU;UNTIL=20270101T000000Z",
                     "FREQ=WEEKLY;UNTIL=20270101"] {
            let rule = try RecurrenceRule.parse(text)
            #expect(rule.description == text)
            #expect(try RecurrenceRule.parse(rule.description) == rule)
        }
    }

    @Test func anOrdinalOutsideOneToFiveIsRefusedWithPartAndValue() {
        #expect(refusal("FREQ=MONTHLY;BYDAY=8TU")?.description
            == "RRULE: BYDAY \"8TU\": the ordinal must be 1 to 5 or -1 to -5.")
        #expect(refusal("FREQ=MONTHLY;BYDAY=8TU")?.message(in: .de)
            == "RRULE: BYDAY „8TU“: die Ordnungszahl muss 1 bis 5 oder -1 bis -5 sein.")
        #expect(refusal("FREQ=MONTHLY;BYDAY=0MO")?.problem == .ordinalOutOfRange)
        #expect(refusal("FREQ=MONTHLY;BYDAY=-6FR")?.problem == .ordinalOutOfRange)
    }

    @Test func unsupportedAndUnknownPartsAreRefusedByName() {
        #expect(refusal("FREQ=MONTHLY;BYMONTHDAY=1")?.description
            == "RRULE: BYMONTHDAY is not supported by Lotse (supported: FREQ, INTERVAL, BYDAY, WKST, UNTIL, COUNT).")
        #expect(refusal("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1")?.part == "BYSETPOS")
        #expect(refusal("FREQ=MONTHLY;COLOUR=RED")?.description
            == "RRULE: COLOUR is not an RRULE part (supported: FREQ, INTERVAL, BYDAY, WKST, UNTIL, COUNT).")
        #expect(refusal("FREQ=DAILY")?.description
            == "RRULE: FREQ \"DAILY\" is not supported; only WEEKLY and MONTHLY are.")
        #expect(refusal("FREQ=SOMETIMES")?.problem == .unknownFrequency)
    }

    @Test func malformedValuesAreRefusedWithTheirPart() {
        #expect(refusal("")?.problem == .emptyRule)
        #expect(refusal("BYDAY=1TU")?.description == "RRULE: FREQ is missing; expected FREQ=WEEKLY or FREQ=MONTHLY.")
        #expect(refusal("FREQ=MONTHLY;;BYDAY=1TU")?.problem == .notNameValue)
        #expect(refusal("FREQ=MONTHLY;BYDAY")?.description == "RRULE: the part \"BYDAY\" is not of the form NAME=VALUE.")
        #expect(refusal("FREQ=MONTHLY;BYDAY=")?.problem == .emptyValue)
        #expect(refusal("FREQ=WEEKLY;FREQ=MONTHLY")?.description == "RRULE: FREQ appears more than once.")
        #expect(refusal("FREQ=WEEKLY;INTERVAL=0")?.description
            == "RRULE: INTERVAL \"0\" must be a whole number of at least 1.")
        #expect(refusal("FREQ=WEEKLY;COUNT=-3")?.part == "COUNT")
        #expect(refusal("FREQ=WEEKLY;INTERVAL=99999999999999999999999")?.problem == .tooLarge(max: 1_000))
        #expect(refusal("FREQ=WEEKLY;INTERVAL=9223372036854775807")?.description
            == "RRULE: INTERVAL \"9223372036854775807\" is too large; at most 1000.")
        #expect(refusal("FREQ=MONTHLY;COUNT=9223372036854775807")?.problem == .tooLarge(max: 10_000))
        #expect(refusal("FREQ=MONTHLY;BYDAY=1XX")?.description
            == "RRULE: BYDAY \"1XX\" is not a weekday; expected MO, TU, WE, TH, FR, SA or SU.")
        #expect(refusal("FREQ=MONTHLY;BYDAY=T")?.problem == .unknownWeekday)
        #expect(refusal("FREQ=MONTHLY;BYDAY=A1TU")?.problem == .unknownWeekday)
        #expect(refusal("FREQ=WEEKLY;WKST=XX")?.part == "WKST")
        #expect(refusal("FREQ=WEEKLY;BYDAY=1TU")?.description
            == "RRULE: BYDAY \"1TU\": an ordinal is only allowed with FREQ=MONTHLY.")
        #expect(refusal("FREQ=WEEKLY;BYDAY=TU,TU")?.problem == .duplicateWeekday)
        #expect(refusal("FREQ=WEEKLY;UNTIL=2026-12-31")?.description
            == "RRULE: UNTIL \"2026-12-31\" is neither a date (YYYYMMDD) nor a date-time (YYYYMMDDTHHMMSS, optionally with Z).")
        #expect(refusal("FREQ=WEEKLY;UNTIL=20260230")?.problem == .malformedUntil)
        #expect(refusal("FREQ=WEEKLY;COUNT=3;UNTIL=20261231")?.description
            == "RRULE: COUNT and UNTIL must not both be given.")
    }
}
