/// The roster as CSV (RFC 4180, UTF-8) in the machine form: a header row, then one row per slot, free slots
/// included, so a spreadsheet shows the whole month. Column names are fixed English keys
/// (not translated), so that scripts reading the file never break with the user's language;
/// dates are ISO 8601 (`2026-12-01`, `14:00`), which every spreadsheet understands.
public enum RosterCSV {
    /// The header row's keys, in column order.
    public static let header = [
        "date", "start", "end", "place", "specialist", "session", "slot", "referral",
        "pseudonym", "caseworker", "language", "interpreter", "kind", "state",
    ]

    /// The data rows (without the header), one per slot in session order. A free slot has
    /// empty booking columns; `language` is the language's code (`ar`), `interpreter` is
    /// `yes` or `no`: the same file whatever the reader's language. A booking whose client's
    /// consent to `referral` is not in force has `withheld` in `language`, `interpreter`
    /// and `kind`. `state` is where the booking stands now (`BookingState`: `planned`,
    /// `booked`, `attended`, `no-show`, `cancelled-by-client`, `cancelled-by-service`,
    /// `session-cancelled`), so a booking of a published version that no longer holds is
    /// never read as one.
    public static func rows(_ document: RosterDocument) -> [[String]] {
        document.sessions.flatMap { session in
            session.slots.map { slot in
                let booking = slot.booking
                let withheld = booking == nil ? "" : "withheld"
                return [
                    slot.start.date.description, slot.start.timeText, slot.end.timeText,
                    session.place, session.specialistName, session.id, slot.id,
                    booking?.referralID ?? "", booking?.pseudonym ?? "", booking?.caseworker ?? "",
                    booking.map { $0.languageCode ?? $0.language ?? withheld } ?? "", booking?.interpreter.map { $0 ? "yes" : "no" } ?? withheld,
                    booking?.kind?.rawValue ?? withheld, booking?.state.rawValue ?? "",
                ]
            }
        }
    }

    /// The whole file. A byte-order mark is added only on request (`withByteOrderMark`),
    /// for spreadsheet programs that otherwise misread UTF-8; RFC 4180 readers do not need it.
    public static func render(_ document: RosterDocument, withByteOrderMark: Bool = false) -> String {
        (withByteOrderMark ? "\u{FEFF}" : "") + CSVFormat.document([header] + rows(document))
    }

    /// The header of the spreadsheet form in the reader's language, column for column as
    /// `header`.
    public static func spreadsheetHeader(_ labels: RosterLabels) -> [String] {
        let german = labels.language == .de
        return german
            ? ["Datum", "Beginn", "Ende", "Ort", "Fachkraft", "Sprechstunde", "Platz", "Anmeldung", "Pseudonym",
               "Integrationsmanager:in", "Sprache", "Dolmetschung", "Art", "Stand"]
            : ["Date", "Start", "End", "Place", "Specialist", "Session", "Slot", "Referral", "Pseudonym",
               "Caseworker", "Language", "Interpreter", "Kind", "State"]
    }

    /// The rows of the spreadsheet form: the same slots as `rows`, with the day as a date,
    /// times as times, the session, the slot's place in it and the referral as numbers,
    /// and the needs and the state in words.
    public static func spreadsheetRows(_ document: RosterDocument, labels: RosterLabels) -> [[SpreadsheetCell]] {
        let german = labels.language == .de
        let withheld = SpreadsheetCell.text(labels.withheld)
        return document.sessions.flatMap { session in
            session.slots.map { slot in
                let booking = slot.booking
                // The slot as every other view names it (`1-2`: session 1, place 2), which a
                // spreadsheet keeps as text; the session's own number stands in its column.
                let place = SpreadsheetCell.text(slot.id)
                let interpreter: SpreadsheetCell = booking.map { b in
                    b.interpreter.map { .text($0 ? (german ? "ja" : "yes") : (german ? "nein" : "no")) } ?? withheld
                } ?? .empty
                return [
                    .date(slot.start.date), .time(slot.start.timeText), .time(slot.end.timeText),
                    .text(session.place), .text(session.specialistName), SpreadsheetCSV.numberOrText(session.id), place,
                    booking.map { SpreadsheetCSV.numberOrText($0.referralID) } ?? .empty,
                    booking.map { .text($0.pseudonym) } ?? .empty, booking.map { .text($0.caseworker) } ?? .empty,
                    booking.map { b in b.language.map { .text($0) } ?? withheld } ?? .empty, interpreter,
                    booking.map { b in b.kind.map { .text(labels.kind($0)) } ?? withheld } ?? .empty,
                    booking.map { .text(labels.bookingState($0.state)) } ?? .empty,
                ]
            }
        }
    }

    /// The file in the spreadsheet form (`CSVForm.spreadsheet`).
    public static func spreadsheet(_ document: RosterDocument, language: MessageLanguage) -> String {
        let labels = RosterLabels(language)
        return SpreadsheetCSV.render(header: spreadsheetHeader(labels), rows: spreadsheetRows(document, labels: labels),
                                     german: language == .de)
    }
}
