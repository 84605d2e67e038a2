extension RosterDocument {
    /// One consultation afternoon: a specialist at a place on a day, with a run of slots.
    public struct Session: Sendable, Hashable {
        /// The session's identifier (stable across versions).
        public var id: String
        /// The day.
        public var date: CalendarDate
        /// Where (address or room), as people should read it.
        public var place: String
        /// The specialist's name as shown to caseworkers (`Dr. med. A. Brandt`).
        public var specialistName: String
        /// Interpreter languages booked for the session (`Arabisch`, `Dari`).
        public var interpreterLanguages: [String]
        /// The slots, in time order.
        public var slots: [Slot]

        /// A session.
        public init(id: String, date: CalendarDate, place: String, specialistName: String,
                    interpreterLanguages: [String], slots: [Slot]) {
            self.id = id
            self.date = date
            self.place = place
            self.specialistName = specialistName
            self.interpreterLanguages = interpreterLanguages
            self.slots = slots
        }
    }

    /// One slot of a session, booked or free.
    public struct Slot: Sendable, Hashable {
        /// The slot's identifier (stable across versions; part of the calendar UID).
        public var id: String
        /// Start, wall-clock time in Europe/Berlin.
        public var start: LocalDateTime
        /// End, wall-clock time in Europe/Berlin.
        public var end: LocalDateTime
        /// The booking, or nil for a free slot.
        public var booking: Booking?

        /// A slot; `booking` nil means free.
        public init(id: String, start: LocalDateTime, end: LocalDateTime, booking: Booking? = nil) {
            self.id = id
            self.start = start
            self.end = end
            self.booking = booking
        }
    }

    /// Who a slot is given to: a pseudonym and the people and needs around it, nothing more.
    /// The needs (language, interpreter, kind) are the referral's planning data: nil when
    /// the client's consent to `referral` is not in force on the day the document is made,
    /// whichever version it shows — the printed forms then say they are withheld.
    public struct Booking: Sendable, Hashable {
        /// The referral's identifier (stable; part of the calendar UID).
        public var referralID: String
        /// The client's pseudonym (`K-2026-0042`); empty for a consultation without a client.
        public var pseudonym: String
        /// The caseworker presenting the client (display name).
        public var caseworker: String
        /// The language of the consultation (`Arabisch`); nil when withheld.
        public var language: String?
        /// Its code (`ar`), for the machine form of the CSV, which reads the same in every
        /// language; nil when withheld (or not known: then the machine form takes `language`).
        public var languageCode: String?
        /// Whether an interpreter is needed; nil when withheld.
        public var interpreter: Bool?
        /// What the referral asks for: a first assessment, a follow-up, or a consultation
        /// (the caseworker seeks advice without the client); nil when withheld.
        public var kind: ReferralKind?
        /// Where the booking stands now. A published version is frozen, but it never
        /// claims a booking that no longer holds: a cancelled or missed one is printed as
        /// such, and the calendar cancels its event.
        public var state: BookingState

        /// A booking; `state` booked unless said otherwise.
        public init(referralID: String, pseudonym: String, caseworker: String, language: String?,
                    interpreter: Bool?, kind: ReferralKind?, state: BookingState = .booked, languageCode: String? = nil) {
            self.state = state
            self.languageCode = languageCode
            self.referralID = referralID
            self.pseudonym = pseudonym
            self.caseworker = caseworker
            self.language = language
            self.interpreter = interpreter
            self.kind = kind
        }
    }
}
