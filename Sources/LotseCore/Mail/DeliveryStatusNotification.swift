/// A bounce as RFC 3464 defines it: a `multipart/report; report-type=delivery-status`
/// message whose `message/delivery-status` part says, per recipient, what happened
/// (`Action`, `Status`, `Diagnostic-Code`), and whose returned message (`message/rfc822`
/// or `text/rfc822-headers`) carries the original `Message-ID`.
///
/// Lotse finds the outbox row by that Message-ID (decision: not by a VERP envelope
/// sender such as `bounce+ID@domain`, which needs the MTA to be configured for address
/// extensions and changes the `-f` every existing setup uses; every Lotse Message-ID is
/// unique and stored with its row, and both exim and Postfix return the original headers).
///
/// The parser reads untrusted bytes from a mailbox anyone can mail to: it never traps,
/// looks at a bounded number of parts and fields, and reports anything it cannot
/// understand as `nil` from `parse` with a reason.
public struct DeliveryStatusNotification: Sendable, Equatable {
    /// What the report says about one recipient.
    public struct Recipient: Sendable, Equatable {
        /// `Final-Recipient` without its address type (`rfc822;`).
        public var address: String
        /// `Action`, lower-cased: failed, delayed, delivered, relayed, expanded.
        public var action: String
        /// `Status`, e.g. `5.1.1`.
        public var status: String
        /// `Diagnostic-Code`, e.g. `smtp; 550 5.1.1 unknown user`, when given.
        public var diagnostic: String?
    }

    /// The original message's Message-ID, without angle brackets.
    public var originalMessageID: String
    /// One entry per recipient the report covers.
    public var recipients: [Recipient]

    /// The recipients whose delivery failed for good.
    public var failures: [Recipient] { recipients.filter { $0.action == "failed" } }

    /// Why a file is not a usable delivery status notification.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not `multipart/report; report-type=delivery-status`, or no boundary.
        case notAReport
        /// No `message/delivery-status` part, or one without a recipient block.
        case noDeliveryStatus
        /// No returned message or headers with a Message-ID.
        case noOriginalMessageID

        /// One sentence for the log.
        public var description: String {
            switch self {
            case .notAReport: return "not a delivery status notification (multipart/report; report-type=delivery-status)"
            case .noDeliveryStatus: return "the report has no message/delivery-status part with a recipient"
            case .noOriginalMessageID: return "the report does not return the original message's Message-ID"
            }
        }
    }

    /// Most parts looked at; a report has two or three.
    static let maximumParts = 16
    /// Most recipient blocks kept from one report.
    static let maximumRecipients = 100
    /// Longest field value kept (status, diagnostic, address).
    static let maximumValueLength = 500

    /// Parses a whole message (headers and body, as stored in the Maildir).
    public static func parse(_ bytes: [UInt8]) -> Result<DeliveryStatusNotification, Problem> {
        let text = String(decoding: bytes, as: UTF8.self)
        let (headers, body) = splitHeaders(normalizedLines(text))
        guard let contentType = headers["content-type"], mediaType(contentType) == "multipart/report",
              parameter("report-type", in: contentType)?.lowercased() == "delivery-status",
              let boundary = parameter("boundary", in: contentType), !boundary.isEmpty else {
            return .failure(.notAReport)
        }
        var recipients: [Recipient]?
        var messageID: String?
        for part in parts(of: body, boundary: boundary) {
            let (partHeaders, partBody) = splitHeaders(part)
            let type = mediaType(partHeaders["content-type"] ?? "text/plain")
            switch type {
            case "message/delivery-status", "message/global-delivery-status":
                if recipients == nil { recipients = recipientBlocks(partBody) }
            case "message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers":
                if messageID == nil { messageID = splitHeaders(partBody).headers["message-id"].flatMap(Self.messageID) }
            default:
                continue
            }
        }
        guard let recipients, !recipients.isEmpty else { return .failure(.noDeliveryStatus) }
        guard let messageID else { return .failure(.noOriginalMessageID) }
        return .success(DeliveryStatusNotification(originalMessageID: messageID, recipients: recipients))
    }

    // MARK: MIME, just enough

    /// Lines split at LF or CRLF (one Character in Swift), at most a bounded number (the
    /// caller bounds the bytes too).
    static func normalizedLines(_ text: String) -> [Substring] {
        Array(text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(100_000))
    }

    /// Header fields (names lower-cased, folded lines joined, the first of a repeated
    /// field kept) and the lines after the blank line.
    static func splitHeaders<S: Collection>(_ lines: S) -> (headers: [String: String], body: [Substring]) where S.Element == Substring {
        var headers: [String: String] = [:]
        var current: (name: String, value: String)?
        var index = lines.startIndex
        func flush() {
            if let field = current, headers[field.name] == nil, headers.count < 200 {
                headers[field.name] = String(field.value.prefix(maximumValueLength * 4))
            }
            current = nil
        }
        while index != lines.endIndex {
            let line = lines[index]
            index = lines.index(after: index)
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" {
                if current != nil, (current?.value.count ?? 0) < maximumValueLength * 4 { current?.value += " " + trimmed(line) }
                continue
            }
            flush()
            guard let colon = line.firstIndex(of: ":") else { continue }
            current = (trimmed(line[..<colon]).lowercased(), trimmed(line[line.index(after: colon)...]))
        }
        flush()
        return (headers, Array(lines[index...]))
    }

    /// The body lines of each part between `--boundary` lines, up to the closing one.
    static func parts(of body: [Substring], boundary: String) -> [[Substring]] {
        let open = "--" + boundary
        let close = open + "--"
        var parts: [[Substring]] = []
        var current: [Substring]?
        for line in body {
            let bare = trimmedTrailing(line)
            if bare == close {
                if let current { parts.append(current) }
                return parts
            }
            if bare == open {
                if let current { parts.append(current) }
                if parts.count >= maximumParts { return parts }
                current = []
                continue
            }
            current?.append(line)
        }
        if let current { parts.append(current) }
        return parts
    }

    /// The per-recipient blocks of a delivery-status body: blocks are separated by blank
    /// lines; the first is the per-message block, every later one with an `Action` a recipient.
    static func recipientBlocks(_ lines: [Substring]) -> [Recipient] {
        var blocks: [[Substring]] = [[]]
        for line in lines {
            if trimmed(line).isEmpty {
                if blocks.last?.isEmpty == false { blocks.append([]) }
                if blocks.count > maximumRecipients + 1 { break }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        var recipients: [Recipient] = []
        for block in blocks.dropFirst() where !block.isEmpty {
            let fields = splitHeaders(block).headers
            guard let action = fields["action"], let status = fields["status"] else { continue }
            let address = (fields["final-recipient"] ?? fields["original-recipient"] ?? "").split(separator: ";", maxSplits: 1).last.map(trimmed) ?? ""
            recipients.append(Recipient(address: String(address.prefix(maximumValueLength)),
                                        action: String(action.lowercased().prefix(32)),
                                        status: String(status.prefix(32)),
                                        diagnostic: fields["diagnostic-code"].map { String($0.prefix(maximumValueLength)) }))
        }
        return recipients
    }

    /// `type/subtype` of a Content-Type value, lower-cased.
    static func mediaType(_ value: String) -> String {
        trimmed(value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").lowercased()
    }

    /// A parameter of a Content-Type value (`boundary`, `report-type`), quotes removed.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            guard trimmed(piece[..<equals]).lowercased() == name else { continue }
            var raw = trimmed(piece[piece.index(after: equals)...])
            if raw.count >= 2, raw.first == "\"", raw.last == "\"" { raw = String(raw.dropFirst().dropLast()) }
            return raw.count <= 200 ? raw : nil
        }
        return nil
    }

    /// The id inside `<…>` (or the bare value), nil when empty or implausible.
    static func messageID(_ value: String) -> String? {
        var id = trimmed(value)
        if let open = id.firstIndex(of: "<"), let close = id[open...].firstIndex(of: ">") {
            id = String(id[id.index(after: open)..<close])
        }
        guard (3...255).contains(id.count), !id.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { return nil }
        return id
    }

    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    static func trimmedTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
            end = line.index(before: end)
        }
        return line[..<end]
    }
}
