import Foundation
import LotseCore

/// A configuration as the daemon holds it: the parsed value, which file it came from and
/// when it was loaded (reported by `org.lotse.Admin.Status`).
public struct LoadedConfiguration: Sendable {
    /// The parsed configuration.
    public var configuration: Configuration
    /// The absolute path of the file.
    public var path: String
    /// When the file was read.
    public var loadedAt: Date

    /// Creates the record.
    public init(configuration: Configuration, path: String, loadedAt: Date) {
        self.configuration = configuration
        self.path = path
        self.loadedAt = loadedAt
    }
}

/// Reading `lotse.conf` from disk. LotseCore's parser does no I/O; this does the reading,
/// makes the path absolute (relative paths inside the file are resolved against the
/// file's directory), and turns unreadable files into the same `file: reason` errors.
public enum ConfigurationFile {
    /// Largest configuration file read; anything bigger is surely a wrong path.
    public static let maxSize = 4 << 20

    /// Reads and parses the file at `path`.
    public static func load(path: String, now: Date = Date()) throws(ConfigurationError) -> LoadedConfiguration {
        let absolute = absolutePath(path)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: absolute)
            if let size = attributes[.size] as? Int, size > maxSize {
                throw ConfigurationError.cannotRead(file: path, reason: "the file is larger than \(maxSize) bytes")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: absolute))
        } catch let error as ConfigurationError {
            throw error
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
            if let code { throw ConfigurationError.cannotRead(file: path, errno: Int32(code)) }
            throw ConfigurationError.cannotRead(file: path, reason: "the file cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError.cannotRead(file: path, reason: "the file is not valid UTF-8")
        }
        let directory = (absolute as NSString).deletingLastPathComponent
        let configuration = try Configuration.parse(text, file: path, baseDirectory: directory)
        return LoadedConfiguration(configuration: configuration, path: absolute, loadedAt: now)
    }

    /// `path` made absolute against the current directory, without resolving symlinks.
    public static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return (path as NSString).standardizingPath }
        let cwd = FileManager.default.currentDirectoryPath
        return ((cwd as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }
}
