import Foundation
import LotseVarlink
import Testing

extension SpecialistWorld {
    /// One screened client of the caseworker with consent to `scope`, booked with the
    /// specialist, and — on the consultation day, where the clock then stands — assessed
    /// with `note`, one recommendation and one step for the caseworker two weeks later.
    func assessedClient(scope: [String] = SpecialistWorld.allScopes, note: String)
        throws -> (referral: Int64, client: String, appointment: Int64, assessment: Int64, step: Int64) {
        try setUpSessions(slots: 1)
        let (referral, client) = try refer(1, scope: scope, screening: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0])[0]
        try publish()
        try moveClock(to: sessionDay)
        let appointment = try #require(try appointments()[client])
        let due = sessionDay.adding(days: 14).displayText
        let recorded = try json(["assessment", "record", String(appointment), "--note", note,
                                 "--recommend", "psychosocial-centre", "--step", "\(due);caseworker;Termin im PSZ vereinbaren"],
                                as: specialist)
        let assessment = try #require(recorded["assessment"]?["id"]?.integerValue)
        let step = try #require(recorded["assessment"]?["steps"]?.arrayValue?.first?["id"]?.integerValue)
        return (referral, client, appointment, assessment, step)
    }
}
