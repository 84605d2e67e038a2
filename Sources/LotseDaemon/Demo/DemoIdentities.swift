import Foundation
import LotseCore

/// The demo's identity map: which demo users exist, their roles and mail addresses.
///
/// `lotse demo` runs as one Unix user, but plays caseworkers, a coordinator and a
/// specialist. A daemon started with `lotsed --demo-identities FILE` (a command-line
/// flag, never a configuration key, so no production configuration can switch it on)
/// lets a connection **from the daemon's own uid only** declare which demo user it acts
/// as (`org.lotse.Demo.ActAs`); every later call on that connection runs with that demo
/// user's name and roles. Any other uid is refused (`PermissionDenied`), and the audit
/// log keeps both: the act-as entry names the real account and the demo user, and every
/// entry carries the real uid.
///
/// File format, one demo user per line (`#` comments):
///
///     USER  ROLE[,ROLE]  EMAIL  [de|en]
///     cw-mueller  caseworker  mueller@example.org  de
public struct DemoIdentities: Sendable, Equatable {
    /// One demo user.
    public struct Identity: Sendable, Equatable {
        /// The name the calls run under (a valid Unix user name; need not exist).
        public var user: String
        /// Its roles.
        public var roles: Set<Role>
        /// Where its mail goes.
        public var email: String
        /// Its mail language.
        public var language: String
    }

    /// Users by name.
    public var identities: [String: Identity]

    /// Parses the map; an error names the line.
    public static func parse(_ text: String, file: String) throws(DaemonError) -> DemoIdentities {
        var identities: [String: Identity] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.count == 3 || words.count == 4, UserName(words[0]) != nil else {
                throw DaemonError(en: "\(file):\(number + 1): expected USER ROLE[,ROLE] EMAIL [de|en]", de: "\(file):\(number + 1): erwartet BENUTZER ROLLE[,ROLLE] MAILADRESSE [de|en]")
            }
            var roles: Set<Role> = []
            for name in words[1].split(separator: ",") {
                guard let role = Role(rawValue: String(name)) else {
                    throw DaemonError(en: "\(file):\(number + 1): \"\(name)\" is not a role (caseworker, coordinator, specialist, admin)", de: "\(file):\(number + 1): „\(name)“ ist keine Rolle (caseworker, coordinator, specialist, admin)")
                }
                roles.insert(role)
            }
            guard case .success = EmailAddress.validate(words[2]) else {
                throw DaemonError(en: "\(file):\(number + 1): \"\(words[2])\" is not an e-mail address", de: "\(file):\(number + 1): „\(words[2])“ ist keine Mailadresse")
            }
            let language = words.count == 4 ? words[3] : "de"
            guard language == "de" || language == "en" else { throw DaemonError(en: "\(file):\(number + 1): language must be de or en", de: "\(file):\(number + 1): die Sprache ist de oder en") }
            identities[words[0]] = Identity(user: words[0], roles: roles, email: words[2], language: language)
        }
        return DemoIdentities(identities: identities)
    }

    /// Reads and parses the file.
    public static func load(path: String) throws(DaemonError) -> DemoIdentities {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DaemonError(en: "cannot read the demo identity map \(path)", de: "die Zuordnung der Demo-Konten \(path) lässt sich nicht lesen")
        }
        return try parse(text, file: path)
    }
}
