import Testing
@testable import LotseCore

@Suite struct ReferralTests {
    typealias F = ModelFixtures

    @Test func newReferralWaits() throws {
        let r = try F.referral()
        #expect(r.status == .waiting && r.isOpen && r.noShowCount == 0 && !r.atHeadOfUrgency)
    }

    @Test func detailsRefuseBadInputNamingTheField() throws {
        let today = try F.date("2026-11-02")
        let uk = try F.language("uk")
        let longNote = String(repeating: "ä", count: 501)
        #expect(ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false, note: longNote, today: today)
            .failureValue?.description == "note: has 501 characters; at most 500 are allowed")
        #expect(ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false,
                                     unavailableDates: [try F.date("2026-11-01")], note: "", today: today)
            .failureValue?.description == "unavailable dates: 01.11.2026 is in the past")
        #expect(ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false,
                                     preferredSpecialist: SpecialistID(3), excludedSpecialists: [SpecialistID(3)], note: "", today: today)
            .failureValue?.field == "preferred specialist")
        #expect(ReferralDetails.make(kind: .assessment, urgency: .high, urgencyReason: " ", language: uk, interpreterNeeded: false,
                                     note: "", today: today).failureValue?.description == "urgency reason: is empty; give a short text")
        #expect(ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false, note: "a\u{07}b", today: today)
            .failureValue?.description == "note: contains control characters (or invisible direction marks such as U+202E)")
        // Direction marks are refused like control characters, each naming its field;
        // right-to-left script itself is welcome.
        for mark in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}"] {
            #expect(ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false,
                                         note: "kein Risiko\(mark)gnurednä", today: today).failureValue?.field == "note")
            #expect(ReferralDetails.make(kind: .assessment, urgency: .high, urgencyReason: "a\(mark)b", language: uk,
                                         interpreterNeeded: false, note: "", today: today).failureValue?.field == "urgency reason")
        }
        #expect(ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false,
                                     note: "مرحبا — سلام", today: today).failureValue == nil)
        let ok = try ReferralDetails.make(kind: .assessment, urgency: .high, language: uk, interpreterNeeded: false,
                                          unavailableDates: [try F.date("2026-12-09"), try F.date("2026-12-02"), try F.date("2026-12-09")],
                                          note: "  two lines\nof note ", today: today).get()
        #expect(ok.unavailableDates.map(\.description) == ["2026-12-02", "2026-12-09"])
        #expect(ok.note == "two lines\nof note")
    }

    @Test func assessmentNeedsAClientButConsultationDoesNot() throws {
        let common = (caseworker: try F.user("anna"), municipality: try F.municipality(), on: try F.date("2026-11-02"))
        let assessment = Referral.submit(id: ReferralID(1), client: nil, caseworker: common.caseworker, municipality: common.municipality,
                                         details: try F.details(kind: .assessment), screening: nil, consentBasis: .override(reason: "x"),
                                         referredOn: common.on)
        #expect(assessment.failureValue?.description == "client: a referral of kind assessment needs a client pseudonym")
        let consultation = Referral.submit(id: ReferralID(2), client: nil, caseworker: common.caseworker, municipality: common.municipality,
                                           details: try F.details(kind: .consultation), screening: nil, consentBasis: .override(reason: "x"),
                                           referredOn: common.on)
        #expect((try? consultation.get())?.status == .waiting)
    }

    @Test func fullPathToClosed() throws {
        var r = try F.referral()
        #expect(r.schedule().succeeded)
        #expect(r.record(.attended, policy: .headOfUrgency).succeeded)
        #expect(r.status == .attended)
        #expect(r.close().succeeded)
        #expect(r.status == .closed && !r.isOpen)
        #expect(r.withdraw(reason: "moved away").failureValue?.description == "referral: a referral that is closed cannot become withdrawn")
    }

    @Test func updateOnlyWhileWaiting() throws {
        var r = try F.referral()
        let newDetails = try F.details(urgency: .high)
        #expect(r.update(newDetails).succeeded)
        #expect(r.details.urgency == .high)
        _ = r.schedule()
        #expect(r.update(try F.details()).failureValue?.description == "referral: referral 1 is scheduled; only a waiting referral can be changed")
        #expect(r.details.urgency == .high)
    }

    @Test func withdrawNeedsAReasonAndIsFinal() throws {
        var r = try F.referral()
        #expect(r.withdraw(reason: "").failureValue?.description == "reason: is empty; give a short text")
        #expect(r.status == .waiting)
        #expect(r.withdraw(reason: "client moved to another district").succeeded)
        #expect(r.status == .withdrawn && r.withdrawalReason == "client moved to another district")
        #expect(r.schedule().failureValue != nil)
        #expect(r.status == .withdrawn)
    }

    @Test func cancelledAppointmentReturnsToTheHeadOfItsUrgency() throws {
        for attendance in [Attendance.cancelledByService, .cancelledByClient] {
            var r = try F.referral()
            _ = r.schedule()
            #expect(r.record(attendance, policy: .headOfUrgency).succeeded)
            #expect(r.status == .waiting && r.atHeadOfUrgency)
            _ = r.schedule()
            #expect(!r.atHeadOfUrgency)
        }
        var r = try F.referral()
        _ = r.schedule()
        #expect(r.returnToWaitingList().succeeded)
        #expect(r.status == .waiting && r.atHeadOfUrgency)
    }

    @Test func noShowUnderHeadOfUrgencyAlwaysRequeues() throws {
        var r = try F.referral()
        for count in 1...3 {
            _ = r.schedule()
            #expect(r.record(.noShow, policy: .headOfUrgency).succeeded)
            #expect(r.status == .waiting && r.atHeadOfUrgency && r.noShowCount == count)
        }
    }

    @Test func secondNoShowUnderRetriagePolicyNeedsRetriage() throws {
        var r = try F.referral()
        _ = r.schedule()
        _ = r.record(.noShow, policy: .retriageAfterTwo)
        #expect(r.status == .waiting)
        _ = r.schedule()
        _ = r.record(.noShow, policy: .retriageAfterTwo)
        #expect(r.status == .needsRetriage && !r.atHeadOfUrgency)
        #expect(r.schedule().failureValue != nil)
        let result = ScreeningResult(instrument: "yesno10", score: 9, band: "high", positive: true, positiveByItemRule: false, urgency: .high)
        #expect(r.retriage(with: result).succeeded)
        #expect(r.status == .waiting && r.details.urgency == .high && r.noShowCount == 0 && r.screening == result)
    }

    @Test func attendanceOnAWaitingReferralIsRefusedAndChangesNothing() throws {
        var r = try F.referral()
        let before = r
        #expect(r.record(.noShow, policy: .headOfUrgency).failureValue == TransitionError(subject: "referral", from: "waiting", to: "no-show"))
        #expect(r.record(.attended, policy: .headOfUrgency).failureValue != nil)
        #expect(r == before)
    }

    @Test func waitingTimeAndLimit() throws {
        let r = try F.referral(referredOn: "2026-10-01")
        #expect(r.waitingWeeks(on: try F.date("2026-12-01")) == 8)
        #expect(!r.isOverWaitingLimit(on: try F.date("2026-11-26"), limitWeeks: 8))
        #expect(r.isOverWaitingLimit(on: try F.date("2026-11-27"), limitWeeks: 8))
        #expect(r.waitingWeeks(on: try F.date("2026-09-01")) == 0)
    }

    @Test func presentAgainReferralWaitsUntilItsDate() throws {
        let r = try F.referral(referredOn: "2026-12-01", notBefore: "2027-03-01")
        #expect(!r.isPlannable(monthEndingOn: try F.date("2027-02-28")))
        #expect(r.isPlannable(monthEndingOn: try F.date("2027-03-31")))
    }

    @Test func waitingListOrderIsUrgencyHeadThenWaitingTime() throws {
        let high = try F.referral(id: 1, details: try F.details(urgency: .high), referredOn: "2026-11-02")
        let oldRoutine = try F.referral(id: 2, details: try F.details(urgency: .routine), referredOn: "2026-10-01")
        let newRoutine = try F.referral(id: 3, details: try F.details(urgency: .routine), referredOn: "2026-11-01")
        var returnedRoutine = try F.referral(id: 4, details: try F.details(urgency: .routine), referredOn: "2026-11-02")
        _ = returnedRoutine.schedule()
        _ = returnedRoutine.returnToWaitingList()
        let sorted = [newRoutine, returnedRoutine, oldRoutine, high].sorted(by: Referral.waitingListOrder)
        #expect(sorted.map(\.id.rawValue) == [1, 4, 2, 3])
    }
}

@Suite struct ReferralUrgencySourceTests {
    typealias F = ModelFixtures

    private func submit(details: ReferralDetails, screening: ScreeningResult?) throws -> Result<Referral, ModelError> {
        Referral.submit(id: ReferralID(1), client: try F.client(), caseworker: try F.user("anna"), municipality: try F.municipality(),
                        details: details, screening: screening, consentBasis: .override(reason: "x"), referredOn: try F.date("2026-11-02"))
    }

    private func plain(_ urgency: Urgency) throws -> ReferralDetails {
        try ReferralDetails.make(kind: .assessment, urgency: urgency, language: try F.language("ar"), interpreterNeeded: false,
                                 note: "", today: try F.date("2026-11-02")).get()
    }

    private let elevated = ScreeningResult(instrument: "screen15", score: 14, band: "positive", positive: true, positiveByItemRule: false, urgency: .elevated)

    @Test func urgencyComesFromTheScreeningOrAReason() throws {
        #expect(try submit(details: try plain(.high), screening: nil).failureValue?.description
            == "urgency: give a screening result or a reason for the urgency")
        #expect(try submit(details: try plain(.high), screening: elevated).failureValue?.description
            == "urgency: high differs from the screening's elevated; give a reason to override it")
        #expect(try submit(details: try plain(.elevated), screening: elevated).failureValue == nil)
        #expect(try submit(details: try F.details(urgency: .high), screening: elevated).failureValue == nil)
    }

    @Test func presentAgainCreatesAWaitingFollowUpDatedFromTheAppointment() throws {
        var original = try F.referral(details: try F.details(excluded: [SpecialistID(4)], unavailable: [try F.date("2026-11-20")]))
        _ = original.schedule()
        _ = original.record(.attended, policy: .headOfUrgency)
        let again = try Recommendation.make(code: "present-again", months: 3, catalogue: .standard).get()
        let assessment = try Assessment.record(id: AssessmentID(3), referral: original, slot: SlotID(session: SessionID(1), index: 1),
                                               specialist: SpecialistID(2), appointmentDate: try F.date("2026-12-01"), note: "stable",
                                               recommendations: [again], steps: []).get()
        let next = try Referral.presentAgain(id: ReferralID(8), original: original, assessment: assessment, referredOn: try F.date("2026-12-01")).get()
        #expect(next.details.kind == .followUp && next.status == .waiting)
        #expect(next.notBefore?.description == "2027-03-01")
        #expect(next.details.preferredSpecialist == SpecialistID(2))
        #expect(next.details.excludedSpecialists == [SpecialistID(4)])
        #expect(next.details.unavailableDates.isEmpty)
        // Stored as a code, worded when shown (in the reader's language).
        #expect(next.details.urgencyReason == "present-again:2027-03-01:3")
        #expect(UrgencyReasonText.words(next.details.urgencyReason ?? "", in: .de) == "erneute Vorstellung ab 01.03.2027 (Einschätzung 3)")
        #expect(UrgencyReasonText.words(next.details.urgencyReason ?? "", in: .en) == "present again from 01.03.2027 (assessment 3)")
        #expect(!next.isPlannable(monthEndingOn: try F.date("2027-02-28")))
        let none = try Assessment.record(id: AssessmentID(4), referral: original, slot: SlotID(session: SessionID(1), index: 1),
                                         specialist: SpecialistID(2), appointmentDate: try F.date("2026-12-01"), note: "ok",
                                         recommendations: [try Recommendation.make(code: "no-further-action", months: nil, catalogue: .standard).get()],
                                         steps: []).get()
        #expect(Referral.presentAgain(id: ReferralID(9), original: original, assessment: none, referredOn: try F.date("2026-12-01")).failureValue?.field == "recommendation")
    }
}
