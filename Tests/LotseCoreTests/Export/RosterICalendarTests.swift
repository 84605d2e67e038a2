import Foundation
import Testing
@testable import LotseCore
import LotseTestSupport

@Suite struct RosterICalendarTests {
    let stamp = Date(timeIntervalSince1970: TimeInterval(CalendarFixture.time("2026-11-21T17:00").secondsSince1970))

    @Test func aSmallRosterGivesExactlyTheseLines() {
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lotse//Roster 2026-12 v1//DE", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Traumasprechstunde Landkreis Ludwigsburg 2026-12", "X-WR-TIMEZONE:Europe/Berlin",
        ] + EuropeBerlinTimeZone.lines + [
            "BEGIN:VEVENT",
            "UID:2026-12.S1-1.R-42@roster.lotse",
            "DTSTAMP:20261121T170000Z",
            "SEQUENCE:1",
            "DTSTART;TZID=Europe/Berlin:20261201T140000",
            "DTEND;TZID=Europe/Berlin:20261201T143000",
            "SUMMARY:Traumasprechstunde: K-2026-0042",
            "LOCATION:Raum 2.14\\, Landratsamt",
            "STATUS:TENTATIVE",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        let ics = RosterICalendar.render(RosterFixtures.tiny, stamp: stamp, language: .de)
        #expect(ics == expected.map { $0 + "\r\n" }.joined())
    }

    @Test func aBookingThatNoLongerHoldsIsCancelledUnderTheSameUIDWithAHigherSequence() {
        let booked = RosterICalendar.render(RosterFixtures.tinyPublished(.booked), stamp: stamp, language: .de)
        #expect(booked.contains("\r\nSEQUENCE:1\r\n") && booked.contains("\r\nSTATUS:CONFIRMED\r\n"))
        for state in BookingState.allCases {
            let ics = RosterICalendar.render(RosterFixtures.tinyPublished(state), stamp: stamp, language: .de)
            #expect(ics.contains("\r\nUID:2026-12.S1-1.R-42@roster.lotse\r\n"), "\(state): the event keeps its UID")
            if state.holds {
                #expect(ics == RosterICalendar.render(RosterFixtures.tinyPublished(.booked), stamp: stamp, language: .de), "\(state)")
            } else {
                #expect(ics.contains("\r\nSEQUENCE:2\r\n"), "\(state): a cancellation raises SEQUENCE above the version")
                #expect(ics.contains("\r\nSTATUS:CANCELLED\r\n"), "\(state)")
                #expect(!ics.contains("CONFIRMED") && !ics.contains("TENTATIVE"), "\(state)")
                // Why it ended is nobody's calendar's business.
                for word in ["no-show", "client", "Klient", "abgesagt", "nicht erschienen"] { #expect(!ics.contains(word), "\(state): \(word)") }
            }
        }
    }

    @Test func textValuesAreEscapedAsRFC5545Says() {
        #expect(ICalendarText.escape("a\\b;c,d\r\ne\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
        #expect(ICalendarText.escape("bell\u{7}tab\tdel\u{7F}") == "belltab\tdel")
    }

    @Test func foldingKeepsLinesWithin75OctetsAndNeverSplitsACharacter() throws {
        let line = "LOCATION:" + String(repeating: "é", count: 100) + String(repeating: "🇩🇪", count: 20) + "x"
        let folded = ICalendarText.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let bytes = Array(folded.utf8.dropLast(2))
        var physical: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                physical.append([])
                index += 2
            } else {
                physical[physical.count - 1].append(bytes[index])
                index += 1
            }
        }
        #expect(physical.count > 3)
        for (number, piece) in physical.enumerated() {
            #expect(piece.count <= 75, "line \(number) has \(piece.count) octets")
            #expect(String(validating: piece, as: UTF8.self) != nil, "line \(number) splits a UTF-8 sequence")
            if number > 0 { #expect(piece.first == 32) }
        }
        let unfolded = physical.enumerated().map { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }.joined()
        #expect(String(decoding: Array(unfolded), as: UTF8.self) == line)
        #expect(ICalendarText.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75) + "\r\n")
        #expect(ICalendarText.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a\r\n")
    }

    @Test func uidsAreStableAndDistinctForAwkwardIdentifiers() {
        let month = CalendarMonth(containing: CalendarFixture.date("2026-12-01"))
        #expect(RosterICalendar.uid(month: month, slotID: "S1/3 ü", referralID: "R 99,ä")
            == "2026-12.S1%2F3%20%C3%BC.R%2099%2C%C3%A4@roster.lotse")
        #expect(RosterICalendar.uid(month: month, slotID: "a.b", referralID: "c")
            != RosterICalendar.uid(month: month, slotID: "a", referralID: "b.c"))
        let first = RosterICalendar.render(RosterFixtures.december, stamp: stamp, language: .de)
        var later = RosterFixtures.december
        later.version = 3
        let second = RosterICalendar.render(later, stamp: stamp.addingTimeInterval(86_400), language: .en)
        let uids = { (text: String) in text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(first).count == 8)
        #expect(uids(first) == uids(second))
        #expect(Set(uids(first)).count == 8)
    }

    @Test func theCalendarCarriesNoWaitingListNoCaseworkerAndNoHealthData() {
        let document = RosterFixtures.december
        let ics = RosterICalendar.render(document, stamp: stamp, language: .de)
        for entry in document.waitingList {
            #expect(!ics.contains(entry.pseudonym))
            #expect(!ics.contains(entry.reasonDetail))
            #expect(!ics.contains(entry.reasonCode))
        }
        for name in ["Maria Schäfer", "Jonas Keller", "Arabisch", "Tigrinya", "assessment", "follow-up", "high", "elevated", "Dr. med."] {
            #expect(!ics.contains(name), "\(name) leaked into the calendar")
        }
        #expect(ics.contains("SUMMARY:Traumasprechstunde: K-2026-0042\r\n"))
        #expect(ics.contains("SUMMARY:Traumasprechstunde: Fallberatung\r\n"))
    }

    @Test func theTimeZoneComponentMatchesTheSystemsTimeZoneData() throws {
        let berlin = CalendarFixture.berlin
        for year in 2024...2040 {
            let january = try #require(CalendarMonth(year: year, month: 1))
            let march = try #require(CalendarMonth(year: year, month: 3))
            let october = try #require(CalendarMonth(year: year, month: 10))
            let newYear = Date(timeIntervalSince1970: TimeInterval(january.firstDay.daysSince1970 * 86_400))
            let spring = try #require(berlin.nextDaylightSavingTimeTransition(after: newYear))
            let autumn = try #require(berlin.nextDaylightSavingTimeTransition(after: spring))
            let lastSunday = { (month: CalendarMonth) in
                Recurrence.days(of: .init(ordinal: -1, weekday: .sunday), in: month).first
            }
            // DAYLIGHT starts at 02:00 local (+0100) and STANDARD at 03:00 local (+0200): 01:00 UTC both.
            #expect(CalendarFixture.utc(spring) == "\(try #require(lastSunday(march)))T01:00:00Z")
            #expect(CalendarFixture.utc(autumn) == "\(try #require(lastSunday(october)))T01:00:00Z")
        }
    }

    @Test func pythonsICalendarPackageReadsTheEventsWithUIDsStartsAndTimeZone() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
        import json, sys
        try:
            import icalendar
        except ImportError:
            print("NO-ICALENDAR"); sys.exit(0)
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = {"timezones": [str(tz['TZID']) for tz in cal.walk('VTIMEZONE')], "events": []}
        for ev in cal.walk('VEVENT'):
            out["events"].append({
                "uid": str(ev['UID']),
                "start": ev.decoded('DTSTART').isoformat(),
                "end": ev.decoded('DTEND').isoformat(),
                "tzid": ev['DTSTART'].params.get('TZID'),
                "summary": str(ev['SUMMARY']),
                "location": str(ev['LOCATION']),
            })
        print(json.dumps(out))
        """
        for document in [RosterFixtures.december, RosterFixtures.awkward] {
            let file = directory.appendingPathComponent("roster.ics")
            try Data(RosterICalendar.render(document, stamp: stamp, language: .de).utf8).write(to: file)
            guard let result = try ExternalTool.python(script, arguments: [file.path], in: directory) else {
                ExternalTool.unavailable("python3 is not installed")
                return
            }
            #expect(result.status == 0, "python3 failed: \(result.errorOutput)")
            if result.output.hasPrefix("NO-ICALENDAR") {
                ExternalTool.unavailable("python3 lacks the icalendar package (pip install icalendar)")
                return
            }
            struct Parsed: Decodable {
                struct Event: Decodable, Equatable { var uid, start, end, tzid, summary, location: String }
                var timezones: [String]
                var events: [Event]
            }
            let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
            #expect(parsed.timezones == ["Europe/Berlin"])
            let expected = document.sessions.flatMap { session in
                session.slots.compactMap { slot -> Parsed.Event? in
                    guard let booking = slot.booking else { return nil }
                    let offset = { (time: LocalDateTime) in
                        ZonedTime(time, in: CalendarFixture.berlin).utcOffsetSeconds == 3600 ? "+01:00" : "+02:00"
                    }
                    return Parsed.Event(
                        uid: RosterICalendar.uid(month: document.month, slotID: slot.id, referralID: booking.referralID),
                        start: slot.start.description + offset(slot.start), end: slot.end.description + offset(slot.end),
                        tzid: "Europe/Berlin",
                        summary: "Traumasprechstunde: " + (booking.pseudonym.isEmpty ? "Fallberatung" : booking.pseudonym),
                        location: session.place.replacingOccurrences(of: "\r\n", with: "\n"))
                }
            }
            #expect(!expected.isEmpty)
            #expect(parsed.events == expected)
        }
    }
}
