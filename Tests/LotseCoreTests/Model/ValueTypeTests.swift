import Foundation
import Testing
@testable import LotseCore

@Suite struct ValueTypeTests {
    @Test func calendarDateParsesOnlyRealDates() {
        #expect(CalendarDate(iso: "2028-02-29")?.description == "2028-02-29")
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-1-05") == nil)
        #expect(CalendarDate(iso: "2026-13-01") == nil)
        #expect(CalendarDate(iso: "") == nil)
    }

    @Test func calendarDateArithmeticRoundTrips() throws {
        let d = try ModelFixtures.date("2026-12-31")
        #expect(d.adding(days: 1).description == "2027-01-01")
        #expect(CalendarDate(daysSince1970: 0).description == "1970-01-01")
        #expect(CalendarDate(daysSince1970: d.daysSince1970) == d)
        #expect(try ModelFixtures.date("2026-01-31").adding(months: 1).description == "2026-02-28")
        #expect(try ModelFixtures.date("2026-11-15").adding(months: 3).description == "2027-02-15")
        #expect(try ModelFixtures.date("2026-10-01").days(until: try ModelFixtures.date("2026-12-01")) == 61)
        #expect(d.displayText == "31.12.2026")
        #expect(try ModelFixtures.date("2026-12-01").isoWeekdayIndex == 1) // a Tuesday
    }

    @Test func calendarDateFromInstantUsesTheGivenZone() throws {
        // 2026-03-28 23:30 UTC is already 29 March in Berlin (UTC+1 before the switch).
        let instant = Date(timeIntervalSince1970: 1_774_740_600)
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(CalendarDate(instant: instant, in: berlin).description == "2026-03-29")
        #expect(CalendarDate(instant: instant, in: utc).description == "2026-03-28")
    }

    @Test func wallClockTimesBecomeInstantsAcrossDaylightSaving() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        func utc(_ date: String, _ time: String) throws -> String {
            let t = try #require(TimeOfDay(parsing: time))
            let instant = try #require(try ModelFixtures.date(date).instant(at: t, in: berlin))
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: "UTC")
            return f.string(from: instant)
        }
        #expect(try utc("2026-12-01", "14:00") == "2026-12-01T13:00:00Z")   // CET, UTC+1
        #expect(try utc("2026-07-01", "14:00") == "2026-07-01T12:00:00Z")   // CEST, UTC+2
        #expect(try utc("2026-03-29", "02:30") == "2026-03-29T01:30:00Z")   // does not exist: 03:30 CEST
        #expect(try utc("2026-10-25", "02:30") == "2026-10-25T00:30:00Z")   // twice: the first, CEST
    }

    @Test func calendarDateCodableIsISOAndValidated() throws {
        let data = try JSONEncoder().encode([try ModelFixtures.date("2026-12-02")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-12-02\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2026-02-30\"]".utf8)) }
    }

    @Test func clientPseudonymFormat() {
        #expect(ClientID("K-2026-0042")?.description == "K-2026-0042")
        #expect(ClientID(year: 2026, number: 7)?.description == "K-2026-0007")
        for bad in ["K-2026-42", "k-2026-0042", "K-26-0042", "K-2026-0000", "K-2026-00420", "X-2026-0042", "K-2026-00a2", "Anna Berg",
                    "K-2026-10000000", "K-2026-+1234", "K-2026-01234"] {
            #expect(ClientID(bad) == nil, "\(bad) must be refused")
        }
    }

    /// Reproduction 6 of issue 12: a year held 9 999 pseudonyms. The number grows past four
    /// digits, to ten million a year, and the old ones keep their spelling.
    @Test func aYearHoldsTenMillionPseudonymsAndOldOnesKeepTheirForm() {
        #expect(ClientID(year: 2026, number: 9999)?.description == "K-2026-9999")
        #expect(ClientID(year: 2026, number: 10_000)?.description == "K-2026-10000")
        #expect(ClientID("K-2026-10000")?.number == 10_000)
        #expect(ClientID(year: 2026, number: ClientID.maxNumber)?.description == "K-2026-9999999")
        #expect(ClientID(year: 2026, number: ClientID.maxNumber + 1) == nil)
        for number in [1, 42, 9999, 10_000, 123_456, 9_999_999] {
            let id = ClientID(year: 2027, number: number)
            #expect(id.flatMap { ClientID($0.description) } == id)
        }
        #expect(ClientID("K-2026-9999").flatMap { old in ClientID(year: 2026, number: 10_000).map { old < $0 } } == true)
    }

    @Test func languageCodesComeFromTheAcceptedList() throws {
        #expect(LanguageCode("UK")?.code == "uk")
        #expect(LanguageCode("prs")?.name(in: .en) == "Dari")
        #expect(LanguageCode("ti")?.name(in: .de) == "Tigrinya")
        #expect(LanguageCode("ukr") == nil)
        #expect(LanguageCode("xx") == nil)
        #expect(LanguageCode.accepted.contains("ar"))
    }

    @Test func emailAddressesAreSafeForSendmail() {
        #expect((try? EmailAddress.validate("anna.berg@kreis.example").get())?.value == "anna.berg@kreis.example")
        #expect(EmailAddress.validate("-f@x.example").failureValue == .leadingDash)
        #expect(EmailAddress.validate("a@b.example\nBcc: c@d.example").failureValue == .controlOrBlank)
        #expect(EmailAddress.validate("a@b.example,c@d.example").failureValue == .notSingleAddress)
        #expect(EmailAddress.validate("a@b@c").failureValue == .notSingleAddress)
        #expect(EmailAddress.validate("anna").failureValue == .malformed)
        #expect(EmailAddress.validate("").failureValue == .empty)
    }

    @Test func timeOfDayParsesTwentyFourHourClock() {
        #expect(TimeOfDay(parsing: "00:00")?.minutesSinceMidnight == 0)
        #expect(TimeOfDay(parsing: "23:59")?.description == "23:59")
        #expect(TimeOfDay(parsing: "24:00") == nil)
        #expect(TimeOfDay(parsing: "9:00") == nil)
    }

    @Test func identifiersAndNamesValidate() {
        #expect(UserName("anna") != nil && UserName("Anna") == nil && UserName("1x") == nil)
        #expect(MunicipalityID("bietigheim-bissingen") != nil && MunicipalityID("Ludwigsburg") == nil)
        #expect(MunicipalityID("asperg").map { Municipality(id: $0).name } == "Asperg")
        #expect(SlotID("12-3") == SlotID(session: SessionID(12), index: 3))
        #expect(SlotID("12") == nil && SlotID("0-1") == nil)
        #expect(Urgency.high > Urgency.elevated && Urgency.elevated > Urgency.routine)
    }
}
