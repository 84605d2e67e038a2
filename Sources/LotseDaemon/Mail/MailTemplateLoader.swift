import Foundation
import LotseCore

/// Reads the template directory (`<dir>/de/*.txt`, `<dir>/en/*.txt`) into a catalog.
/// The whole set is checked at once; any problem — unreadable file, unknown placeholder,
/// missing kind — is an error naming the file and line, and the caller keeps whatever
/// templates it had before.
public enum MailTemplateLoader {
    /// Loads and checks every template under `directory`.
    public static func load(directory: String) throws(MailTemplateError) -> MailTemplateCatalog {
        var files: [(path: String, content: String)] = []
        let manager = FileManager.default
        for language in MessageLanguage.allCases {
            let sub = directory + "/" + language.rawValue
            let names: [String]
            do { names = try manager.contentsOfDirectory(atPath: sub) } catch {
                throw .unreadable(path: sub, reason: "the directory cannot be listed")
            }
            for name in names.sorted() where name.hasSuffix(".txt") {
                let path = sub + "/" + name
                guard let data = manager.contents(atPath: path) else { throw .unreadable(path: path, reason: "the file cannot be read") }
                guard let content = String(data: data, encoding: .utf8) else { throw .notUTF8(file: path) }
                files.append((path: language.rawValue + "/" + name, content: content))
            }
        }
        return try MailTemplateCatalog(files: files, directory: directory)
    }
}
