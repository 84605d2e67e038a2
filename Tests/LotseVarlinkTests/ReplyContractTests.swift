import Testing
@testable import LotseVarlink

/// A reply keeps its method's IDL or the breach names what is wrong: the output's exact
/// shape (no undeclared field, enum values from the declared set) and only errors its own
/// interface or `org.varlink.service` declares, with their declared parameters.
@Suite struct ReplyContractTests {
    static let idl = """
    interface org.example.shop
    type Order (id: int, state: (open, shipped), note: ?string)
    method Get(id: int) -> (order: Order)
    error NotFound (id: int)
    """
    static let other = """
    interface org.example.other
    method Ping() -> ()
    error Gone ()
    """

    let contract: VarlinkReplyContract
    let shop: VarlinkInterfaceDescription
    let get: VarlinkMethod

    init() throws {
        let directory = try VarlinkServiceDirectory(info: VarlinkServiceInfo(vendor: "v", product: "p", version: "1", url: "u"),
                                                    interfaceTexts: [Self.idl, Self.other])
        contract = VarlinkReplyContract(directory: directory)
        shop = try #require(directory.interfaces["org.example.shop"])
        get = try #require(shop.methods["Get"])
    }

    func breach(_ reply: VarlinkReply) -> String? { contract.breach(of: reply, to: get, in: shop) }

    @Test func aReplyOfTheDeclaredShapeKeepsTheContract() {
        #expect(breach(VarlinkReply(parameters: ["order": ["id": 1, "state": "open"]])) == nil)
        #expect(breach(VarlinkReply(parameters: ["order": ["id": 1, "state": "shipped", "note": "x"]])) == nil)
    }

    @Test func anUndeclaredFieldAWrongTypeOrAnEnumValueOutsideTheSetIsNamedByPath() {
        #expect(breach(VarlinkReply(parameters: ["order": ["id": 1, "state": "open", "extra": 1]]))?.contains("order.extra") == true)
        #expect(breach(VarlinkReply(parameters: ["order": ["id": "1", "state": "open"]]))?.contains("order.id") == true)
        #expect(breach(VarlinkReply(parameters: ["order": ["id": 1, "state": "lost"]]))?.contains("order.state") == true)
        #expect(breach(VarlinkReply(parameters: [:]))?.contains("\"order\"") == true)
    }

    @Test func onlyErrorsOfTheOwnInterfaceOrTheServiceInterfaceWithTheirParametersKeepTheContract() {
        #expect(breach(VarlinkReply(error: VarlinkError("org.example.shop.NotFound", parameters: ["id": 3]))) == nil)
        #expect(breach(VarlinkReply(error: VarlinkError.invalidParameter("id"))) == nil)
        #expect(breach(VarlinkReply(error: VarlinkError("org.example.shop.NotFound", parameters: ["id": "3"]))) != nil)
        #expect(breach(VarlinkReply(error: VarlinkError("org.example.shop.Unknown"))) != nil)
        #expect(breach(VarlinkReply(error: VarlinkError("org.example.other.Gone"))) != nil)
    }
}
