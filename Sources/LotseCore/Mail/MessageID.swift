/// The fixed Message-ID of one reminder.
///
/// It is derived only from the reminder's key (its outbox id) and a domain, never from
/// the clock or a random number, so that a reminder delivered again after a crash carries
/// the same Message-ID and recipients' mail programs (and people) recognise it as a resend.
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

    /// A Message-ID read back from the outbox, where `init(reminderKey:domain:)` made it;
    /// CR, LF and NUL are stripped all the same, so a hand-edited row cannot inject headers.
    public init(stored text: String) {
        value = HeaderText.stripped(text)
    }

    /// The value with brackets.
    public var description: String { value }
}
