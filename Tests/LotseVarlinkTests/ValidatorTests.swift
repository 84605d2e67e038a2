import Testing
@testable import LotseVarlink

@Suite struct ValidatorTests {
    let interface: VarlinkInterfaceDescription
    let validator: VarlinkValidator

    init() throws {
        interface = try VarlinkInterfaceDescription(parsing: IDLParserTests.example)
        validator = VarlinkValidator(interface: interface)
    }

    func check(_ method: String, _ parameters: [String: JSONValue]) -> String? {
        guard let declared = interface.methods[method] else { return "no such method" }
        return validator.firstInvalidParameter(parameters, against: declared.input)
    }

    @Test func acceptsWellTypedParameters() {
        #expect(check("Get", ["id": 7]) == nil)
        #expect(check("List", [:]) == nil)
        #expect(check("List", ["colour": "red", "limit": nil]) == nil)
        // An integral float is an int (some clients send every number as a float).
        #expect(check("Get", ["id": 7.0]) == nil)
    }

    @Test func namesAMissingRequiredParameter() {
        #expect(check("Get", [:]) == "id")
        #expect(check("Get", ["id": nil]) == "id")
    }

    @Test func namesAParameterOfTheWrongType() {
        #expect(check("Get", ["id": "7"]) == "id")
        #expect(check("Get", ["id": 7.5]) == "id")
        #expect(check("List", ["colour": "purple"]) == "colour")
        #expect(check("List", ["limit": true]) == "limit")
    }

    @Test func rejectsParametersTheMethodDoesNotDeclare() {
        #expect(check("Ping", ["surprise": 1]) == "surprise")
        #expect(check("Get", ["id": 1, "extra": 1]) == "extra")
    }

    @Test func namesNestedProblemsByPath() throws {
        let item: JSONValue = ["id": 1, "name": "n", "tags": ["a", 2], "props": [:], "set": [:], "state": "new",
                               "nested": ["a": true], "extra": [:]]
        let fields = [VarlinkField(name: "item", type: .named("Item"))]
        #expect(validator.firstInvalidParameter(["item": item], against: fields) == "item.tags[1]")
        var good = item.objectValue ?? [:]
        good["tags"] = ["a"]
        #expect(validator.firstInvalidParameter(["item": .object(good)], against: fields) == nil)
        good["nested"] = ["a": true, "b": [["id": "x"]]]
        #expect(validator.firstInvalidParameter(["item": .object(good)], against: fields) == "item.nested.b[0].id")
        good["nested"] = ["a": true]
        good["props"] = ["k": 1]
        #expect(validator.firstInvalidParameter(["item": .object(good)], against: fields) == "item.props.k")
    }

    @Test func throwsInvalidParameterForTheDirectory() throws {
        let directory = try VarlinkServiceDirectory(
            info: VarlinkServiceInfo(vendor: "v", product: "p", version: "1", url: "u"),
            interfaceTexts: [IDLParserTests.example])
        #expect(throws: VarlinkError.invalidParameter("id")) {
            _ = try directory.resolve(VarlinkCall(method: "org.example.more.Get", parameters: ["id": "x"]))
        }
        #expect(throws: VarlinkError.interfaceNotFound("org.example.none")) {
            _ = try directory.resolve(VarlinkCall(method: "org.example.none.Get"))
        }
        #expect(throws: VarlinkError.methodNotFound("org.example.more.Nope")) {
            _ = try directory.resolve(VarlinkCall(method: "org.example.more.Nope"))
        }
        guard case .builtin(let info) = try directory.resolve(VarlinkCall(method: "org.varlink.service.GetInfo")) else {
            Issue.record("GetInfo not built in")
            return
        }
        #expect(info["interfaces"] == ["org.varlink.service", "org.example.more"])
        guard case .builtin(let text) = try directory.resolve(VarlinkCall(
            method: "org.varlink.service.GetInterfaceDescription", parameters: ["interface": "org.example.more"])) else {
            Issue.record("GetInterfaceDescription not built in")
            return
        }
        #expect(text["description"] == .string(IDLParserTests.example))
    }
}
