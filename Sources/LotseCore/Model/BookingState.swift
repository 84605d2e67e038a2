/// Where one entry of a roster version stands now — planned, booked, held, or ended
/// without taking place. A published version is a frozen historical document: its entries
/// never change, but what they show must not claim a booking that no longer holds, so
/// every view and export of any version (`roster show`, CSV, iCalendar, HTML) shows each
/// entry with this state, derived from the entry's appointment as it is today.
public enum BookingState: String, Sendable, CaseIterable {
    /// In a draft or approved version; no appointment exists yet.
    case planned
    /// Its appointment is booked and still to come (or not recorded yet).
    case booked
    /// The appointment took place.
    case attended
    /// Nobody came and nobody cancelled.
    case noShow = "no-show"
    /// Cancelled for the client beforehand (`lotse appointment cancel`).
    case cancelledByClient = "cancelled-by-client"
    /// Cancelled by the service, or taken out by a later published version.
    case cancelledByService = "cancelled-by-service"
    /// The whole session was cancelled.
    case sessionCancelled = "session-cancelled"

    /// The state of an entry whose newest appointment in its slot has `attendance` (nil:
    /// none recorded) in a session that is `sessionCancelled` or not; `appointment` false
    /// when the entry has no appointment at all. A cancelled session outranks whatever
    /// was recorded for its appointments, as the waiting list's reason does — except a
    /// client's own cancellation, which came first (a session cancelled later cancels only
    /// the appointments still standing) and stays what happened.
    public init(appointment: Bool, attendance: Attendance?, sessionCancelled: Bool) {
        if appointment, attendance == .cancelledByClient {
            self = .cancelledByClient
        } else if sessionCancelled {
            self = .sessionCancelled
        } else if !appointment {
            self = .planned
        } else {
            switch attendance {
            case nil: self = .booked
            case .attended?: self = .attended
            case .noShow?: self = .noShow
            case .cancelledByClient?: self = .cancelledByClient
            case .cancelledByService?: self = .cancelledByService
            }
        }
    }

    /// Whether the entry still stands for a slot given to its referral (planned, booked or
    /// held). An entry that does not hold frees its slot, and its referral is not
    /// "booked" anywhere the roster is shown or exported.
    public var holds: Bool {
        switch self {
        case .planned, .booked, .attended: true
        case .noShow, .cancelledByClient, .cancelledByService, .sessionCancelled: false
        }
    }

    /// The waiting-list reason code of a referral whose entry ended so (`no-show`,
    /// `appointment-cancelled`, `session-cancelled`); nil while the entry holds.
    public var waitingReason: String? {
        switch self {
        case .planned, .booked, .attended: nil
        case .noShow: "no-show"
        case .cancelledByClient, .cancelledByService: "appointment-cancelled"
        case .sessionCancelled: "session-cancelled"
        }
    }
}
