import Foundation
import LotseCore
import LotseStore

/// Writes the coordinator's reminders into the outbox, inside the transaction of the
/// change that causes them (published appointments, session lists, cancellations, rosters
/// awaiting approval, specialists' notices). Referrals over the waiting limit are the
/// mail service's daily digest, not a mail per referral. Mail names the pseudonym, the
/// time and the place, never health data. A recipient the daemon has no address for
/// (a caseworker without a `caseworkers` row) is skipped and counted, not an error: the
/// roster change itself must not fail for want of an address.
struct RosterNotifier {
    let db: Connection
    let composer: MailComposer?
    let planner: ReminderPlanner
    let configuration: Configuration
    let now: Date
    /// Recipients skipped for want of an address.
    private(set) var skipped: [String] = []
    /// Mails queued.
    private(set) var queued = 0

    /// Sets up from the configuration in force; without readable templates no mail is
    /// queued (the mail service reports that at start).
    init(db: Connection, configuration: Configuration, now: Date) {
        self.db = db
        self.configuration = configuration
        self.now = now
        let mail = configuration.mail
        let district = configuration.district.name
        planner = ReminderPlanner(district: district)
        if let catalog = try? MailTemplateLoader.load(mail),
           let zone = MailDate.berlin {
            composer = MailComposer(catalog: catalog, from: mail.sender, fromName: "Lotse – " + district, timeZone: zone, district: district)
        } else {
            composer = nil
        }
    }

    var defaultLanguage: MessageLanguage { MessageLanguage(rawValue: configuration.mail.defaultLanguage.rawValue) ?? .de }

    /// The caseworker as a recipient, if known.
    func caseworker(_ user: UserName) throws(StoreError) -> MailRecipient? {
        guard let known = try RosterRecords(db).caseworker(user), let address = try? EmailAddress(validating: known.email) else { return nil }
        return MailRecipient(address: address, language: MessageLanguage(rawValue: known.language) ?? defaultLanguage)
    }

    /// The configured coordinator addresses.
    var coordinators: [MailRecipient] {
        configuration.mail.coordinatorAddresses.map { MailRecipient(address: $0, language: defaultLanguage) }
    }

    /// Queues one reminder.
    mutating func enqueue(_ reminder: PlannedReminder, client: String?, subjectKind: String, subjectID: String,
                          role: Role) throws(CoordinationError) {
        guard let composer else {
            skipped.append(reminder.recipient.address.value)
            return
        }
        do {
            if try OutboxQueue.enqueue(db, reminder, composer: composer, client: client, subjectKind: subjectKind,
                                       subjectID: subjectID, role: role, now: now) != nil {
                queued += 1
            }
        } catch {
            throw CoordinationError.internalFailure(en: "A reminder could not be queued", de: "Eine Erinnerung konnte nicht vorgemerkt werden", error)
        }
    }

    /// Event mail to a caseworker about an appointment (published or cancelled); a
    /// published case consultation is worded for the caseworker who attends it alone.
    mutating func appointmentEvent(_ given: ReminderKind, caseworker user: UserName, client: ClientID?, appointment: Int64,
                                   start: Date, place: String, consultation: Bool = false) throws(CoordinationError) {
        let kind: ReminderKind = consultation && given == .appointmentPublished ? .consultationPublished : given
        let recipient: MailRecipient?
        do { recipient = try caseworker(user) } catch { throw .store(error) }
        guard let recipient else {
            skipped.append(user.description)
            return
        }
        let facts = ReminderFacts(district: configuration.district.name, pseudonym: client?.description ?? "—", when: start, place: place,
                                  appointment: appointment)
        let reminder = planner.event(kind, subjectID: "appointment-\(appointment)", recipient: recipient, at: now, eventAt: start, facts: facts)
        try enqueue(reminder, client: client?.description, subjectKind: "appointment", subjectID: String(appointment), role: .caseworker)
    }

    /// Event mail to a session's specialist: one appointment cancelled (`client` named), or
    /// the whole session (`client` nil). Only the pseudonym, time and place — never why.
    mutating func specialistEvent(_ kind: ReminderKind, specialist: Specialist, subjectKind: String, subjectID: String,
                                  client: ClientID?, start: Date, place: String) throws(CoordinationError) {
        let recipient = MailRecipient(address: specialist.email, language: defaultLanguage)
        let facts = ReminderFacts(district: configuration.district.name, pseudonym: client?.description ?? "—", when: start, place: place)
        let reminder = planner.event(kind, subjectID: "\(subjectKind)-\(subjectID)", recipient: recipient, at: now, eventAt: start, facts: facts)
        try enqueue(reminder, client: client?.description, subjectKind: subjectKind, subjectID: subjectID, role: .specialist)
    }

    /// The specialist's list for one session of a just published version, due at once.
    /// (The mail service's scheduler sends the list again a day before the session, with
    /// the bookings as they are then; this one tells the specialist at publication.)
    mutating func sessionList(specialist: Specialist, session: Session, start: Date, version: Int,
                              appointments: [ReminderFacts.Appointment]) throws(CoordinationError) {
        let recipient = MailRecipient(address: specialist.email, language: defaultLanguage)
        let reminder = PlannedReminder(key: "\(ReminderKind.sessionList.rawValue)/\(session.id)/published-v\(version)", kind: .sessionList,
                                       recipient: recipient, dueAt: now, eventAt: start,
                                       facts: ReminderFacts(district: configuration.district.name, when: start, place: session.place,
                                                            appointments: appointments))
        try enqueue(reminder, client: nil, subjectKind: "session", subjectID: String(session.id.rawValue), role: .specialist)
    }

    /// Tells the coordinators that a draft awaits approval.
    mutating func rosterAwaitingApproval(month: CalendarMonth, roster: RosterID) throws(CoordinationError) {
        for coordinator in coordinators {
            let reminder = planner.event(.rosterAwaitingApproval, subjectID: "roster-\(roster)", recipient: coordinator, at: now,
                                         eventAt: nil, facts: ReminderFacts(district: configuration.district.name,
                                                                            month: MonthOfYear(year: month.year, month: month.month)))
            try enqueue(reminder, client: nil, subjectKind: "roster", subjectID: String(roster.rawValue), role: .coordinator)
        }
    }

    /// Makes queued reminders about an appointment moot (it was cancelled or moved).
    func mootAppointment(_ id: Int64) throws(CoordinationError) {
        do { _ = try Outbox(db).markMoot(subjectKind: "appointment", subjectID: String(id)) } catch { throw .store(error) }
    }
}
