import Foundation

/// How systemd would start `lotsed` from a unit file, as far as it matters for sendmail:
/// the user and group, the umask, the capability bounding set, and whether
/// `no_new_privs` is set — explicitly, or implied because `User=` is set together with
/// any of the options systemd.exec(5) lists under `NoNewPrivileges=`. Read from the unit
/// text, so a test that launches through it follows every later edit of the unit.
struct ServiceUnitLaunch: Equatable {
    /// The options that turn `NoNewPrivileges=` on by themselves (systemd 252,
    /// systemd.exec(5)) when the service runs as a non-root `User=`.
    static let impliesNoNewPrivileges = [
        "DynamicUser", "LockPersonality", "MemoryDenyWriteExecute", "PrivateDevices", "ProtectClock", "ProtectHostname",
        "ProtectKernelLogs", "ProtectKernelModules", "ProtectKernelTunables", "RestrictAddressFamilies",
        "RestrictNamespaces", "RestrictRealtime", "RestrictSUIDSGID", "SystemCallArchitectures", "SystemCallFilter",
        "SystemCallLog",
    ]

    var user: String?
    var group: String?
    var umask: String?
    /// `CapabilityBoundingSet=` as written (nil when not set).
    var capabilityBoundingSet: String?
    /// True when the unit sets or implies `NoNewPrivileges=yes`.
    var noNewPrivileges: Bool
    /// The settings that imply `no_new_privs`, for the test's message.
    var implyingSettings: [String]

    /// Reads the `[Service]` section (later assignments win; an empty one resets).
    init(unitText: String) {
        var settings: [String: String] = [:]
        var inService = false
        for raw in unitText.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.hasPrefix(";") || line.isEmpty { continue }
            if line.hasPrefix("[") { inService = line == "[Service]"; continue }
            guard inService, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            settings[key] = value.isEmpty ? nil : value
        }
        func enabled(_ key: String) -> Bool {
            guard let value = settings[key] else { return false }
            return !["no", "false", "off", "0"].contains(value.lowercased())
        }
        user = settings["User"]
        group = settings["Group"]
        umask = settings["UMask"]
        capabilityBoundingSet = settings["CapabilityBoundingSet"]
        let nonRoot = user.map { $0 != "root" && $0 != "0" } ?? false
        implyingSettings = Self.impliesNoNewPrivileges.filter(enabled)
        noNewPrivileges = enabled("NoNewPrivileges") || (nonRoot && !implyingSettings.isEmpty)
    }

    /// `setpriv --bounding-set` for the unit's `CapabilityBoundingSet=` (an allow list, or
    /// a deny list after `~`); nil when it is not set.
    var setprivBoundingSet: String? {
        guard var text = capabilityBoundingSet else { return nil }
        let deny = text.hasPrefix("~")
        if deny { text.removeFirst() }
        let names = text.split(separator: " ").map { $0.lowercased().replacingOccurrences(of: "cap_", with: "") }
        return deny ? names.map { "-" + $0 }.joined(separator: ",") : (["-all"] + names.map { "+" + $0 }).joined(separator: ",")
    }

    /// The command prefix that starts a program as the unit would: a shell setting the
    /// umask, then setpriv with the user, its groups, the bounding set and no_new_privs
    /// when the unit implies it.
    var launcher: [String] {
        var setpriv = ["setpriv", "--reuid=\(user ?? "root")", "--regid=\(group ?? user ?? "root")", "--init-groups"]
        if let bounding = setprivBoundingSet { setpriv.append("--bounding-set=\(bounding)") }
        if noNewPrivileges { setpriv.append("--no-new-privs") }
        return ["/bin/sh", "-c", "umask \(umask ?? "0022") && exec \"$@\"", "sh"] + setpriv + ["--"]
    }
}
