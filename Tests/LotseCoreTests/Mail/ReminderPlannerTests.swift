import Foundation
import LotseCore
import Testing

@Suite struct ReminderPlannerTests {
    static let day = ReminderPlanner.day
    let planner = ReminderPlanner(district: "Landkreis")
    let start = MailTestSupport.berlinTime(2026, 12, 1, 14, 0)

    func caseworker(_ language: MessageLanguage = .de) throws -> MailRecipient {
        MailRecipient(address: try EmailAddress(validating: "im@example.org"), language: language)
    }

    func appointment(cancelled: Bool = false, bookedAt: Date? = nil) throws -> AppointmentSubject {
        AppointmentSubject(id: "A1", start: start, place: "Rathaus", pseudonym: "K-2026-0001",
                           caseworker: try caseworker(.en), cancelled: cancelled, bookedAt: bookedAt)
    }

    @Test func nothingIsDueMoreThanSevenDaysBefore() throws {
        #expect(planner.appointmentReminders(for: [try appointment()], at: start.addingTimeInterval(-8 * Self.day)).isEmpty)
    }

    @Test func theSevenDayReminderIsDueFromSevenDaysBefore() throws {
        let due = planner.appointmentReminders(for: [try appointment()], at: start.addingTimeInterval(-7 * Self.day))
        #expect(due.map(\.key) == ["appointment-reminder/A1/604800"])
        #expect(due.first?.recipient.language == .en)
        #expect(due.first?.dueAt == start.addingTimeInterval(-7 * Self.day))
    }

    @Test func theOneDayReminderSupersedesTheSevenDayOneOnceDue() throws {
        let due = planner.appointmentReminders(for: [try appointment()], at: start.addingTimeInterval(-3600))
        #expect(due.map(\.key) == ["appointment-reminder/A1/86400"])
    }

    @Test func planningTwiceGivesTheSameKeys() throws {
        let now = start.addingTimeInterval(-2 * Self.day)
        #expect(planner.appointmentReminders(for: [try appointment()], at: now) == planner.appointmentReminders(for: [try appointment()], at: now))
    }

    @Test func cancelledOrPastAppointmentsGetNoReminder() throws {
        #expect(planner.appointmentReminders(for: [try appointment(cancelled: true)], at: start.addingTimeInterval(-Self.day)).isEmpty)
        #expect(planner.appointmentReminders(for: [try appointment()], at: start).isEmpty)
    }

    @Test func remindersThatFellDueBeforeTheBookingAreSkipped() throws {
        let booked = start.addingTimeInterval(-3 * Self.day)
        #expect(planner.appointmentReminders(for: [try appointment(bookedAt: booked)], at: booked.addingTimeInterval(60)).isEmpty)
        #expect(planner.appointmentReminders(for: [try appointment(bookedAt: booked)], at: start.addingTimeInterval(-Self.day)).count == 1)
    }

    @Test func offsetsAreConfigurable() throws {
        let custom = ReminderPlanner(district: "L", appointmentOffsets: [2 * Self.day])
        #expect(custom.appointmentReminders(for: [try appointment()], at: start.addingTimeInterval(-3 * Self.day)).isEmpty)
        #expect(custom.appointmentReminders(for: [try appointment()], at: start.addingTimeInterval(-2 * Self.day)).map(\.key) == ["appointment-reminder/A1/172800"])
    }

    @Test func sessionListIsDueTheDayBeforeUnlessCancelled() throws {
        let session = SessionSubject(id: "S1", start: start, place: "Rathaus", specialist: try caseworker(),
                                     appointments: [.init(start: start, pseudonym: "K-1")])
        #expect(planner.sessionLists(for: [session], at: start.addingTimeInterval(-2 * Self.day)).isEmpty)
        #expect(planner.sessionLists(for: [session], at: start.addingTimeInterval(-Self.day)).map(\.kind) == [.sessionList])
        var cancelled = session
        cancelled.cancelled = true
        #expect(planner.sessionLists(for: [cancelled], at: start.addingTimeInterval(-Self.day)).isEmpty)
    }

    @Test func doneStepsAndHeldReviewsAreNotReminded() throws {
        let open = DueItemSubject(id: "F1", pseudonym: "K-1", due: start, owner: try caseworker())
        var done = open
        done.done = true
        #expect(planner.dueItems([open, done], kind: .followUpDue, at: start).map(\.key) == ["followup-due/F1/\(Int(start.timeIntervalSince1970))"])
        #expect(planner.dueItems([open], kind: .helpPlanReviewDue, at: start.addingTimeInterval(-1)).isEmpty)
    }

    @Test func referralsOverTheWaitingLimitMakeOneDigestPerCoordinatorAndDay() throws {
        let submitted = start.addingTimeInterval(-60 * Self.day)
        let referrals = (1...8).map { WaitingReferralSubject(id: "R\($0)", pseudonym: "K-\($0)", submittedAt: submitted) }
        let coordinators = [try caseworker(), MailRecipient(address: try EmailAddress(validating: "ko@example.org"), language: .en)]
        let due = planner.waitingDigest(referrals, coordinators: coordinators, day: "2026-03-03", at: start)
        #expect(due.count == 2, "one mail per coordinator, not one per referral")
        #expect(due.allSatisfy { $0.kind == .waitingDigest && $0.facts.overdue?.count == 8 && $0.facts.weeks == 8 })
        #expect(due.first?.facts.overdue?.first?.weeks == 8)
        #expect(Set(due.map(\.key)).count == 2 && due.allSatisfy { $0.key.contains("/2026-03-03/") })
        #expect(planner.waitingDigest(referrals, coordinators: coordinators, day: "2026-03-03",
                                      at: submitted.addingTimeInterval(55 * Self.day)).isEmpty)
        let scheduled = referrals.map { var r = $0; r.waiting = false; return r }
        #expect(planner.waitingDigest(scheduled, coordinators: coordinators, day: "2026-03-03", at: start).isEmpty)
    }

    @Test func mootRemindersAreRecognised() {
        let later = start.addingTimeInterval(3600)
        #expect(ReminderPlanner.isMoot(kind: .appointmentReminder, subject: .cancelled, eventAt: start, at: start.addingTimeInterval(-Self.day)))
        #expect(ReminderPlanner.isMoot(kind: .appointmentReminder, subject: .active, eventAt: start, at: later))
        #expect(!ReminderPlanner.isMoot(kind: .appointmentReminder, subject: .active, eventAt: start, at: start.addingTimeInterval(-60)))
        #expect(ReminderPlanner.isMoot(kind: .followUpDue, subject: .done, eventAt: nil, at: later))
        #expect(!ReminderPlanner.isMoot(kind: .sessionCancelled, subject: .cancelled, eventAt: start, at: start.addingTimeInterval(-60)))
        #expect(!ReminderPlanner.isMoot(kind: .acuteRiskAlert, subject: .gone, eventAt: start, at: later))
        #expect(!ReminderPlanner.isMoot(kind: .deliveryFailed, subject: .gone, eventAt: nil, at: later))
    }

    @Test func theAcuteRiskAlertGoesFirstAndOnlyDeliveryNoticesNeverLoop() {
        #expect(ReminderKind.allCases.allSatisfy { ReminderKind.acuteRiskAlert.priority >= $0.priority })
        #expect(ReminderKind.allCases.filter { $0.priority == 100 } == [.acuteRiskAlert])
        #expect(ReminderKind.allCases.filter(\.isDeliveryNotice) == [.deliveryFailed, .deliveryDelayed])
    }
}

@Suite struct RetryAndClassificationTests {
    @Test func backOffStartsAtFiveMinutesAndLevelsAtAnHour() {
        let delays = (1...8).map { RetryBackoff.standard.delay(afterAttempts: $0) / 60 }
        #expect(delays == [5, 10, 20, 40, 60, 60, 60, 60])
        #expect(RetryBackoff.standard.delay(afterAttempts: 10_000) == 3600)
    }

    @Test(arguments: [Int32(64), 65, 67, 68, 77, 78])
    func clearlyPermanentExitCodesFailForGood(code: Int32) {
        guard case .permanentFailure = DeliveryResult.classify(.exited(code)) else {
            Issue.record("\(code) should be permanent")
            return
        }
    }

    @Test(arguments: [Int32(1), 66, 69, 70, 71, 73, 74, 75, 76, 127, 255])
    func everyOtherExitCodeIsRetried(code: Int32) {
        guard case .temporaryFailure = DeliveryResult.classify(.exited(code)) else {
            Issue.record("\(code) should be temporary")
            return
        }
    }

    @Test func zeroIsSentAndSignalsTimeoutsAndStartFailuresAreRetried() {
        #expect(DeliveryResult.classify(.exited(0)) == .sent)
        #expect(DeliveryResult.classify(.signalled(9)) == .temporaryFailure("sendmail was killed by signal 9"))
        #expect(DeliveryResult.classify(.timedOut(30)) == .temporaryFailure("sendmail did not finish within 30 seconds and was killed"))
        #expect(DeliveryResult.classify(.couldNotStart("missing")) == .temporaryFailure("missing"))
    }
}
