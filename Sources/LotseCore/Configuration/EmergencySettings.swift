import Foundation

/// `[emergency]`: the route shown at once when a screening or referral reports acute
/// risk. It must be right for the district (112 and the local crisis service), so the
/// defaults name only what holds everywhere in Germany.
///
/// It also bounds the acute-risk alerts to the coordinators, so that nobody can bury them
/// in alerts while a genuine first alert still always goes out: a repeat by the same
/// account for the same pseudonym within `alert_repeat_minutes` is counted, not mailed
/// again; and one account may raise at most `alerts_per_hour` alerts within an hour for
/// pseudonyms that are not its own clients (mistyped, unknown or another caseworker's).
/// The first alert for one's own client is never held back by that cap.
public struct EmergencySettings: Sendable, Equatable {
    /// The text per language (`text.de`, `text.en`).
    public var text: [MessageLanguage: String]
    /// Minutes within which a repeat alert by the same account for the same pseudonym is
    /// coalesced with the first (`alert_repeat_minutes`, default 30).
    public var alertRepeatMinutes: Int = 30
    /// Alerts one account may raise within an hour for pseudonyms that are not its own
    /// clients (`alerts_per_hour`, default 10).
    public var alertsPerHour: Int = 10

    /// Germany-wide defaults: emergency number 112 and the on-call medical service 116117.
    public init(text: [MessageLanguage: String] = EmergencySettings.defaultText) {
        self.text = text
    }

    /// The text in a language, falling back to German (every default has both).
    public func text(in language: MessageLanguage) -> String {
        text[language] ?? text[.de] ?? EmergencySettings.defaultText[language] ?? ""
    }

    /// What holds everywhere in Germany; a district adds its crisis service in its file.
    public static let defaultText: [MessageLanguage: String] = [
        .de: "Akute Gefahr: sofort Notruf 112 wählen. Ärztlicher Bereitschaftsdienst: 116117. Den örtlichen psychiatrischen Krisendienst verständigen.",
        .en: "Acute danger: call the emergency number 112 at once. On-call medical service: 116117. Contact the local psychiatric crisis service.",
    ]

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> EmergencySettings {
        var s = EmergencySettings()
        for language in MessageLanguage.allCases {
            if let e = reader.entry("text.\(language.rawValue)") {
                guard !e.value.isEmpty else {
                    throw reader.error(e, de: "hat keinen Wert; der Notfallweg muss genannt sein", en: "has no value; the emergency route must be stated")
                }
                guard e.value.count <= 1000 else {
                    throw reader.error(e, de: "ist länger als 1000 Zeichen", en: "is longer than 1000 characters")
                }
                s.text[language] = e.value.replacingOccurrences(of: "\\n", with: "\n")
            }
        }
        if let n = try reader.integer("alert_repeat_minutes", in: 1...1440) { s.alertRepeatMinutes = n }
        if let n = try reader.integer("alerts_per_hour", in: 1...1000) { s.alertsPerHour = n }
        return s
    }
}
