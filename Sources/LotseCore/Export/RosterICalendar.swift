import Foundation

/// The roster as an iCalendar file (RFC 5545) for caseworkers' and specialists' calendars:
/// one `VEVENT` per booked slot, in Europe/Berlin wall-clock time with a `VTIMEZONE`.
///
/// Privacy: `SUMMARY` names the pseudonym and `LOCATION` the place — nothing else. No
/// urgency, no waiting reason, no note, no health data; calendars are synced to phones and
/// shared more widely than Lotse can control.
///
/// Stability: a `UID` is derived from the roster month, the slot and the referral, never
/// random, so re-importing a later version updates events instead of duplicating them;
/// `SEQUENCE` is the roster version, so calendar programs take the newer one.
///
/// A booking that no longer holds (cancelled for the client or by the service, its
/// session cancelled, or missed) keeps its event's `UID` with `STATUS:CANCELLED` and a
/// `SEQUENCE` one above the version's (RFC 5545 3.8.7.4: a revision must raise it), so a
/// calendar that imported the booking removes it rather than keeping a false appointment.
/// Why it ended is not said: calendars travel further than Lotse can control.
public enum RosterICalendar {
    /// The `UID` of the appointment for a referral in a slot of a month's roster:
    /// `2026-12.S1-1.R-42@roster.lotse`. Identifier characters outside `A–Z a–z 0–9 _ -` (the
    /// dot included) are percent-encoded, so the dots separate the three parts unambiguously
    /// and any two different (month, slot, referral) give different UIDs.
    public static func uid(month: CalendarMonth, slotID: String, referralID: String) -> String {
        "\(month).\(uidSafe(slotID)).\(uidSafe(referralID))@roster.lotse"
    }

    /// The whole `.ics` file with CRLF line ends. `stamp` becomes every event's `DTSTAMP`
    /// (passed in: the core has no clock); `language` chooses the summary's wording.
    public static func render(_ document: RosterDocument, stamp: Date, language: MessageLanguage) -> String {
        let title = language.pick(de: "Traumasprechstunde", en: "Trauma consultation")
        var out = ""
        out += ICalendarText.line("BEGIN", "VCALENDAR")
        out += ICalendarText.line("VERSION", "2.0")
        out += ICalendarText.line("PRODID", "-//Lotse//Roster \(document.month) v\(document.version)//\(language.rawValue.uppercased())")
        out += ICalendarText.line("CALSCALE", "GREGORIAN")
        out += ICalendarText.line("X-WR-CALNAME", ICalendarText.escape("\(title) \(document.district) \(document.month)"))
        out += ICalendarText.line("X-WR-TIMEZONE", EuropeBerlinTimeZone.identifier)
        for line in EuropeBerlinTimeZone.lines { out += ICalendarText.fold(line) }

        let dtstamp = ICalendarText.utcDateTime(secondsSince1970: Int(stamp.timeIntervalSince1970.rounded(.down)))
        let tzid = ";TZID=\(EuropeBerlinTimeZone.identifier)"
        for session in document.sessions {
            for slot in session.slots {
                guard let booking = slot.booking else { continue }
                let who = booking.pseudonym.isEmpty
                    ? language.pick(de: "Fallberatung", en: "Consultation") : booking.pseudonym
                out += ICalendarText.line("BEGIN", "VEVENT")
                out += ICalendarText.line("UID", uid(month: document.month, slotID: slot.id, referralID: booking.referralID))
                out += ICalendarText.line("DTSTAMP", dtstamp)
                let holds = booking.state.holds
                out += ICalendarText.line("SEQUENCE", String(max(0, document.version) + (holds ? 0 : 1)))
                out += ICalendarText.line("DTSTART" + tzid, slot.start.basicFormat)
                out += ICalendarText.line("DTEND" + tzid, slot.end.basicFormat)
                out += ICalendarText.line("SUMMARY", ICalendarText.escape("\(title): \(who)"))
                out += ICalendarText.line("LOCATION", ICalendarText.escape(session.place))
                out += ICalendarText.line("STATUS", !holds ? "CANCELLED" : document.state == .published ? "CONFIRMED" : "TENTATIVE")
                out += ICalendarText.line("TRANSP", holds ? "OPAQUE" : "TRANSPARENT")
                out += ICalendarText.line("END", "VEVENT")
            }
        }
        out += ICalendarText.line("END", "VCALENDAR")
        return out
    }

    private static func uidSafe(_ identifier: String) -> String {
        var result = ""
        for byte in identifier.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
