import Testing
@testable import LotseJSON

/// The rules of Lotse's one JSON parser, which the varlink wire and the planner's problem
/// files share: whatever one accepts the other accepts, whatever one refuses the other refuses.
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

    @Test(arguments: [("0", Int64(0)), ("-0", 0), ("999999999999999999", 999_999_999_999_999_999),
                      ("-999999999999999999", -999_999_999_999_999_999), ("1234567890123456789", 1_234_567_890_123_456_789),
                      ("60", 60), ("-17", -17)])
    func readsIntegersExactly(_ text: String, _ value: Int64) throws {
        #expect(try parser.parse(text) == .integer(value))
    }

    @Test func keepsFractionsAndExponentsApartFromIntegers() throws {
        // A format that wants an integer (minutes) can refuse 60.0 and 6e1.
        #expect(try parser.parse("60.0") == .double(60))
        #expect(try parser.parse("6e1") == .double(60))
        #expect(try parser.parse("1E+2") == .double(100))
        #expect(try parser.parse("true") == .bool(true))
    }

    @Test func keepsNumbersBeyondDoubleRangeAsTheLargestOfTheirSignAndRejectsOverlongOnes() throws {
        // Valid JSON beyond Double's range must not end a connection: the field's check
        // refuses it by name.
        #expect(try parser.parse("1e400") == .double(Double.greatestFiniteMagnitude))
        #expect(try parser.parse("-1" + String(repeating: "0", count: 400)) == .double(-Double.greatestFiniteMagnitude))
        #expect(throws: JSONParseError.self) { try parser.parse(String(repeating: "9", count: 5000)) }
    }

    @Test func acceptsNumbersUpToTheLengthLimitAndRefusesLongerOnesAtTheirStart() throws {
        let longest = "0." + String(repeating: "1", count: JSONParser.maxNumberLength - 2)
        #expect(try parser.parse(longest).doubleValue != nil)
        do {
            _ = try parser.parse("[" + longest + "1]")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 1)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONParseError.self) { try parser.parse(bytes) }
        let stray: [UInt8] = [0x22, 0xFF, 0x22]
        #expect(throws: JSONParseError.self) { try parser.parse(stray) }
    }

    @Test func refusesInvalidUTF8InKeysAndAfterEscapes() {
        // An encoded surrogate, a truncated sequence after an escape, an overlong '/'.
        let key: [UInt8] = Array(#"{""#.utf8) + [0xED, 0xA0, 0x80] + Array(#"":1}"#.utf8)
        #expect(throws: JSONParseError.self) { try parser.parse(key) }
        let afterEscape: [UInt8] = Array(#""\n"#.utf8) + [0xC3] + Array(#"""#.utf8)
        #expect(throws: JSONParseError.self) { try parser.parse(afterEscape) }
        let overlong: [UInt8] = [0x22, 0xC0, 0xAF, 0x22]
        #expect(throws: JSONParseError.self) { try parser.parse(overlong) }
    }

    @Test func readsStringsWithAndWithoutEscapesAlike() throws {
        #expect(try parser.parse(#""Überweisung""#) == "Überweisung")
        #expect(try parser.parse(#""Über\nweisung \u00fc\/""#) == "Über\nweisung ü/")
        #expect(try parser.parse(#""plain ascii""#) == "plain ascii")
        #expect(try parser.parse(#""""#) == "")
    }

    @Test func rejectsLoneSurrogatesButJoinsPairs() throws {
        #expect(throws: JSONParseError.self) { try parser.parse(#""\ud800""#) }
        #expect(throws: JSONParseError.self) { try parser.parse(#""\udc00x""#) }
        #expect(try parser.parse(#""\ud83d\ude00""#) == "😀")
    }

    @Test func refusesRawControlCharactersInKeysAndValues() {
        #expect(throws: JSONParseError.self) { try parser.parse("{\"a\u{09}\":1}") }
        #expect(throws: JSONParseError.self) { try parser.parse("\"a\u{0A}\"") }
        #expect(throws: JSONParseError.self) { try parser.parse("\"a\u{00}\"") }
        #expect(throws: JSONParseError.self) { try parser.parse("\"a\\n\u{1F}\"") }
    }

    @Test func acceptsRawDeleteAsRFC8259AllowsButEscapesItOnOutput() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0x7F, 0x62, 0x22]
        let value = try parser.parse(bytes)
        #expect(value == .string("a\u{7F}b"))
        #expect(value.serialized == #""a\u007fb""#)
        #expect(JSONWriter.quote("a\u{7F}b") == #""a\u007fb""#)
    }

    @Test func refusesDuplicateKeysNamingTheSecond() {
        do {
            _ = try parser.parse(#"{"id":"R1","kind":"assessment","id":"R2"}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 31)
            #expect(error.reason == #"duplicate key "id""#)
        }
        // The same key in different objects is fine.
        #expect((try? parser.parse(#"[{"id":1},{"id":2}]"#)) != nil)
    }

    @Test func boundsNestingDepthWithoutRecursingForever() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try parser.parse(deep) }
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect((try? parser.parse(fine)) != nil)
    }

    @Test func acceptsSixtyFourLevelsOfObjectsAndArraysAndRefusesTheSixtyFifth() {
        let objects = { (levels: Int) in String(repeating: #"{"a":"#, count: levels) + "1" + String(repeating: "}", count: levels) }
        #expect((try? parser.parse(objects(JSONParser.maxDepth))) != nil)
        #expect(throws: JSONParseError.self) { try parser.parse(objects(JSONParser.maxDepth + 1)) }
        let mixed = String(repeating: #"[{"a":"#, count: 32) + "1" + String(repeating: "}]", count: 32)
        #expect((try? parser.parse(mixed)) != nil)
        #expect(throws: JSONParseError.self) { try parser.parse("[" + mixed + "]") }
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\":1,}", "tru", "01", "1.", "-", "\"a\u{01}\"", "{} x", "{\"a\":1,\"a\":2}", "'a'", "[1 2]",
                      "NaN", "[1,2", "{\"a\" 1}", "\"\\x\"", "\"\\u12\"", "// c\n1", "\u{FEFF}1", "+1", ".5", "1e"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParseError.self) { try parser.parse(text) }
    }

    @Test func errorsNameTheByteOffset() {
        do {
            _ = try parser.parse("[1, 2, x]")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 7)
            #expect(error.line == 1 && error.column == 8)
        }
    }

    @Test func errorsNameLineAndColumnCountingCharactersNotBytes() {
        do {
            _ = try parser.parse("{\n  \"Straße\": [1,\n    \"Größe\" x]}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 13)
            #expect(error.offset == 33)
            #expect(error.description == "expected ',' or ']' at line 3, column 13 (byte 33)")
        }
    }

    @Test func errorsAtTheEndNameTheEnd() {
        do {
            _ = try parser.parse("{\"format\": ")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 11 && error.line == 1 && error.column == 12)
            #expect(error.reason == "unexpected end of input")
        }
    }

    @Test func serialisationRoundTripsAndEscapesControlCharactersIncludingNUL() throws {
        let value: JSONValue = ["b": "line\nnext\u{0}end \"q\" \\", "a": [1, 2.5, nil, true], "ü": "ß"]
        let text = value.serialized
        #expect(!text.utf8.contains(0))
        #expect(text.hasPrefix(#"{"a":[1,2.5,null,true],"b":"line\nnext\u0000end"#))
        #expect(try parser.parse(text) == value)
    }

    @Test func serialisationSortsKeysSoEqualValuesGiveEqualBytes() {
        let value: JSONValue = ["z": 1, "a": ["y": true, "b": nil], "m": "x"]
        #expect(value.serialized == #"{"a":{"b":null,"y":true},"m":"x","z":1}"#)
    }

    @Test func writerKeepsTheWrittenOrderAndEscapesLikeTheSerialiser() {
        var writer = JSONWriter()
        writer.raw("{\"z\": ")
        writer.integer(1)
        writer.raw(", \"a\": ")
        writer.string("a\"b\\c\nd\u{1}ü")
        writer.raw("}")
        #expect(writer.text == #"{"z": 1, "a": "a\"b\\c\nd\u0001ü"}"#)
        #expect(JSONWriter.quote("a\"b\\c\nd\u{1}ü") == JSONValue.string("a\"b\\c\nd\u{1}ü").serialized)
    }
}
