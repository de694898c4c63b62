import SobreCore
import SobreReport

/// Finds a report template in `Reports/` and renders with it, reporting problems the CLI way.
enum TemplateFile {
    /// A template read and being parsed (`TemplateParse`), or why it could not be read, told
    /// once the report's language is known.
    struct Started {
        let name: String
        let path: String?
        fileprivate let outcome: Result<TemplateParse, FileIO.Failure>?
    }

    /// Reads the template `name` and starts parsing it, so that the parse runs while the
    /// command reads its inputs.
    static func start(_ name: String) -> Started {
        guard let path = Resources.templateDirectories.map({ FileIO.join($0, name) }).first(where: FileIO.exists) else {
            return Started(name: name, path: nil, outcome: nil)
        }
        do throws(FileIO.Failure) {
            let text = String(decoding: try FileIO.read(path), as: UTF8.self)
            return Started(name: name, path: path, outcome: .success(TemplateParse(text)))
        } catch {
            return Started(name: name, path: path, outcome: .failure(error))
        }
    }

    /// Renders with the template `start` read; a missing or broken template is one clear
    /// message and exit status 1.
    static func render(
        _ started: Started, language: Language,
        with render: (TemplateParse) throws(TemplateReport.TemplateError) -> String
    ) throws -> String {
        guard let path = started.path, let outcome = started.outcome else {
            throw CommandFailure(language.pick(
                fr: "modèle de rapport \(started.name) introuvable (dossier Reports/ ; voir SOBRE_HOME)",
                en: "report template \(started.name) not found (Reports/ folder; see SOBRE_HOME)"))
        }
        let template: TemplateParse
        switch outcome {
        case .success(let parse): template = parse
        case .failure(let error): throw CommandFailure("\(error)")
        }
        do {
            return try render(template)
        } catch {
            throw CommandFailure(lines: ["\(path):\(error.line):\(error.column): error: \(error.message)"])
        }
    }
}
