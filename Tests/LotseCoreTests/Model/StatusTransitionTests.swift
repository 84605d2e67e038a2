import Testing
@testable import LotseCore

/// Every status table is stated here a second time, independently of the model, and
/// every pair of statuses is tried: each allowed step succeeds, every other step returns
/// a `TransitionError` naming both ends.
@Suite struct StatusTransitionTests {
    private func checkTable<S: StatusMachine>(_ type: S.Type, allowed: [(S, S)]) {
        let allowedSet = Set(allowed.map { "\($0.0.rawValue)>\($0.1.rawValue)" })
        #expect(allowedSet.count == allowed.count, "the expected table lists a step twice")
        for from in S.allCases {
            for to in S.allCases {
                let key = "\(from.rawValue)>\(to.rawValue)"
                switch from.transition(to: to) {
                case .success(let next):
                    #expect(allowedSet.contains(key), "\(S.subject): \(key) succeeded but is not allowed")
                    #expect(next == to)
                case .failure(let error):
                    #expect(!allowedSet.contains(key), "\(S.subject): \(key) refused but is allowed")
                    #expect(error == TransitionError(subject: S.subject, from: from.rawValue, to: to.rawValue))
                }
            }
        }
    }

    @Test func referralStatusTable() {
        checkTable(ReferralStatus.self, allowed: [
            (.waiting, .scheduled), (.waiting, .withdrawn),
            (.scheduled, .waiting), (.scheduled, .attended), (.scheduled, .noShow), (.scheduled, .withdrawn),
            (.attended, .closed),
            (.noShow, .waiting), (.noShow, .needsRetriage), (.noShow, .withdrawn),
            (.needsRetriage, .waiting), (.needsRetriage, .withdrawn),
        ])
        #expect(ReferralStatus.closed.isFinal && ReferralStatus.withdrawn.isFinal)
        #expect(ReferralStatus.allCases.filter(\.isOpen) == [.waiting, .scheduled, .attended, .noShow, .needsRetriage])
    }

    @Test func sampleForbiddenReferralStepsReadWell() {
        #expect(ReferralStatus.withdrawn.transition(to: .scheduled).failureValue?.description == "a referral that is withdrawn cannot become scheduled")
        #expect(ReferralStatus.waiting.transition(to: .attended).failureValue?.description == "a referral that is waiting cannot become attended")
        #expect(ReferralStatus.closed.transition(to: .waiting).failureValue != nil)
        #expect(ReferralStatus.attended.transition(to: .noShow).failureValue != nil)
    }

    @Test func aRefusedStepNamesBothStatusesInWordsNotCodes() {
        #expect(GoalStatus.reached.transition(to: .dropped).failureValue?.germanDescription
                == "ein Ziel im Status „erreicht“ kann nicht zu „entfallen“ wechseln")
        #expect(RosterStatus.draft.transition(to: .published).failureValue?.germanDescription
                == "ein Terminplan im Status „Entwurf“ kann nicht zu „veröffentlicht“ wechseln")
        #expect(ReferralStatus.noShow.transition(to: .attended).failureValue?.germanDescription
                == "eine Anmeldung im Status „nicht erschienen“ kann nicht zu „wahrgenommen“ wechseln")
    }

    @Test func clientStatusTable() {
        checkTable(ClientStatus.self, allowed: [(.active, .closed), (.closed, .active)])
    }

    @Test func sessionStatusTable() {
        checkTable(SessionStatus.self, allowed: [(.scheduled, .cancelled)])
    }

    @Test func rosterStatusTable() {
        checkTable(RosterStatus.self, allowed: [
            (.draft, .approved), (.approved, .draft), (.approved, .published), (.published, .superseded),
        ])
    }

    @Test func followUpStepStatusTable() {
        checkTable(FollowUpStepStatus.self, allowed: [
            (.open, .done), (.open, .dropped), (.done, .open), (.dropped, .open),
        ])
    }

    @Test func goalStatusTable() {
        checkTable(GoalStatus.self, allowed: [
            (.open, .inProgress), (.open, .reached), (.open, .dropped),
            (.inProgress, .open), (.inProgress, .reached), (.inProgress, .dropped),
            (.reached, .inProgress), (.dropped, .open),
        ])
    }
}
