import ArgumentParser
import SobreCore
import SobreReport
import SobreDemo

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Écrit une association d’exemple et sa comparaison (write a sample association).",
        discussion: """
            Écrit dans DOSSIER (par défaut sobre-demo) une association fictive mais plausible : \
            12 établissements en 3 régions, 3 campagnes annuelles (2024, 2025, 2026), toujours les \
            mêmes réponses (graine fixe). Puis la comparaison (comparaison.html, comparaison.txt) \
            et le rapport d’un site avec son évolution depuis l’année précédente.
            """
    )

    @Argument(help: ArgumentHelp("Le dossier à écrire.", valueName: "FOLDER"), completion: .directory)
    var folder: String = "sobre-demo"

    @Option(name: .long, help: ArgumentHelp("Nombre de sites (12 par défaut ; davantage pour essayer à grande échelle).", valueName: "N"))
    var sites: Int = 12

    @Option(name: .long, help: .hidden)
    var seed: UInt64 = DemoAssociation.defaultSeed

    /// For scripts/benchmark.sh: only the assessment files, written fast (scratch data).
    @Flag(name: .customLong("assessments-only"), help: .hidden)
    var assessmentsOnly = false

    func run() throws {
        let language = Terminal.language
        guard (1...100_000).contains(sites) else {
            throw CommandFailure(language.pick(fr: "--sites attend un nombre entre 1 et 100000", en: "--sites expects a number from 1 to 100000"))
        }
        guard let questionnaire = Resources.library.resolve("essms-sobriete")?.questionnaire else {
            throw CommandFailure(language.pick(
                fr: "questionnaire essms-sobriete introuvable : définissez SOBRE_HOME vers le dossier qui contient Questionnaires/",
                en: "questionnaire essms-sobriete not found: set SOBRE_HOME to the folder that holds Questionnaires/"))
        }
        let lang = questionnaire.language
        if assessmentsOnly { return try writeAssessmentsOnly(questionnaire) }
        var templates: [String] = []
        for name in [CompareTemplate.templateName(.html), TemplateReport.Format.html.templateName] {
            guard let path = Resources.templateDirectories.map({ FileIO.join($0, name) }).first(where: FileIO.exists),
                  let bytes = try? FileIO.read(path) else {
                throw CommandFailure(lang.pick(fr: "modèle \(name) introuvable (dossier Reports/ ; voir SOBRE_HOME)",
                                               en: "template \(name) not found (Reports/ folder; see SOBRE_HOME)"))
            }
            templates.append(String(decoding: bytes, as: UTF8.self))
        }
        try refuseExistingAssessments(lang)
        let association = DemoAssociation(seed: seed, siteCount: sites)
        let written: DemoWriter.Written
        do {
            written = try DemoWriter.write(
                association, questionnaire: questionnaire, library: Resources.library,
                templates: .init(compareHTML: templates[0], reportHTML: templates[1]), into: folder)
        } catch {
            throw CommandFailure(error.message)
        }
        let years = association.years.map(String.init).joined(separator: ", ")
        var lines: [String] = []
        lines.append(lang.pick(
            fr: "Association d’exemple écrite dans \(folder)/ : \(association.sites.count) sites, campagnes \(years).",
            en: "Sample association written in \(folder)/: \(association.sites.count) sites, campaigns \(years)."))
        // Counted as the comparison counts them: the sites' assessments, the head office's apart.
        let office = written.assessments(of: AssociationAssessment.siteID).count
        let sites = written.assessments.count - office
        lines.append("  \(folder)/assessments/  " + lang.pick(
            fr: "\(sites) évaluations de sites (une par site et par année)" + (office > 0 ? " et \(office) du siège" : ""),
            en: "\(sites) site assessments (one per site and year)" + (office > 0 ? " and \(office) of the head office" : "")))
        lines.append("  \(folder)/\(written.questionnaireCopy)  " + lang.pick(fr: "la copie du questionnaire", en: "the questionnaire copy"))
        for report in written.reports { lines.append("  \(folder)/\(report)") }
        lines.append("")
        lines.append(lang.pick(fr: "Pour aller plus loin :", en: "To explore further:"))
        lines.append("  sobre compare \(folder)/assessments")
        lines.append("  sobre compare \(folder)/assessments --by group --format html --output \(folder)/groupes.html")
        lines.append("  sobre compare \(folder)/assessments --format csv --long --output \(folder)/historique.csv")
        let files = written.assessments(of: written.reportSite).sorted()
        if files.count >= 2 {
            lines.append("  sobre report \(folder)/\(files[files.count - 1]) --previous \(folder)/\(files[files.count - 2])")
        }
        Terminal.write(lines.map { TerminalText.neutralised($0) }.joined(separator: "\n") + "\n")
    }

    /// Never writes into an existing association.
    private func refuseExistingAssessments(_ lang: Language) throws {
        guard FileIO.exists(FileIO.join(folder, "assessments")) else { return }
        throw CommandFailure(lang.pick(
            fr: "\(folder)/assessments existe déjà : choisissez un autre dossier ou supprimez-le",
            en: "\(folder)/assessments already exists: pick another folder or remove it"))
    }

    /// `--assessments-only`: the benchmark's synthetic association, without reports.
    private func writeAssessmentsOnly(_ questionnaire: Questionnaire) throws {
        let lang = questionnaire.language
        try refuseExistingAssessments(lang)
        let association = DemoAssociation(seed: seed, siteCount: sites)
        let written: (assessments: [String], copy: String)
        do {
            written = try DemoWriter.writeScratchAssessments(association, questionnaire: questionnaire, into: folder)
        } catch {
            throw CommandFailure(error.message)
        }
        Terminal.write(lang.pick(
            fr: "\(written.assessments.count) évaluations de \(association.sites.count) sites écrites dans \(TerminalText.neutralised(folder))/assessments\n",
            en: "\(written.assessments.count) assessments of \(association.sites.count) sites written in \(TerminalText.neutralised(folder))/assessments\n"))
    }
}
