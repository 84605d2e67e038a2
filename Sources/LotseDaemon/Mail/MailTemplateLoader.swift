import Foundation
import LotseCore

/// Reads the template directory (`<dir>/de/*.txt`, `<dir>/en/*.txt`) into a catalog,
/// with single files taken from an override directory of the same layout when it has
/// them. The whole set is checked at once; any problem — unreadable file, unknown
/// placeholder, missing kind — is an error naming the file and line, and the caller
/// keeps whatever templates it had before.
public enum MailTemplateLoader {
    /// Loads the templates `[mail] templates` and `templates_override` name.
    public static func load(_ mail: MailSettings) throws(MailTemplateError) -> MailTemplateCatalog {
        try load(directory: mail.templateDirectory, override: mail.templateOverrideDirectory)
    }

    /// Loads and checks every template under `directory`; a file of the same name under
    /// `override` (which need not exist, nor hold every file) is used in its place.
    public static func load(directory: String, override: String? = nil) throws(MailTemplateError) -> MailTemplateCatalog {
        var files: [(path: String, content: String, directory: String)] = []
        let manager = FileManager.default
        for language in MessageLanguage.allCases {
            let sub = directory + "/" + language.rawValue
            let names: [String]
            do { names = try manager.contentsOfDirectory(atPath: sub) } catch {
                throw .unreadable(path: sub, reason: "the directory cannot be listed")
            }
            var sources = Dictionary(names.map { ($0, directory) }, uniquingKeysWith: { first, _ in first })
            if let override {
                let overrideSub = override + "/" + language.rawValue
                for name in (try? manager.contentsOfDirectory(atPath: overrideSub)) ?? [] { sources[name] = override }
            }
            for (name, root) in sources.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".txt") {
                let relative = language.rawValue + "/" + name
                let path = root + "/" + relative
                guard let data = manager.contents(atPath: path) else { throw .unreadable(path: path, reason: "the file cannot be read") }
                guard let content = String(data: data, encoding: .utf8) else { throw .notUTF8(file: path) }
                files.append((path: relative, content: content, directory: root))
            }
        }
        return try MailTemplateCatalog(sourcedFiles: files, directory: directory)
    }
}
