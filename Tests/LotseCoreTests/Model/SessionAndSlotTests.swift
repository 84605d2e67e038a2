import Testing
@testable import LotseCore

@Suite struct SessionAndSlotTests {
    typealias F = ModelFixtures

    @Test func sessionExpandsIntoConsecutiveSlots() throws {
        let session = try F.session(slots: 3)
        let slots = session.slots(specialistLanguages: [try F.language("de"), try F.language("ru")])
        #expect(slots.map(\.id.description) == ["1-1", "1-2", "1-3"])
        #expect(slots.map(\.start.description) == ["14:00", "15:00", "16:00"])
        #expect(slots[0].languages == Set(try ["de", "ru", "uk"].map(F.language)))
        #expect(slots[0].kinds == [.assessment, .followUp])
    }

    @Test func sessionRefusesBadShapes() throws {
        let day = try F.date("2026-12-01")
        let late = try #require(TimeOfDay(parsing: "22:00"))
        #expect(Session.make(id: SessionID(1), specialist: SpecialistID(1), date: day, start: late, slotCount: 3, slotMinutes: 60,
                             place: "Raum 1", kinds: [.assessment]).failureValue?.description == "start: 3 slots of 60 minutes from 22:00 run past midnight")
        #expect(Session.make(id: SessionID(1), specialist: SpecialistID(1), date: day, start: late, slotCount: 0, slotMinutes: 60,
                             place: "Raum 1", kinds: [.assessment]).failureValue?.field == "slots")
        #expect(Session.make(id: SessionID(1), specialist: SpecialistID(1), date: day, start: late, slotCount: 1, slotMinutes: 60,
                             place: "Raum 1", kinds: []).failureValue?.field == "kinds")
        #expect(Session.make(id: SessionID(1), specialist: SpecialistID(1), date: day, start: late, slotCount: 1, slotMinutes: 60,
                             place: " ", kinds: [.assessment]).failureValue?.description == "place: is empty; give a short text")
    }

    @Test func cancelledSessionOffersNoSlotsAndCannotBeCancelledTwice() throws {
        var session = try F.session()
        #expect(session.cancel().succeeded)
        #expect(session.slots(specialistLanguages: []).isEmpty)
        #expect(session.cancel().failureValue?.description == "a session that is cancelled cannot become cancelled")
    }

    @Test func slotsOverlapOnlyOnTheSameDayAndTime() throws {
        let a = try F.session(id: 1, start: "14:00", slots: 2).slots(specialistLanguages: [])
        let b = try F.session(id: 2, start: "14:30", slots: 1).slots(specialistLanguages: [])
        let c = try F.session(id: 3, date: "2026-12-02", start: "14:00", slots: 1).slots(specialistLanguages: [])
        #expect(a[0].overlaps(b[0]) && a[1].overlaps(b[0]))
        #expect(!a[0].overlaps(a[1]))
        #expect(!a[0].overlaps(c[0]))
    }

    @Test func slotConflictsFollowTheHardConstraintOrder() throws {
        let slot = try #require(try F.session(kinds: [.assessment], interpreters: ["uk"]).slots(specialistLanguages: [try F.language("de")]).first)
        #expect(slot.conflict(with: try F.referral()) == nil)
        let tigrinya = try F.referral(details: try F.details(language: "ti"))
        #expect(slot.conflict(with: tigrinya)?.description == "the slot offers no Tigrinya (no interpreter booked)")
        #expect(slot.conflict(with: try F.referral(details: try F.details(kind: .followUp))) == .kindNotAccepted(.followUp))
        let away = try F.referral(details: try F.details(unavailable: [try F.date("2026-12-01")]))
        #expect(slot.conflict(with: away)?.description == "the client is unavailable on 01.12.2026")
        #expect(slot.conflict(with: try F.referral(details: try F.details(excluded: [SpecialistID(2)]))) == .specialistExcluded(SpecialistID(2)))
        #expect(slot.conflict(with: try F.referral(referredOn: "2026-12-05")) == .beforeReferral(try F.date("2026-12-05")))
        #expect(slot.conflict(with: try F.referral(notBefore: "2027-01-01")) == .notYetDue(try F.date("2027-01-01")))
        var scheduled = try F.referral()
        _ = scheduled.schedule()
        #expect(slot.conflict(with: scheduled) == .notPlannable(.scheduled))
    }

    @Test func specialistNeedsNameAndLanguage() throws {
        let email = try EmailAddress.validate("m.yilmaz@kreis.example").get()
        #expect(Specialist.make(id: SpecialistID(1), name: "Dr. M. Yilmaz", qualification: "Psychiatrie", languages: [],
                                email: email, user: try F.user("myilmaz")).failureValue?.field == "languages")
        let s = try Specialist.make(id: SpecialistID(1), name: " Dr. M. Yilmaz ", qualification: "Psychiatrie",
                                    languages: [try F.language("tr"), try F.language("de"), try F.language("tr")],
                                    email: email, user: try F.user("myilmaz")).get()
        #expect(s.name == "Dr. M. Yilmaz" && s.languages.map(\.code) == ["de", "tr"])
    }
}
