// Generated from the IDL of org.lotse.Reports by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension ReportsProtocol {
    /// The parameters of `org.lotse.Reports.Build`.
    public struct BuildRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Reports.Build"
        /// The reply's type.
        public typealias Reply = BuildReply

        /// The values of `format`.
        public enum Format: String, WireEnum {
            case html
            case csv
            case json
        }

        /// The values of `language`.
        public enum Language: String, WireEnum {
            case de
            case en
        }

        /// The values of `csvForm`.
        public enum CsvForm: String, WireEnum {
            case spreadsheet
            case machine
        }

        /// `year: ?int`.
        public var year: Int64?
        /// `quarter: ?int`.
        public var quarter: Int64?
        /// `from: ?string`.
        public var from: String?
        /// `to: ?string`.
        public var to: String?
        /// `format: (html, csv, json)`.
        public var format: Format
        /// `language: ?(de, en)`.
        public var language: Language?
        /// `csvForm: ?(spreadsheet, machine)`.
        public var csvForm: CsvForm?

        /// Creates the value from its fields.
        public init(year: Int64? = nil, quarter: Int64? = nil, from: String? = nil, to: String? = nil, format: Format, language: Language? = nil, csvForm: CsvForm? = nil) {
            self.year = year
            self.quarter = quarter
            self.from = from
            self.to = to
            self.format = format
            self.language = language
            self.csvForm = csvForm
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.year = try Optional<Int64>(wire: wireMembers["year"] ?? .null, at: WireDecoding.join(wirePath, "year"))
            self.quarter = try Optional<Int64>(wire: wireMembers["quarter"] ?? .null, at: WireDecoding.join(wirePath, "quarter"))
            self.from = try Optional<String>(wire: wireMembers["from"] ?? .null, at: WireDecoding.join(wirePath, "from"))
            self.to = try Optional<String>(wire: wireMembers["to"] ?? .null, at: WireDecoding.join(wirePath, "to"))
            self.format = try Format(wire: wireMembers["format"] ?? .null, at: WireDecoding.join(wirePath, "format"))
            self.language = try Optional<Language>(wire: wireMembers["language"] ?? .null, at: WireDecoding.join(wirePath, "language"))
            self.csvForm = try Optional<CsvForm>(wire: wireMembers["csvForm"] ?? .null, at: WireDecoding.join(wirePath, "csvForm"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "year": year.wire,
                "quarter": quarter.wire,
                "from": from.wire,
                "to": to.wire,
                "format": format.wire,
                "language": language.wire,
                "csvForm": csvForm.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Reports.Build`.
    public struct BuildReply: LotseReply, Equatable {
        /// `content: string`.
        public var content: String
        /// `fileName: string`.
        public var fileName: String

        /// Creates the value from its fields.
        public init(content: String, fileName: String) {
            self.content = content
            self.fileName = fileName
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.content = try String(wire: wireMembers["content"] ?? .null, at: WireDecoding.join(wirePath, "content"))
            self.fileName = try String(wire: wireMembers["fileName"] ?? .null, at: WireDecoding.join(wirePath, "fileName"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "content": content.wire,
                "fileName": fileName.wire,
            ])
        }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Reports.Build": BuildReply.self,
    ]
}
