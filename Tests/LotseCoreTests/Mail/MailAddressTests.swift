import LotseCore
import Testing

@Suite struct MailAddressTests {
    @Test(arguments: ["im-nord@landkreis.example", "a.b+c@x.y", "root@localhost", "o'neil@example.org"])
    func ordinaryAddressesAreAccepted(text: String) throws {
        #expect(try EmailAddress(validating: text).value == text)
    }

    @Test(arguments: [
        ("", EmailAddressError.empty),
        ("-oQ/tmp@x.org", .leadingDash("-oQ/tmp@x.org")),
        ("a@b.org\nBcc: c@d.org", .controlCharacter("a@b.org\\u{a}Bcc: c@d.org")),
        ("a\u{0}@b.org", .controlCharacter("a\\u{0}@b.org")),
        ("a b@c.org", .whitespace("a b@c.org")),
        ("a@b.org,c@d.org", .moreThanOneAddress("a@b.org,c@d.org")),
        ("Name <a@b.org>", .whitespace("Name <a@b.org>")),
        ("<a@b.org>", .moreThanOneAddress("<a@b.org>")),
        ("a@b@c.org", .notOneAtSign("a@b@c.org")),
        ("nobody", .notOneAtSign("nobody")),
        (".a@b.org", .badLocalPart(".a@b.org")),
        ("a..b@b.org", .badLocalPart("a..b@b.org")),
        ("\"a\"@b.org", .badLocalPart("\"a\"@b.org")),
        ("a@-b.org", .badDomain("a@-b.org")),
        ("a@b..org", .badDomain("a@b..org")),
        ("a@[127.0.0.1]", .badDomain("a@[127.0.0.1]")),
        ("ä@b.org", .badLocalPart("ä@b.org")),
    ])
    func unsafeOrMultipleAddressesAreRefusedWithTheReason(text: String, error: EmailAddressError) {
        #expect(throws: error) { try EmailAddress(validating: text) }
    }

    @Test func errorMessagesNameTheAddress() {
        #expect(EmailAddressError.leadingDash("-x@y.org").description.contains("-x@y.org"))
    }
}
