import Foundation
import Testing
@testable import LotseCore

/// Roster documents for the export tests: a realistic month for people to look at, a tiny
/// one for golden output, and one full of characters that need quoting or escaping.
enum RosterFixtures {
    static func time(_ text: String) -> LocalDateTime { CalendarFixture.time(text) }

    static func slots(_ day: String, from hour: Int, count: Int, minutes: Int,
                      bookings: [RosterDocument.Booking?], prefix: String) -> [RosterDocument.Slot] {
        (0..<count).map { index in
            let start = time("\(day)T00:00").with(date: CalendarFixture.date(day))
            let begin = LocalDateTime(secondsSince1970: start.secondsSince1970 + hour * 3600 + index * minutes * 60)
            let end = LocalDateTime(secondsSince1970: begin.secondsSince1970 + minutes * 60)
            return RosterDocument.Slot(id: "\(prefix)-\(index + 1)", start: begin, end: end,
                                       booking: index < bookings.count ? bookings[index] : nil)
        }
    }

    static func booking(_ referral: String, _ pseudonym: String, _ caseworker: String, _ language: String,
                        interpreter: Bool, kind: ReferralKind = .assessment, state: BookingState = .booked) -> RosterDocument.Booking {
        RosterDocument.Booking(referralID: referral, pseudonym: pseudonym, caseworker: caseworker,
                               language: language, interpreter: interpreter, kind: kind, state: state)
    }

    /// The tiny roster published, its one booking in `state` (cancelled, missed, …).
    static func tinyPublished(_ state: BookingState) -> RosterDocument {
        var document = tiny
        document.state = .published
        document.sessions[0].slots[0].booking?.state = state
        return document
    }

    /// December 2026 in a district like Ludwigsburg: two sessions, free slots, a waiting list
    /// with one referral over the limit, and quotas.
    static var december: RosterDocument {
        let first = RosterDocument.Session(
            id: "S-2026-12-01", date: CalendarFixture.date("2026-12-01"),
            place: "Landratsamt Ludwigsburg, Hindenburgstraße 40, Raum 2.14",
            specialistName: "Dr. med. Aylin Brandt", interpreterLanguages: ["Arabisch", "Dari"],
            slots: slots("2026-12-01", from: 14, count: 6, minutes: 30, bookings: [
                booking("R-0042", "K-2026-0042", "Maria Schäfer", "Arabisch", interpreter: true),
                booking("R-0057", "K-2026-0057", "Jonas Keller", "Dari", interpreter: true),
                booking("R-0061", "K-2026-0061", "Leyla Öztürk", "Türkisch", interpreter: false),
                nil,
                booking("R-0070", "", "Maria Schäfer", "Deutsch", interpreter: false, kind: .consultation),
                booking("R-0073", "K-2026-0073", "Petra Wagner", "Ukrainisch", interpreter: false),
            ], prefix: "S1"))
        let second = RosterDocument.Session(
            id: "S-2026-12-30", date: CalendarFixture.date("2026-12-30"),
            place: "Kreishaus Bietigheim-Bissingen, Saal \"Enz\"",
            specialistName: "Dr. Jonas Weber", interpreterLanguages: ["Tigrinya"],
            slots: slots("2026-12-30", from: 14, count: 4, minutes: 45, bookings: [
                booking("R-0048", "K-2026-0048", "Jonas Keller", "Tigrinya", interpreter: true),
                booking("R-0066", "K-2026-0066", "Petra Wagner", "Englisch", interpreter: false, kind: .followUp),
                booking("R-0079", "K-2026-0079", "Leyla Öztürk", "Kurdisch (Kurmandschi)", interpreter: false),
            ], prefix: "S2"))
        return RosterDocument(
            district: "Landkreis Ludwigsburg", month: CalendarMonth(containing: CalendarFixture.date("2026-12-01")),
            version: 2, state: .published, sessions: [first, second],
            waitingList: [
                .init(pseudonym: "K-2026-0031", urgency: .high, waitingWeeks: 10, reasonCode: "no-interpreter",
                      reasonDetail: "Keine Dolmetschung für Somali in diesem Monat"),
                .init(pseudonym: "K-2026-0083", urgency: .elevated, waitingWeeks: 5, reasonCode: "no-slot",
                      reasonDetail: "Alle Termine an dringlichere Überweisungen vergeben"),
                .init(pseudonym: "K-2026-0088", urgency: .routine, waitingWeeks: 3, reasonCode: "quota",
                      reasonDetail: "Quote der Kommune Ludwigsburg ausgeschöpft"),
                .init(pseudonym: "K-2026-0091", urgency: .routine, waitingWeeks: 1, reasonCode: "no-slot",
                      reasonDetail: "Alle Termine an dringlichere Überweisungen vergeben"),
            ],
            statistics: .init(slotsUsed: 8, slotsTotal: 10, municipalities: [
                .init(name: "Ludwigsburg", slotsUsed: 3, share: 0.375, quota: 0.4),
                .init(name: "Bietigheim-Bissingen", slotsUsed: 3, share: 0.375, quota: 0.3),
                .init(name: "Kornwestheim", slotsUsed: 2, share: 0.25, quota: 0.2),
                .init(name: "Marbach am Neckar", slotsUsed: 0, share: 0, quota: 0.1),
            ], waitingWeeksMedian: 4, waitingWeeksMaximum: 10))
    }

    /// One session, one booked and one free slot: small enough to check byte for byte.
    static var tiny: RosterDocument {
        let session = RosterDocument.Session(
            id: "S1", date: CalendarFixture.date("2026-12-01"), place: "Raum 2.14, Landratsamt",
            specialistName: "Dr. A. Brandt", interpreterLanguages: ["Arabisch"],
            slots: [
                .init(id: "S1-1", start: time("2026-12-01T14:00"), end: time("2026-12-01T14:30"),
                      booking: booking("R-42", "K-2026-0042", "M. Schäfer", "Arabisch", interpreter: true, state: .planned)),
                .init(id: "S1-2", start: time("2026-12-01T14:30"), end: time("2026-12-01T15:00")),
            ])
        return RosterDocument(
            district: "Landkreis Ludwigsburg", month: CalendarMonth(containing: CalendarFixture.date("2026-12-01")),
            version: 1, state: .draft, sessions: [session],
            waitingList: [.init(pseudonym: "K-2026-0031", urgency: .high, waitingWeeks: 9, reasonCode: "no-slot",
                                reasonDetail: "Kein Termin frei")],
            statistics: .init(slotsUsed: 1, slotsTotal: 2, municipalities: [
                .init(name: "Ludwigsburg", slotsUsed: 1, share: 1, quota: 0.5),
            ], waitingWeeksMedian: 9, waitingWeeksMaximum: 9))
    }

    /// Values that need quoting, escaping and folding in every format.
    static var awkward: RosterDocument {
        var document = tiny
        document.district = "Kreis <Süd> & \"Nord\""
        let long = String(repeating: "Überweisung für Gesprächstermin 🇩🇪 ", count: 4)
        document.sessions[0].place = "Raum \"A\", 1. OG; Tür \\3\r\nHinterhaus\n" + long
        document.sessions[0].slots.append(.init(
            id: "S1/3 ü", start: time("2026-12-01T15:00"), end: time("2026-12-01T15:30"),
            booking: booking("R 99,ä", "K-2026-0099", "Öztürk, Leyla\r\n(Vertretung)", "<b>Kurdisch</b> \"Sorani\"",
                             interpreter: true, kind: .followUp)))
        document.sessions.append(.init(
            id: "S2", date: CalendarFixture.date("2026-12-30"), place: "Ort mit, Komma",
            specialistName: "Dr. X; Y", interpreterLanguages: [],
            slots: [.init(id: "S2-1", start: time("2026-12-30T09:00"), end: time("2026-12-30T09:45"),
                          booking: booking("R-7", "K-7", "=SUM(A1)", "", interpreter: false))]))
        return document
    }
}
