@testable import LotseDaemon
import Testing

/// A reminder's stored subject and body are written and read by Lotse's one JSON, and a
/// payload stored before (by Foundation's encoder, which escapes `/` as `\/`) still reads.
@Suite struct OutboxPayloadTests {
    @Test func aPayloadReadsBackAsItWasWritten() {
        let payload = OutboxPayload(subject: "Termin am 04.12.2026", body: "Guten Tag,\n„Sprechstunde“ 1/2\tüber \"Dolmetschung\"\u{7F}",
                                    eventAt: 1_796_371_200)
        #expect(OutboxPayload(json: payload.json()) == payload)
        let unknown = OutboxPayload(subject: "s", body: "b", eventAt: nil)
        #expect(unknown.json() == #"{"body":"b","subject":"s"}"#)
        #expect(OutboxPayload(json: unknown.json()) == unknown)
    }

    @Test func aPayloadStoredByTheFormerEncoderStillReads() {
        let stored = #"{"body":"Mehr unter https:\/\/example.org\/termin\nGru\u00df","eventAt":1796371200,"subject":"Erinnerung"}"#
        #expect(OutboxPayload(json: stored) == OutboxPayload(subject: "Erinnerung", body: "Mehr unter https://example.org/termin\nGruß",
                                                             eventAt: 1_796_371_200))
    }

    @Test(arguments: ["", "[]", #"{"subject":"s"}"#, #"{"subject":"s","body":1}"#, #"{"subject":"s","body":"b","eventAt":"1"}"#,
                      #"{"subject":"s","body":"b","eventAt":1.5}"#])
    func somethingElseIsNotAPayload(_ text: String) {
        #expect(OutboxPayload(json: text) == nil)
    }
}
