import Foundation

/// Who receives a mail and in which language.
public struct MailRecipient: Sendable, Hashable, Codable {
    /// The validated address.
    public var address: EmailAddress
    /// The recipient's language.
    public var language: MessageLanguage
    /// A recipient.
    public init(address: EmailAddress, language: MessageLanguage) {
        self.address = address
        self.language = language
    }
}

/// An appointment as reminder planning needs to see it.
public struct AppointmentSubject: Sendable, Equatable {
    /// Stable id of the appointment (part of the reminder key).
    public var id: String
    /// Start of the slot.
    public var start: Date
    /// Where the session is.
    public var place: String
    /// The client's pseudonym.
    public var pseudonym: String
    /// The caseworker presenting the client.
    public var caseworker: MailRecipient
    /// True when the appointment or its session was cancelled.
    public var cancelled: Bool
    /// When the appointment was published; reminders that fell due before then are not
    /// sent (the "appointment published" mail already told the caseworker).
    public var bookedAt: Date?
    /// True for a case consultation: the caseworker attends without the client, so the
    /// reminder is worded for them (`consultation-reminder`).
    public var consultation: Bool
    /// An appointment.
    public init(id: String, start: Date, place: String, pseudonym: String, caseworker: MailRecipient, cancelled: Bool = false,
                bookedAt: Date? = nil, consultation: Bool = false) {
        self.consultation = consultation
        self.id = id
        self.start = start
        self.place = place
        self.pseudonym = pseudonym
        self.caseworker = caseworker
        self.cancelled = cancelled
        self.bookedAt = bookedAt
    }
}

/// A session as the specialist's list needs it.
public struct SessionSubject: Sendable, Equatable {
    /// Stable id of the session.
    public var id: String
    /// Start of the session.
    public var start: Date
    /// Where it is.
    public var place: String
    /// The specialist holding it.
    public var specialist: MailRecipient
    /// Its booked appointments (time and pseudonym only).
    public var appointments: [ReminderFacts.Appointment]
    /// True when the session was cancelled.
    public var cancelled: Bool
    /// A session.
    public init(id: String, start: Date, place: String, specialist: MailRecipient, appointments: [ReminderFacts.Appointment], cancelled: Bool = false) {
        self.id = id
        self.start = start
        self.place = place
        self.specialist = specialist
        self.appointments = appointments
        self.cancelled = cancelled
    }
}

/// Something with a due instant and an owner: a follow-up step or a help plan review.
public struct DueItemSubject: Sendable, Equatable {
    /// Stable id of the step or plan.
    public var id: String
    /// The client's pseudonym.
    public var pseudonym: String
    /// When it falls due.
    public var due: Date
    /// Who is reminded.
    public var owner: MailRecipient
    /// True when the step is done or the review was held.
    public var done: Bool
    /// A due item.
    public init(id: String, pseudonym: String, due: Date, owner: MailRecipient, done: Bool = false) {
        self.id = id
        self.pseudonym = pseudonym
        self.due = due
        self.owner = owner
        self.done = done
    }
}

/// A referral on the waiting list.
public struct WaitingReferralSubject: Sendable, Equatable {
    /// Stable id of the referral.
    public var id: String
    /// The client's pseudonym.
    public var pseudonym: String
    /// When it was submitted (the waiting time counts from here).
    public var submittedAt: Date
    /// False once it is scheduled, withdrawn or closed.
    public var waiting: Bool
    /// A referral.
    public init(id: String, pseudonym: String, submittedAt: Date, waiting: Bool = true) {
        self.id = id
        self.pseudonym = pseudonym
        self.submittedAt = submittedAt
        self.waiting = waiting
    }
}

/// The state of whatever a queued reminder is about, looked up just before delivery.
public enum ReminderSubjectState: Sendable, Equatable {
    /// Still as it was: the reminder is wanted.
    case active
    /// Cancelled (appointment, session) or withdrawn (referral).
    case cancelled
    /// Done (follow-up step, review held, roster approved, referral scheduled).
    case done
    /// No longer exists (deleted after retention).
    case gone
}
