import LotseProtocol
import LotseVarlink

/// A reply as the CLI reads it: typed (the method's generated reply, so a field is read
/// by its declared name and type) and as sent (printed unchanged for `--json`).
public struct DaemonAnswer<Reply: LotseReply> {
    /// The typed reply.
    public let reply: Reply
    /// The reply's parameters exactly as the daemon sent them.
    public let parameters: [String: JSONValue]

    /// The reply as `--json` prints it: as sent, one line.
    public var json: String { JSONValue.object(parameters).serialized + "\n" }
}
