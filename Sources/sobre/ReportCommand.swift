import ArgumentParser
import SobreCore
import SobreReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rapport d’une évaluation : niveaux, plan d’actions (report of one assessment).",
        discussion: """
            Formats : text (terminal, par défaut), markdown, html (un seul fichier autonome, \
            imprimable en A4), json (docs/reference/report-json.md), csv (une ligne par question, pour un tableur). \
            --benchmark : la position du site parmi les établissements de sa catégorie (ou du réseau) dans un repère.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json, csv
    }

    @Argument(help: ArgumentHelp("Le fichier d’évaluation (.json).", valueName: "ASSESSMENT"), completion: .file(extensions: ["json"]))
    var assessment: String

    @Option(name: .long, help: "Format du rapport : text, markdown, html, json ou csv.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Écrire le rapport dans ce fichier plutôt qu’à l’écran.", valueName: "FILE"), completion: .file())
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Une évaluation antérieure du même site, pour montrer l’évolution.", valueName: "ASSESSMENT"), completion: .file(extensions: ["json"]))
    var previous: String?

    @Option(name: .long, help: ArgumentHelp("Un repère du réseau (compare --format benchmark) : la position du site parmi ses pairs.", valueName: "FILE"), completion: .file(extensions: ["json"]))
    var benchmark: String?

    @Option(name: .long, help: ArgumentHelp("Objectifs communs (YAML : by, overall, themes), pour une évaluation qui n’en a pas.", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var targets: String?

    @Option(name: .long, help: ArgumentHelp("Un fichier YAML de facteurs (nom: nombre) qui remplacent ceux du questionnaire, ex. le prix du kWh de l’association.", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var factors: String?

    func run() throws {
        // The template is parsed on another core while the assessment and its questionnaire load.
        let rendering: Rendering = switch format {
        case .text: .text
        case .json: .json
        case .csv: .csv
        case .html: .template(.html, TemplateFile.start(TemplateReport.Format.html.templateName))
        case .markdown: .template(.markdown, TemplateFile.start(TemplateReport.Format.markdown.templateName))
        }
        let store = AssessmentStore(library: Resources.library)
        let language = Terminal.language
        let loaded: AssessmentStore.Loaded
        do {
            loaded = try store.open(assessment, language: language)
        } catch {
            throw CommandFailure("\(assessment): \(error.message)")
        }
        let lang = loaded.questionnaire.language
        var questionnaire = loaded.questionnaire
        let overrides = try factors.map { try FactorsFile.read($0, language: lang) }
        var earlier: AssessmentStore.Loaded?
        if let previous {
            do {
                let opened = try store.open(previous, language: lang)
                guard opened.assessment.site.id == loaded.assessment.site.id else {
                    throw CommandFailure("\(previous): " + lang.pick(
                        fr: "ce n’est pas le même site (« \(opened.assessment.site.id) » au lieu de « \(loaded.assessment.site.id) »)",
                        en: "not the same site ('\(opened.assessment.site.id)' instead of '\(loaded.assessment.site.id)')"))
                }
                earlier = opened
            } catch let error as AssessmentCodec.ReadError {
                throw CommandFailure("\(previous): \(error.message)")
            }
        }
        if let overrides {
            // A factor is known when either questionnaire declares it, as `compare` checks its
            // names against every questionnaire it read: one the earlier version alone has
            // still applies to the earlier assessment.
            try FactorsFile.check(overrides, against: [questionnaire] + (earlier.map { [$0.questionnaire] } ?? []), language: lang)
            questionnaire = overrides.applied(to: questionnaire)
        }
        // The same factors on both sides, as compare applies them to every assessment: progress
        // on an indicator objective then compares like with like.
        let before = earlier.map { (overrides?.applied(to: $0.questionnaire) ?? $0.questionnaire, $0.assessment) }
        let common = try targets.map { try ObjectivesOption.load($0, questionnaire: loaded.questionnaire) }
        try ObjectivesOption.check(loaded, path: assessment)
        var model = ReportModel(questionnaire: questionnaire, assessment: loaded.assessment, previous: before, targets: common)
        if let benchmark {
            do throws(BenchmarkCodec.ReadError) {
                model = model.against(try BenchmarkFile.open(benchmark, questionnaireID: loaded.questionnaire.id, language: lang))
            } catch {
                throw CommandFailure("\(benchmark): \(error.message)")
            }
        }
        let text: String
        switch rendering {
        case .text:
            let rendered = TextReport.render(model, colour: output == nil && Terminal.useColour(fd: 1))
            text = output == nil ? Terminal.width().map { TextWrap.wrap(rendered, width: $0) } ?? rendered : rendered
        case .json:
            text = JSONReport.render(model)
        case .csv:
            text = CSVReport.render(model)
        case .template(let kind, let started):
            text = try TemplateFile.render(started, language: lang) { parse throws(TemplateReport.TemplateError) in
                try TemplateReport.render(model, template: parse, format: kind)
            }
        }
        try Output.write(format == .text ? text : Terminal.inert(text, unless: output), to: output, inputs: [assessment] + [previous, benchmark, targets, factors].compactMap { $0 }, language: lang)
    }

    /// What the chosen format is rendered by, a template's parse started when the command starts.
    private enum Rendering {
        case text, json, csv
        case template(TemplateReport.Format, TemplateFile.Started)
    }
}
