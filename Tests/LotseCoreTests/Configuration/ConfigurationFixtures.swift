import Foundation
@testable import LotseCore

/// Helpers shared by the configuration tests.
enum ConfigurationFixtures {
    /// The checkout's `Config/` directory, found from this source file's location.
    static var configDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config").path
    }

    /// The shipped example configuration's text.
    static func shippedText() throws -> String {
        try String(contentsOfFile: configDirectory + "/lotse.conf", encoding: .utf8)
    }

    /// The shipped configuration, parsed.
    static func shipped() throws -> Configuration {
        try Configuration.parse(try shippedText(), file: "lotse.conf", baseDirectory: configDirectory)
    }

    /// Parses text and returns the error's printed form, or nil if it parsed.
    static func errorText(_ text: String) -> String? {
        do {
            _ = try Configuration.parse(text, file: "lotse.conf", baseDirectory: "/etc/lotse")
            return nil
        } catch {
            return error.description
        }
    }
}
