import Foundation

/// One reminder as an RFC 5322 message, ready for sendmail's standard input.
///
/// Line endings are LF, not CRLF, by decision: `sendmail -i` reads a message in the local
/// text convention (Postfix, Exim, msmtp and nullmailer all turn LF into CRLF themselves on
/// the wire; CRLF handed to them may arrive with doubled CRs). `lineEnding` exists so a test
/// or a future SMTP transport can ask for CRLF.
///
/// Every value is stripped of CR, LF and NUL (`HeaderText.stripped`); the subject and the
/// sender's display name are RFC 2047-encoded when not plain ASCII; the body is UTF-8,
/// quoted-printable, lines ≤ 76.
public struct MailMessage: Sendable, Equatable {
    /// The sender shown in `From:` (display name may be empty).
    public var fromName: String
    /// The sender address in `From:`.
    public var from: EmailAddress
    /// The single recipient, also the sendmail argument.
    public var to: EmailAddress
    /// The subject as people read it (unencoded).
    public var subject: String
    /// The body text as people read it (unencoded, LF line breaks).
    public var body: String
    /// The fixed Message-ID of the reminder.
    public var messageID: MessageID
    /// The instant of composition, shown in Europe/Berlin time.
    public var date: Date

    /// A message; values are cleaned here so that a stored message is clean too.
    public init(fromName: String, from: EmailAddress, to: EmailAddress, subject: String, body: String, messageID: MessageID, date: Date) {
        self.fromName = HeaderText.stripped(fromName)
        self.from = from
        self.to = to
        self.subject = HeaderText.stripped(subject)
        self.body = String(String.UnicodeScalarView(body.unicodeScalars.filter { $0 != "\r" && $0 != "\u{0}" }))
        self.messageID = messageID
        self.date = date
    }

    /// The `From:` value: the address alone, `Name <addr>`, a quoted name, or an
    /// encoded-word name, whichever the name needs.
    func fromHeader(lineEnding: String) -> String {
        if fromName.isEmpty { return "From: " + from.value }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ".unicodeScalars)
        if fromName.unicodeScalars.allSatisfy({ atext.contains($0) }) && !fromName.contains("=?") {
            return "From: \(fromName) <\(from.value)>"
        }
        if HeaderText.isPlainASCII(fromName) {
            let quoted = fromName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "From: \"\(quoted)\" <\(from.value)>"
        }
        return "From: " + EncodedWord.encode(fromName).joined(separator: lineEnding + " ") + lineEnding + " <\(from.value)>"
    }

    /// The complete message text: headers, an empty line, the encoded body, a final line ending.
    public func rendered(timeZone: TimeZone, lineEnding: String = "\n") -> String {
        let headers = [
            HeaderField.verbatim(name: "Date", value: MailDate.header(date, in: timeZone)),
            fromHeader(lineEnding: lineEnding),
            HeaderField.verbatim(name: "To", value: to.value),
            HeaderField(name: "Subject", value: subject).rendered(lineEnding: lineEnding),
            HeaderField.verbatim(name: "Message-ID", value: messageID.value),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Auto-Submitted: auto-generated",
        ]
        // The body's own final line break is the message's final line ending; a body
        // without one gets one (a message always ends with a line ending).
        let text = body.hasSuffix("\n") ? String(body.dropLast()) : body
        return headers.joined(separator: lineEnding) + lineEnding + lineEnding
            + QuotedPrintable.encode(text, lineEnding: lineEnding) + lineEnding
    }
}
