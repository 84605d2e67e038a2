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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(year: field("year"), quarter: field("quarter"), from: field("from"),
                to: field("to"), format: field("format"), language: field("language"),
                csvForm: field("csvForm"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["year": year.wire, "quarter": quarter.wire, "from": from.wire,
            "to": to.wire, "format": format.wire, "language": language.wire, "csvForm": csvForm.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(content: field("content"), fileName: field("fileName"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["content": content.wire, "fileName": fileName.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Reports.Build": BuildReply.self,
    ]
}
