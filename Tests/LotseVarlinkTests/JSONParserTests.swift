import Testing
@testable import LotseVarlink

@Suite struct JSONParserTests {
    let parser = JSONParser()

    @Test func parsesEveryKindOfValue() throws {
        let value = try parser.parse(#"{"a":[1,-2.5,true,false,null,"x\u00e4\n"],"b":{"c":1e3}}"#)
        #expect(value == ["a": [1, -2.5, true, false, nil, "xä\n"], "b": ["c": 1000.0]])
    }

    @Test func keepsIntegersExactUpToSixtyFourBits() throws {
        #expect(try parser.parse("9223372036854775807") == .integer(Int64.max))
        #expect(try parser.parse("-9223372036854775808") == .integer(Int64.min))
        // One more does not fit and becomes a float rather than wrapping or crashing.
        #expect(try parser.parse("9223372036854775808") == .double(9.223372036854775808e18))
    }

    @Test func keepsNumbersBeyondDoubleRangeAsTheLargestOfTheirSignAndRejectsOverlongOnes() throws {
        // Valid JSON beyond Double's range must not end a connection: the field's check
        // refuses it by name.
        #expect(try parser.parse("1e400") == .double(Double.greatestFiniteMagnitude))
        #expect(try parser.parse("-1" + String(repeating: "0", count: 400)) == .double(-Double.greatestFiniteMagnitude))
        #expect(throws: JSONParseError.self) { try parser.parse(String(repeating: "9", count: 5000)) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONParseError.self) { try parser.parse(bytes) }
        let stray: [UInt8] = [0x22, 0xFF, 0x22]
        #expect(throws: JSONParseError.self) { try parser.parse(stray) }
    }

    @Test func rejectsLoneSurrogatesButJoinsPairs() throws {
        #expect(throws: JSONParseError.self) { try parser.parse(#""\ud800""#) }
        #expect(throws: JSONParseError.self) { try parser.parse(#""\udc00x""#) }
        #expect(try parser.parse(#""\ud83d\ude00""#) == "😀")
    }

    @Test func boundsNestingDepthWithoutRecursingForever() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try parser.parse(deep) }
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect((try? parser.parse(fine)) != nil)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\":1,}", "tru", "01", "1.", "-", "\"a\u{01}\"", "{} x", "{\"a\":1,\"a\":2}", "'a'", "[1 2]"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParseError.self) { try parser.parse(text) }
    }

    @Test func errorsNameTheByteOffset() {
        do {
            _ = try parser.parse("[1, 2, x]")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 7)
        }
    }

    @Test func serialisationRoundTripsAndEscapesControlCharactersIncludingNUL() throws {
        let value: JSONValue = ["b": "line\nnext\u{0}end \"q\" \\", "a": [1, 2.5, nil, true], "ü": "ß"]
        let text = value.serialized
        #expect(!text.utf8.contains(0))
        #expect(text.hasPrefix(#"{"a":[1,2.5,null,true],"b":"line\nnext\u0000end"#))
        #expect(try parser.parse(text) == value)
    }
}
