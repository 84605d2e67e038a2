import Foundation
import LotseCore
import LotseDaemon
import Testing

/// `[mail] templates_override`: a district's own wording in /etc/lotse/mail replaces
/// single files of the packaged templates, and a fault in it is named where it is.
@Suite struct MailTemplateOverrideTests {
    let shipped = FakeSendmail.packageRoot.appendingPathComponent("Config/mail").path

    func overrideDirectory(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-mail-override-\(UUID().uuidString)")
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root
    }

    @Test func aFileInTheOverrideDirectoryReplacesOnlyThatTemplate() throws {
        let root = try overrideDirectory(["en/session-cancelled.txt": "Subject: Our own wording {{date}}\n\nCancelled.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = try MailTemplateLoader.load(directory: shipped, override: root.path)
        let plain = try MailTemplateLoader.load(directory: shipped)
        #expect(catalog.template(.sessionCancelled, language: .en) != plain.template(.sessionCancelled, language: .en))
        #expect(catalog.template(.sessionCancelled, language: .de) == plain.template(.sessionCancelled, language: .de))
        #expect(catalog.template(.appointmentReminder, language: .en) == plain.template(.appointmentReminder, language: .en))
    }

    @Test func aMissingOverrideDirectoryLeavesTheShippedTemplates() throws {
        let catalog = try MailTemplateLoader.load(directory: shipped, override: "/nonexistent/lotse-mail")
        #expect(catalog.all.count == (try MailTemplateLoader.load(directory: shipped)).all.count)
    }

    @Test func aBadOverrideFileIsNamedWhereItIs() throws {
        let root = try overrideDirectory(["de/session-cancelled.txt": "no subject line\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: MailTemplateError.missingSubject(file: root.path + "/de/session-cancelled.txt")) {
            try MailTemplateLoader.load(directory: shipped, override: root.path)
        }
    }

    @Test func theConfigurationKeyIsResolvedAgainstTheFileDirectory() throws {
        let config = try Configuration.parse("[mail]\ntemplates = /usr/share/lotse/mail\ntemplates_override = mail\n",
                                             file: "lotse.conf", baseDirectory: "/etc/lotse")
        #expect(config.mail.templateOverrideDirectory == "/etc/lotse/mail")
        #expect(Configuration(base: "/etc/lotse").mail.templateOverrideDirectory == nil)
    }
}
