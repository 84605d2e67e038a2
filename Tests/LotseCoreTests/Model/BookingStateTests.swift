import LotseCore
import Testing

/// Where an entry's booking stands: a cancelled session outranks what was recorded, but a
/// client's own cancellation came first and stays what happened.
@Suite struct BookingStateTests {
    @Test func aClientsCancellationStaysWhenTheSessionIsCancelledLater() {
        #expect(BookingState(appointment: true, attendance: .cancelledByClient, sessionCancelled: true) == .cancelledByClient)
        #expect(BookingState(appointment: true, attendance: .cancelledByService, sessionCancelled: true) == .sessionCancelled)
        #expect(BookingState(appointment: true, attendance: nil, sessionCancelled: true) == .sessionCancelled)
        #expect(BookingState(appointment: true, attendance: .noShow, sessionCancelled: true) == .sessionCancelled)
        #expect(BookingState(appointment: false, attendance: nil, sessionCancelled: true) == .sessionCancelled)
        #expect(BookingState(appointment: true, attendance: .cancelledByClient, sessionCancelled: false) == .cancelledByClient)
        #expect(BookingState(appointment: true, attendance: nil, sessionCancelled: false) == .booked)
        #expect(BookingState(appointment: false, attendance: nil, sessionCancelled: false) == .planned)
    }
}
