/// The four roles a caller can have; `SO_PEERCRED` gives the uid, `[roles]` gives the role.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// Integration caseworker: screens, refers, keeps help plans of their own clients.
    case caseworker
    /// Plans and publishes the roster, sees the district.
    case coordinator
    /// Holds sessions and records assessments for the clients booked with them.
    case specialist
    /// Operates the daemon: reload, backup, purge, audit.
    case admin

    /// Declaration order, so role lists print stably.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// One entry of a role list: a Unix user (`anna`) or every member of a group (`@integration`).
public enum RoleMember: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A single Unix user name.
    case user(String)
    /// A Unix group, written with a leading `@`.
    case group(String)

    /// As written in the configuration.
    public var description: String {
        switch self {
        case .user(let name): name
        case .group(let name): "@" + name
        }
    }
}

/// `[roles]`: who is what. A user may hold several roles (e.g. coordinator and admin).
public struct RoleSettings: Sendable, Equatable {
    /// Members per role; a role without a key has no members.
    public var members: [Role: [RoleMember]]

    /// An empty mapping: nobody has any role until configured.
    public init(members: [Role: [RoleMember]] = [:]) {
        self.members = members
    }

    /// The roles of a caller, given their user name and the names of all their groups
    /// (primary and supplementary); the daemon looks those up, this decides.
    public func roles(user: String, groups: [String]) -> Set<Role> {
        var result: Set<Role> = []
        for (role, list) in members {
            for member in list {
                switch member {
                case .user(let name) where name == user: result.insert(role)
                case .group(let name) where groups.contains(name): result.insert(role)
                default: break
                }
            }
        }
        return result
    }

    static let keys: [(String, Role)] = [
        ("caseworkers", .caseworker), ("coordinators", .coordinator),
        ("specialists", .specialist), ("admins", .admin),
    ]

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> RoleSettings {
        var s = RoleSettings()
        for (key, role) in keys {
            guard let (items, e) = try reader.wordList(key) else { continue }
            var list: [RoleMember] = []
            for item in items {
                let member: RoleMember
                if item.hasPrefix("@") {
                    let name = String(item.dropFirst())
                    guard UnixName.isValid(name) else {
                        throw reader.error(e, de: "„\(item)“ ist keine gültige @Gruppe", en: "\"\(item)\" is not a valid @group")
                    }
                    member = .group(name)
                } else {
                    guard UnixName.isValid(item) else {
                        throw reader.error(e, de: "„\(item)“ ist kein gültiger Unix-Benutzername", en: "\"\(item)\" is not a valid Unix user name")
                    }
                    member = .user(item)
                }
                guard !list.contains(member) else {
                    throw reader.error(e, de: "„\(item)“ steht zweimal in der Liste", en: "\"\(item)\" is listed twice")
                }
                list.append(member)
            }
            s.members[role] = list
        }
        return s
    }
}
