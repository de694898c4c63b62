import ArgumentParser
import SobreCore
import SobreReport

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare les sites d’une association (compare the sites of an association).",
        discussion: """
            Lit les évaluations des fichiers et dossiers donnés (recherche récursive des *.json, \
            dossiers cachés ignorés), garde la dernière de chaque site et son historique, et donne \
            les statistiques par thème, les meilleurs sites par thème et les actions communes. \
            Formats : text (par défaut), markdown, html (page autonome, imprimable en A4 paysage), \
            json (docs/reference/compare-json.md), csv (une ligne par site ; --long : une ligne par site, date et thème), \
            benchmark (repère anonyme du réseau, docs/reference/benchmark-json.md : quantiles de la dernière évaluation \
            complète de chaque site, sans nom ni identifiant ; --min-sites K, 5 par défaut). \
            Chaque fichier illisible est signalé sur la sortie d’erreur (FICHIER: message) et le code \
            de sortie vaut 1, après l’écriture de la comparaison des autres.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json, csv, benchmark
    }

    @Argument(help: ArgumentHelp("Fichiers d’évaluation (.json) et dossiers qui en contiennent.", valueName: "PATH"), completion: .file(extensions: ["json"]))
    var paths: [String]

    @Option(name: .long, help: "Format : text, markdown, html, json, csv ou benchmark (repère anonyme du réseau).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Écrire la comparaison dans ce fichier plutôt qu’à l’écran.", valueName: "FILE"), completion: .file())
    var output: String?

    @Option(name: .long, help: "Ajouter les statistiques par groupe de sites (site.group, --by group) ou par catégorie d’établissement (site.category, --by category).")
    var by: SiteGrouping?

    @Option(name: .long, help: ArgumentHelp("Repère (--format benchmark) : nombre minimal de sites derrière chaque chiffre publié (3 au moins).", valueName: "K"))
    var minSites: Int?

    @Flag(name: .long, help: "CSV : une ligne par site, date et thème (format long, pour un tableau croisé).")
    var long = false

    @Option(name: .long, help: ArgumentHelp("Un fichier YAML de facteurs (nom: nombre) qui remplacent ceux des questionnaires, ex. le prix du kWh de l’association.", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var factors: String?

    @Option(name: .long, help: ArgumentHelp("Objectifs communs (YAML : by, overall, themes, indicators) : où en est chaque site qui n’a pas les siens.", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var targets: String?

    func validate() throws {
        if long, format != .csv {
            throw ValidationError(Terminal.language.pick(fr: "--long ne s’applique qu’au format csv",
                                                         en: "--long applies to the csv format only"))
        }
        try BenchmarkOptions.validate(format: format, minSites: minSites, by: by, language: Terminal.language)
        if targets != nil, format == .benchmark {
            throw ValidationError(Terminal.language.pick(fr: "--targets ne s’applique pas au format benchmark : le repère est anonyme",
                                                         en: "--targets does not apply to the benchmark format: a benchmark is anonymous"))
        }
    }

    func run() throws {
        // The template is parsed on another core while the files are read.
        let rendering: Rendering = switch format {
        case .text: .text
        case .json: .json
        case .csv: .csv
        case .benchmark: .benchmark
        case .html: .template(.html, TemplateFile.start(CompareTemplate.templateName(.html)))
        case .markdown: .template(.markdown, TemplateFile.start(CompareTemplate.templateName(.markdown)))
        }
        let language = Terminal.language
        let overrides = try factors.map { try FactorsFile.read($0, language: language) }
        let comparison = Comparison(paths: paths, library: Resources.library, language: language, factors: overrides)
        defer { ProcessEnd.keep(comparison) }
        if let overrides {
            // Known only once the files are read: a name none of their questionnaires declares.
            try FactorsFile.check(overrides, against: comparison.questionnairesUsed, language: comparison.language)
        }
        // Checked against the reference questionnaire, as `report --targets` checks against the
        // assessment's; the CSV shows no objectives, so nothing is read again for it.
        let common = try targets.flatMap { file in
            try comparison.reference.flatMap { reference in
                let objectives = try ObjectivesOption.load(file, questionnaire: reference)
                return format == .csv ? nil : CommonTargets.read(comparison, targets: objectives, file: file)
            }
        }
        for problem in comparison.errors {
            Terminal.writeError("\(problem.file): \(problem.message)")
        }
        if comparison.sites.isEmpty, comparison.errors.isEmpty {
            throw CommandFailure(language.pick(fr: "aucune évaluation (*.json) trouvée dans \(paths.joined(separator: ", "))",
                                               en: "no assessment (*.json) found in \(paths.joined(separator: ", "))"))
        }
        let lang = comparison.language
        let inputs = paths + [factors, targets].compactMap { $0 }
        // JSON is made as bytes: tens of megabytes for a large network, not copied through a String.
        let text: String
        switch rendering {
        case .text:
            text = CompareText.render(comparison, by: by, colour: output == nil && Terminal.useColour(fd: 1), common: common)
        case .json:
            try Output.write(to: output, inputs: inputs, filesRead: comparison.filesRead, language: lang) { write in
                CompareJSON.write(comparison, by: by, common: common, to: write)
            }
            if !comparison.errors.isEmpty { throw CommandFailure.exit(1) }
            return
        case .benchmark:
            try BenchmarkOptions.write(comparison, minSites: minSites, to: output, inputs: inputs)
            return
        case .csv:
            text = CompareCSV.render(comparison, long: long, by: by)
        case .template(let kind, let started):
            let page = try TemplateFile.render(started, language: lang) { parse throws(TemplateReport.TemplateError) in
                try CompareTemplate.page(comparison, template: parse, format: kind, by: by, common: common)
            }
            if Terminal.showsOnTerminal(output) {
                text = page.finished
            } else {
                // Handed over in pieces: the page of a large network is not held twice.
                try Output.write(to: output, inputs: inputs, filesRead: comparison.filesRead, language: lang, page.write(to:))
                if !comparison.errors.isEmpty { throw CommandFailure.exit(1) }
                return
            }
        }
        try Output.write(format == .text ? text : Terminal.inert(text, unless: output), to: output, inputs: inputs,
                         filesRead: comparison.filesRead, language: lang)
        if !comparison.errors.isEmpty { throw CommandFailure.exit(1) }
    }

    /// What the chosen format is rendered by, a template's parse started when the command starts.
    private enum Rendering {
        case text, json, csv, benchmark
        case template(TemplateReport.Format, TemplateFile.Started)
    }
}

/// `--by group` or `--by category`.
extension SiteGrouping: ExpressibleByArgument {}
