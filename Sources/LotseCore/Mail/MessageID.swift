/// The fixed Message-ID of one reminder.
///
/// A mail's Message-ID is an opaque token (`opaque(domain:using:)`), drawn once when the
/// reminder is queued and stored with its outbox row, so that a reminder delivered again
/// after a crash or a retry carries the same Message-ID and recipients' mail programs (and
/// people) recognise it as a resend. It says nothing about the mail: the header travels
/// through every mail server on the way and the outbox list shows it to admins, so it
/// never holds a pseudonym, a kind of mail or an account. `init(reminderKey:domain:)`
/// spells a reminder's key (kind, pseudonym, event, recipient) in the same form; that is
/// the outbox's key for "the same reminder", kept inside the database, never sent.
public struct MessageID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The complete value, angle brackets included: `<lotse.reminder.42@landkreis.example>`.
    public let value: String

    /// The Message-ID for reminder `key` under `domain`. Characters of the key outside
    /// letters, digits and `-` are written as `_XX` hex, so any key gives a valid,
    /// distinct id; the domain must be a host name.
    public init(reminderKey key: String, domain: String) throws(MailError) {
        if key.isEmpty { throw .badMessageID("the reminder key is empty") }
        guard (try? EmailAddress(validating: "x@" + domain)) != nil else {
            throw .badMessageID("\"\(EmailAddress.visible(domain))\" is not a host name")
        }
        var safe = ""
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                safe.unicodeScalars.append(UnicodeScalar(byte))
            default:
                safe += "_" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        value = "<lotse.reminder.\(safe)@\(domain)>"
    }

    /// A fresh opaque Message-ID under `domain`: 128 random bits from `generator`, in hex
    /// (`<lotse.3f9a…@landkreis.example>`). The domain must be a host name.
    public static func opaque<G: RandomNumberGenerator>(domain: String, using generator: inout G) throws(MailError) -> MessageID {
        guard (try? EmailAddress(validating: "x@" + domain)) != nil else {
            throw .badMessageID("\"\(EmailAddress.visible(domain))\" is not a host name")
        }
        let token = (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        return MessageID(stored: "<lotse.\(token)@\(domain)>")
    }

    /// A Message-ID read back from the outbox, where `init(reminderKey:domain:)` made it;
    /// CR, LF and NUL are stripped all the same, so a hand-edited row cannot inject headers.
    public init(stored text: String) {
        value = HeaderText.stripped(text)
    }

    /// The value with brackets.
    public var description: String { value }
}
