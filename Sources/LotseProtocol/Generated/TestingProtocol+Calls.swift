// Generated from the IDL of org.lotse.Testing by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

#if DEBUG
extension TestingProtocol {
    /// The parameters of `org.lotse.Testing.Sleep`.
    public struct SleepRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Testing.Sleep"
        /// The reply's type.
        public typealias Reply = SleepReply

        /// `milliseconds: int`.
        public var milliseconds: Int64

        /// Creates the value from its fields.
        public init(milliseconds: Int64) {
            self.milliseconds = milliseconds
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(milliseconds: field("milliseconds"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["milliseconds": milliseconds.wire]) }
    }

    /// The reply of `org.lotse.Testing.Sleep`.
    public struct SleepReply: LotseReply, Equatable {
        /// `slept: int`.
        public var slept: Int64

        /// Creates the value from its fields.
        public init(slept: Int64) {
            self.slept = slept
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(slept: field("slept"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["slept": slept.wire]) }
    }

    /// The parameters of `org.lotse.Testing.Count`.
    public struct CountRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Testing.Count"
        /// The reply's type.
        public typealias Reply = CountReply

        /// `count: int`.
        public var count: Int64

        /// Creates the value from its fields.
        public init(count: Int64) {
            self.count = count
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(count: field("count"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["count": count.wire]) }
    }

    /// The reply of `org.lotse.Testing.Count`.
    public struct CountReply: LotseReply, Equatable {
        /// `index: int`.
        public var index: Int64

        /// Creates the value from its fields.
        public init(index: Int64) {
            self.index = index
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(index: field("index"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["index": index.wire]) }
    }

    /// The parameters of `org.lotse.Testing.Unimplemented`.
    public struct UnimplementedRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Testing.Unimplemented"
        /// The reply's type.
        public typealias Reply = UnimplementedReply

        /// Creates the value from its fields.
        public init() {
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            _ = try WireFields(wire)
        }

        /// The JSON form.
        public var wire: JSONValue { .object([:]) }
    }

    /// The reply of `org.lotse.Testing.Unimplemented`.
    public struct UnimplementedReply: LotseReply, Equatable {
        /// Creates the value from its fields.
        public init() {
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            _ = try WireFields(wire)
        }

        /// The JSON form.
        public var wire: JSONValue { .object([:]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Testing.Sleep": SleepReply.self,
        "org.lotse.Testing.Count": CountReply.self,
        "org.lotse.Testing.Unimplemented": UnimplementedReply.self,
    ]
}
#endif
