import Foundation
import LotseCore
import LotseSystem
import LotseVarlink

/// A configuration as the daemon holds it: the parsed value, which file it came from and
/// when it was loaded (reported by `org.lotse.Admin.Status`).
public struct LoadedConfiguration: Sendable {
    /// The parsed configuration.
    public var configuration: Configuration
    /// The absolute path of the file.
    public var path: String
    /// When the file was read.
    public var loadedAt: Date
    /// Roles come from somewhere else than `[roles]` (a demo daemon's identity file), so
    /// a file that maps none is not useless; a reload keeps the same judgement.
    public var rolesElsewhere: Bool
    /// `[roles]` members that name no user or group on this system (`anna`, `@integration`),
    /// found when the file was read: a warning, and listed by `Admin.Status`.
    public var unknownRoleMembers: [String]

    /// Creates the record.
    public init(configuration: Configuration, path: String, loadedAt: Date, rolesElsewhere: Bool = false,
                unknownRoleMembers: [String] = []) {
        self.configuration = configuration
        self.path = path
        self.loadedAt = loadedAt
        self.rolesElsewhere = rolesElsewhere
        self.unknownRoleMembers = unknownRoleMembers
    }
}

/// Reading `lotse.conf` from disk. LotseCore's parser does no I/O; this does the reading,
/// makes the path absolute (relative paths inside the file are resolved against the
/// file's directory), and turns unreadable files into the same `file: reason` errors.
public enum ConfigurationFile {
    /// Largest configuration file read; anything bigger is surely a wrong path.
    public static let maxSize = 4 << 20

    /// Reads and parses the file at `path`, and refuses a file that would leave the
    /// service useless: an empty one, or one that maps no user or group to any role
    /// (unless `rolesElsewhere`). Used at start, by `--check-config` and on reload, so a
    /// reload to such a file keeps the old configuration.
    public static func load(path: String, now: Date = Date(), rolesElsewhere: Bool = false) throws(ConfigurationError) -> LoadedConfiguration {
        let absolute = absolutePath(path)
        let bytes = try read(absolute, shownAs: path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError.cannotRead(file: path, de: "die Datei ist kein gültiges UTF-8", en: "the file is not valid UTF-8")
        }
        let directory = (absolute as NSString).deletingLastPathComponent
        let configuration = try Configuration.parse(text, file: path, baseDirectory: directory)
        if !rolesElsewhere {
            let meaningful = text.split(whereSeparator: \.isNewline).contains { line in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                return !trimmed.isEmpty && !trimmed.hasPrefix("#")
            }
            guard meaningful else {
                throw ConfigurationError(file: path, line: nil,
                                         de: "die Datei ist leer: sie gibt niemandem eine Rolle, also könnte niemand Lotse nutzen; sie wird abgelehnt",
                                         en: "the file is empty: it maps nobody to a role, so nobody could use Lotse; refusing it")
            }
            guard configuration.roles.members.values.contains(where: { !$0.isEmpty }) else {
                throw ConfigurationError(file: path, line: nil, section: "roles",
                                         de: "gibt keinem Konto und keiner Gruppe eine Rolle, also könnte niemand Lotse nutzen; nennen Sie mindestens die Administration (admins = root, @lotse-admins)",
                                         en: "maps no user or group to any role, so nobody could use Lotse; name at least the admins (admins = root, @lotse-admins)")
            }
        }
        return LoadedConfiguration(configuration: configuration, path: absolute, loadedAt: now, rolesElsewhere: rolesElsewhere,
                                   unknownRoleMembers: unknownMembers(of: configuration.roles))
    }

    /// The file's bytes, read with the system's own reason on failure ("No such file or
    /// directory", "Permission denied", "Is a directory").
    static func read(_ absolute: String, shownAs path: String) throws(ConfigurationError) -> [UInt8] {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(absolute, O_RDONLY | O_NOCTTY) } catch { throw ConfigurationError.cannotRead(file: path, systemReason: error.text) }
        defer { fd.close() }
        let info: FileStatus
        do { info = try fd.status() } catch { throw ConfigurationError.cannotRead(file: path, systemReason: error.text) }
        if info.isDirectory { throw ConfigurationError.cannotRead(file: path, systemReason: Errno.isDirectory.text) }
        guard info.isRegularFile else {
            throw ConfigurationError.cannotRead(file: path, de: "keine gewöhnliche Datei", en: "not a regular file")
        }
        if info.size > maxSize { throw tooLarge(path) }
        let bytes: [UInt8]
        do { bytes = try fd.readToEnd(limit: maxSize) } catch { throw ConfigurationError.cannotRead(file: path, systemReason: error.text) }
        if bytes.count > maxSize { throw tooLarge(path) }
        return bytes
    }

    /// The refusal of a file larger than `maxSize`.
    static func tooLarge(_ path: String) -> ConfigurationError {
        ConfigurationError.cannotRead(file: path, de: "die Datei ist größer als \(maxSize) Bytes", en: "the file is larger than \(maxSize) bytes")
    }

    /// `[roles]` members that name no account or group on this system, as written.
    public static func unknownMembers(of roles: RoleSettings) -> [String] {
        var unknown: [String] = []
        for role in Role.allCases {
            for member in roles.members[role] ?? [] {
                let exists: Bool
                switch member {
                case .user(let name): exists = AccountDatabase.userID(named: name) != nil
                case .group(let name): exists = AccountDatabase.groupID(named: name) != nil
                }
                if !exists && !unknown.contains(member.description) { unknown.append(member.description) }
            }
        }
        return unknown
    }

    /// Logs a warning naming every `[roles]` member unknown to the system, in `language`.
    static func warnAboutUnknownMembers(_ loaded: LoadedConfiguration, logger: Logger, language: MessageLanguage) {
        guard !loaded.unknownRoleMembers.isEmpty else { return }
        let names = loaded.unknownRoleMembers.joined(separator: ", ")
        logger.warning(language.pick(
            de: "\(loaded.path): [roles] nennt Konten oder Gruppen, die dieses System nicht kennt (Tippfehler, oder noch nicht angelegt?): \(names)",
            en: "\(loaded.path): [roles] names users or groups this system does not know (typo, or not yet created?): \(names)"))
    }

    /// `path` made absolute against the current directory, without resolving symlinks.
    public static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return (path as NSString).standardizingPath }
        let cwd = FileManager.default.currentDirectoryPath
        return ((cwd as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }
}
