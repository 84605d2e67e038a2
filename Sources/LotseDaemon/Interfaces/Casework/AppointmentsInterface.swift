import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Appointments`: the life of a booked appointment that people drive. Today one
/// step — cancelling before the day — for the client's caseworker (their own referrals
/// only) and coordinators. What a cancellation does is `AppointmentCancellation`.
public struct AppointmentsInterface: VarlinkInterface {
    /// The interface name.
    public static let name = AppointmentsProtocol.name

    /// Creates the interface.
    public init() {}

    /// The IDL (`AppointmentsProtocol`).
    public let idl = AppointmentsProtocol.idl

    /// The client's caseworker and coordinators; specialists record outcomes instead.
    public var methods: [String: MethodEntry] {
        ["Cancel": .single(roles: [.caseworker, .coordinator], Self.cancel)]
    }

    @Sendable static func cancel(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let given = try request.typed(AppointmentsProtocol.CancelRequest.self)
        defer { MailService.wakeRunning() }
        return try call.write("appointment.cancel") { db throws(CaseworkFailure) in
            let id = given.appointment
            let (entry, referral) = try call.accessibleAppointment(id, in: db, caseworkerToo: true)
            // The session's specialist reaches the appointment too, but cancels nothing here.
            guard call.seesAll || call.isCaseworker(of: referral) else {
                throw CaseworkFailure(.denied(recordKind: "appointment", recordID: String(id)))
            }
            let reason = try ReferralInput.bounded(given.reason, field: "reason", max: 500, oneLine: true)
            let attendance: Attendance
            switch given.by ?? .client {
            case .client: attendance = .cancelledByClient
            case .service where call.seesAll: attendance = .cancelledByService
            case .service:
                throw .invalid("by", en: "only a coordinator cancels for the service; a caseworker cancels for the client",
                               de: "nur die Koordination sagt für den Dienst ab; Integrationsmanager:innen sagen für die Klient:in ab")
            }
            if entry.date < call.today {
                throw .invalid("appointment", en: "appointment \(id) was on \(entry.date.displayText); record what happened instead (lotse assessment attend \(id) no-show)",
                               de: "Termin \(id) war am \(entry.date.displayText); erfassen Sie stattdessen, was geschah (lotse assessment attend \(id) no-show)")
            }
            let outcome = try AppointmentCancellation(call: call, db: db).cancel(entry, referral: referral, as: attendance, reason: reason)
            try call.audit(db, "appointment.cancel", kind: "appointment", id: String(id),
                           detail: "\(attendance.rawValue); referral \(referral.id) waiting again; slot \(entry.slot) free")
            return [
                "appointment": .integer(id), "referral": .integer(referral.id.rawValue),
                "client": referral.client.map { .string($0.description) } ?? .null,
                "date": .string(entry.date.description), "time": .string(entry.time), "slot": .string(entry.slot.description),
                "month": .string(CalendarMonth(containing: entry.date).description),
                "attendance": .string(attendance.rawValue), "referralStatus": .string(outcome.referral.status.rawValue),
                "specialistNotified": .bool(outcome.specialistNotified), "mailsQueued": .integer(Int64(outcome.mailsQueued)),
            ]
        }
    }
}
