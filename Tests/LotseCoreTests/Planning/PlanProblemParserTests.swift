import Foundation
import Testing
@testable import LotseCore

@Suite("lotse-plan/1 parsing and validation")
struct PlanProblemParserTests {
    private func errors(_ text: String) -> [String] {
        do {
            _ = try PlanProblemParser.parse(text)
            return []
        } catch {
            return error.messages
        }
    }

    private func germanErrors(_ text: String) -> [String] {
        do {
            _ = try PlanProblemParser.parse(text)
            return []
        } catch {
            #expect(error.german.count == error.messages.count)
            return error.german
        }
    }

    private static let minimal = """
        {"format": "lotse-plan/1", "month": "2026-12",
         "slots": [{"id": "S1", "specialist": "sp", "start": "2026-12-01T09:00", "minutes": 60,
                    "languages": ["de"], "kinds": ["assessment"]}],
         "referrals": [{"id": "R1", "caseworker": "cw", "municipality": "m", "kind": "assessment",
                        "language": "de", "urgency": "high", "referredOn": "2026-11-01"}]}
        """

    @Test func everyPublicSampleParses() throws {
        for sample in PlanFixtures.optima {
            let p = try PlanFixtures.problem(sample.file)
            #expect(!p.slots.isEmpty && !p.referrals.isEmpty)
        }
    }

    @Test func tinySampleKeepsItsFields() throws {
        let p = try PlanFixtures.problem("tiny-5x3.json")
        #expect(p.slots.count == 3 && p.referrals.count == 5)
        #expect(p.quotas.count == 1 && p.quotas[0].municipality == "esslingen" && p.quotas[0].limit == 1)
        #expect(p.referrals[0].preferredSpecialist == nil)
        #expect(p.referrals[2].preferredSpecialist == "sp-1")
        #expect(p.referrals[2].unavailableDates == [PlanBuild.date("2026-12-02")])
        #expect(p.referrals[3].client == nil && p.referrals[3].excludedSpecialists == ["sp-2"])
        #expect(p.weights == PlanWeights())
    }

    @Test func invalidSamplesNameTheOffendingItem() throws {
        let expected = [("unknown-field.json", "referrals[2].priority: unknown field"),
                        ("duplicate-id.json", "slots[2].id: duplicate id \"S2\" (also slots[1])"),
                        ("bad-month.json", "month: \"2026-13\" is not a month YYYY-MM")]
        for (file, message) in expected {
            #expect(throws: PlanFormatError.self) { try PlanFixtures.problem("invalid/" + file) }
            do {
                _ = try PlanFixtures.problem("invalid/" + file)
            } catch let error as PlanFormatError {
                #expect(error.messages.contains(message), "\(file): \(error.messages)")
            }
        }
    }

    @Test func minimalProblemIsAccepted() {
        #expect(errors(Self.minimal).isEmpty)
    }

    @Test func missingRequiredFieldIsNamed() {
        let text = Self.minimal.replacingOccurrences(of: "\"language\": \"de\", ", with: "")
        #expect(errors(text) == ["referrals[0].language: missing"])
    }

    @Test func badStartIsNamed() {
        let text = Self.minimal.replacingOccurrences(of: "2026-12-01T09:00", with: "2026-13-01T10:00")
        #expect(errors(text) == ["slots[0].start: \"2026-13-01T10:00\" is not YYYY-MM-DDTHH:MM"])
    }

    @Test func slotOutsideTheMonthIsRejected() {
        let text = Self.minimal.replacingOccurrences(of: "2026-12-01T09:00", with: "2027-01-04T09:00")
        #expect(errors(text) == ["slots[0].start: 2027-01-04T09:00 is not in month 2026-12"])
    }

    @Test func duplicateReferralIdIsNamed() {
        let text = Self.minimal.replacingOccurrences(
            of: "\"referredOn\": \"2026-11-01\"}]",
            with: "\"referredOn\": \"2026-11-01\"}, {\"id\": \"R1\", \"caseworker\": \"cw\", \"municipality\": \"m\", \"kind\": \"assessment\", \"language\": \"de\", \"urgency\": \"high\", \"referredOn\": \"2026-11-01\"}]")
        #expect(errors(text) == ["referrals[1].id: duplicate id \"R1\" (also referrals[0])"])
    }

    @Test func wrongTypesAreRejected() {
        let fraction = Self.minimal.replacingOccurrences(of: "\"minutes\": 60", with: "\"minutes\": 60.0")
        #expect(errors(fraction) == ["slots[0].minutes: 60.0 is not a positive integer"])
        let boolean = Self.minimal.replacingOccurrences(of: "\"minutes\": 60", with: "\"minutes\": true")
        #expect(errors(boolean) == ["slots[0].minutes: true is not a positive integer"])
        let urgency = Self.minimal.replacingOccurrences(of: "\"urgency\": \"high\"", with: "\"urgency\": \"acute\"")
        #expect(errors(urgency) == ["referrals[0].urgency: \"acute\" is not one of high, elevated, routine"])
    }

    @Test func referralAfterTheMonthIsRejected() {
        let text = Self.minimal.replacingOccurrences(of: "2026-11-01", with: "2027-01-01")
        #expect(errors(text) == ["referrals[0].referredOn: 2027-01-01 is after the month's last day 2026-12-31"])
    }

    @Test func weightsMustKeepEveryPairPositive() {
        let text = Self.minimal.replacingOccurrences(
            of: "\"month\": \"2026-12\",", with: "\"month\": \"2026-12\", \"weights\": {\"latenessPerWeek\": {\"routine\": 3}},")
        #expect(errors(text).count == 1)
        #expect(errors(text).first?.hasPrefix("weights: urgency.routine (10) must exceed 4 x latenessPerWeek.routine (3)") == true)
    }

    @Test func nullOptionalFieldsMeanAbsent() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "\"referredOn\": \"2026-11-01\"}",
            with: "\"referredOn\": \"2026-11-01\", \"client\": null, \"preferredSpecialist\": null, \"unavailableDates\": null, \"excludedSpecialists\": null}")
        let p = try PlanProblemParser.parse(text)
        #expect(p.referrals[0].client == nil && p.referrals[0].unavailableDates.isEmpty)
    }

    @Test func notJSONIsReported() {
        #expect(errors("{\"format\": ").first?.hasPrefix("problem: not valid JSON") == true)
        #expect(errors("[]") == ["problem: not a JSON object"])
    }

    @Test func notJSONNamesLineColumnAndByteInBothLanguages() {
        let text = "{\"format\": \"lotse-plan/1\",\n \"month\": 2026-12}"
        #expect(errors(text) == ["problem: not valid JSON: expected ',' or '}' at line 2, column 15 (byte 41)"])
        #expect(germanErrors(text) == ["Problem: kein gültiges JSON: „,“ oder „}“ erwartet in Zeile 2, Spalte 15 (Byte 41)"])
    }

    @Test func everyMessageExistsInGermanToo() {
        let text = Self.minimal
            .replacingOccurrences(of: "\"language\": \"de\", ", with: "\"priority\": 1, ")
            .replacingOccurrences(of: "\"minutes\": 60", with: "\"minutes\": 60.0")
            .replacingOccurrences(of: "\"2026-11-01\"", with: "\"01.11.2026\"")
        #expect(errors(text) == ["slots[0].minutes: 60.0 is not a positive integer", "referrals[0].priority: unknown field",
                                 "referrals[0].language: missing", "referrals[0].referredOn: \"01.11.2026\" is not YYYY-MM-DD"])
        #expect(germanErrors(text) == ["slots[0].minutes: 60.0 ist keine ganze Zahl über 0", "referrals[0].priority: unbekanntes Feld",
                                       "referrals[0].language: fehlt", "referrals[0].referredOn: \"01.11.2026\" ist kein Datum der Form JJJJ-MM-TT"])
        #expect(germanErrors("{}") == ["format: fehlt", "month: fehlt", "slots: fehlt", "referrals: fehlt"])
    }

    @Test func aRepeatedFieldIsRefusedNotSilentlyOverwritten() {
        // Which of two "language"s counts is undefined in JSON: the file must mean one thing.
        let text = Self.minimal.replacingOccurrences(of: "\"language\": \"de\", \"urgency\"",
                                                     with: "\"language\": \"de\", \"language\": \"uk\", \"urgency\"")
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("problem: not valid JSON: duplicate key \"language\" at line 5, column") == true, "\(found)")
    }
}
