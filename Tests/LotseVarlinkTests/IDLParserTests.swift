import Testing
@testable import LotseVarlink

@Suite struct IDLParserTests {
    static let example = """
    # An example interface.
    interface org.example.more

    # A type with every kind of member.
    type Item (
      id: int,
      name: string,
      score: ?float,
      tags: []string,
      props: [string]string,
      set: [string](),
      state: (new, done),
      nested: (a: bool, b: ?[]Item),
      extra: object
    )

    type Colour (red, green, blue)

    method Get(id: int) -> (item: Item)
    method List(colour: ?Colour, limit: ?int) -> (items: []Item)
    method Ping() -> ()
    error NotFound (id: int)
    error Broken ()
    """

    @Test func parsesEveryConstruct() throws {
        let description = try VarlinkInterfaceDescription(parsing: Self.example)
        #expect(description.name == "org.example.more")
        #expect(description.methodOrder == ["Get", "List", "Ping"])
        #expect(description.errors["NotFound"] == [VarlinkField(name: "id", type: .int)])
        #expect(description.types["Colour"] == .enumeration(["red", "green", "blue"]))
        guard case .structure(let fields)? = description.types["Item"] else {
            Issue.record("Item is not a struct")
            return
        }
        #expect(fields.map(\.name) == ["id", "name", "score", "tags", "props", "set", "state", "nested", "extra"])
        #expect(fields[2].type == .optional(.float))
        #expect(fields[4].type == .map(.string))
        #expect(fields[5].type == .map(.structure([])))
        #expect(fields[6].type == .enumeration(["new", "done"]))
        #expect(fields[7].type.idl == "(a: bool, b: ?[]Item)")
        #expect(description.text == Self.example)
    }

    /// The grammar wants at least one member, not one method: an interface may declare
    /// only errors (Lotse's refusals at accept).
    @Test func parsesAnInterfaceThatDeclaresOnlyErrors() throws {
        let parsed = try VarlinkInterfaceDescription(parsing: "interface org.example.refusals\nerror Refused (limit: int)\n")
        #expect(parsed.methods.isEmpty)
        #expect(parsed.errors["Refused"]?.map(\.name) == ["limit"])
    }

    @Test func parsesTheStandardServiceInterface() throws {
        let description = try VarlinkInterfaceDescription(parsing: VarlinkServiceInterface.idl)
        #expect(description.methodOrder == ["GetInfo", "GetInterfaceDescription"])
        #expect(description.errors.keys.sorted() == ["ExpectedMore", "InterfaceNotFound", "InvalidParameter",
                                                     "MethodNotFound", "MethodNotImplemented", "PermissionDenied"])
    }

    @Test(arguments: [
        ("method Get() -> ()", "expected \"interface\""),
        ("interface example\nmethod A() -> ()", "not a valid interface name"),
        ("interface org..example\nmethod A() -> ()", "not a valid interface name"),
        ("interface org.example\nmethod get() -> ()", "upper-case"),
        ("interface org.example\nmethod A(x: Missing) -> ()", "not declared"),
        ("interface org.example\nmethod A() -> ()\nmethod A() -> ()", "declared twice"),
        ("interface org.example\nmethod A(x: int, x: int) -> ()", "appears twice"),
        ("interface org.example\nmethod A(x: ??int) -> ()", "twice"),
        ("interface org.example\nmethod A(x: int -> ()", "expected"),
        ("interface org.example\n", "declares nothing"),
        ("interface org.example\nfunction A() -> ()", "expected \"type\""),
    ])
    func rejectsBrokenIDLWithAPosition(text: String, fragment: String) {
        do {
            _ = try VarlinkInterfaceDescription(parsing: text)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.reason.contains(fragment), "\(error)")
            #expect(error.line >= 1)
        }
    }

    @Test func reportsTheLineOfAnUndeclaredType() {
        do {
            _ = try VarlinkInterfaceDescription(parsing: "interface org.example\n\nmethod A(x: Nope) -> ()")
            Issue.record("accepted")
        } catch {
            #expect(error.line == 3)
        }
    }
}
