import SobreCore
import SobreReport

/// Finds a report template in `Reports/` and renders with it, reporting problems the CLI way.
enum TemplateFile {
    /// Reads the template `name` and passes its text to `render`; a missing or broken template
    /// is one clear message and exit status 1.
    static func render(
        _ name: String, language: Language,
        with render: (String) throws(TemplateReport.TemplateError) -> String
    ) throws -> String {
        guard let path = Resources.templateDirectories.map({ FileIO.join($0, name) }).first(where: FileIO.exists) else {
            throw CommandFailure(language.pick(
                fr: "modèle de rapport \(name) introuvable (dossier Reports/ ; voir SOBRE_HOME)",
                en: "report template \(name) not found (Reports/ folder; see SOBRE_HOME)"))
        }
        let template: String
        do {
            template = String(decoding: try FileIO.read(path), as: UTF8.self)
        } catch {
            throw CommandFailure("\(error)")
        }
        do {
            return try render(template)
        } catch {
            throw CommandFailure(lines: ["\(path):\(error.line):\(error.column): error: \(error.message)"])
        }
    }
}
