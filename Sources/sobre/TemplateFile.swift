import SobreCore
import SobreReport

/// Finds a report template in `Reports/` and renders with it, reporting problems the CLI way.
enum TemplateFile {
    /// A template read and being parsed (`TemplateParse`), or why it could not be read, told
    /// once the report's language is known.
    enum Started {
        /// No `Reports/` folder holds it.
        case missing(name: String)
        case unreadable(path: String, FileIO.Failure)
        case parsing(path: String, TemplateParse)
    }

    /// Reads the template `name` and starts parsing it, so that the parse runs while the
    /// command reads its inputs.
    static func start(_ name: String) -> Started {
        guard let path = Resources.templateDirectories.map({ FileIO.join($0, name) }).first(where: FileIO.exists) else {
            return .missing(name: name)
        }
        do throws(FileIO.Failure) {
            return .parsing(path: path, TemplateParse(String(decoding: try FileIO.read(path), as: UTF8.self)))
        } catch {
            return .unreadable(path: path, error)
        }
    }

    /// Renders with the template `start` read; a missing or broken template is one clear
    /// message and exit status 1.
    static func render<Rendered>(
        _ started: Started, language: Language,
        with render: (TemplateParse) throws(TemplateReport.TemplateError) -> Rendered
    ) throws -> Rendered {
        let path: String, template: TemplateParse
        switch started {
        case .missing(let name):
            throw CommandFailure(language.pick(
                fr: "modèle de rapport \(name) introuvable (dossier Reports/ ; voir SOBRE_HOME)",
                en: "report template \(name) not found (Reports/ folder; see SOBRE_HOME)"))
        case .unreadable(let file, let error):
            // Said in the report's language, as the missing template is.
            throw CommandFailure(language.pick(fr: "modèle de rapport \(file) illisible : \(error.reason(.fr))",
                                               en: "cannot read the report template \(file): \(error.reason)"))
        case .parsing(let file, let parse):
            (path, template) = (file, parse)
        }
        do {
            return try render(template)
        } catch {
            throw CommandFailure(lines: ["\(path):\(error.line):\(error.column): error: \(error.message)"])
        }
    }
}
