import SobreCore
import SobreReport

/// Writes the demo association of `sobre demo`: its assessments, the questionnaire copy, the
/// comparison (HTML and text) and one site report, so a newcomer sees everything at once.
public enum DemoWriter {
    /// Why the demo could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The report templates the demo renders (texts of `Reports/*.mustache`).
    public struct Templates: Sendable {
        public var compareHTML: String
        public var reportHTML: String

        /// The two templates.
        public init(compareHTML: String, reportHTML: String) {
            self.compareHTML = compareHTML
            self.reportHTML = reportHTML
        }
    }

    /// What was written, paths under the folder.
    public struct Written: Sendable {
        /// The assessment files, relative to the folder.
        public var assessments: [String]
        /// The questionnaire copy, relative to the folder.
        public var questionnaireCopy: String
        /// The comparison and the site report, relative to the folder.
        public var reports: [String]
        /// The site of the single report.
        public var reportSite: String

        /// The files of site `id`'s assessments (the head office's for its id), in the order written.
        public func assessments(of id: String) -> [String] {
            assessments.filter { $0.hasPrefix(DemoWriter.folder(of: id)) }
        }
    }

    /// The folder of site `id`'s assessments, relative to the demo's folder, with its slash: the
    /// one place that says where a demo assessment is written.
    static func folder(of id: String) -> String { "assessments/\(id)/" }

    /// Writes only the assessments (and the questionnaire copy) under `folder/assessments/`.
    public static func writeAssessments(
        _ association: DemoAssociation, questionnaire: Questionnaire, into folder: String
    ) throws(Failure) -> (assessments: [String], copy: String) {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(questionnaire.path)
        } catch {
            throw Failure(message: "\(error)")
        }
        let root = FileIO.join(folder, "assessments")
        let copy = "assessments/.questionnaires/\(questionnaire.sha256).yaml"
        var written: [String] = []
        do {
            try FileIO.makeDirectories(FileIO.join(root, ".questionnaires"))
            try FileIO.writeAtomically(bytes, to: FileIO.join(folder, copy))
            for assessment in association.headOfficeAssessments(questionnaire: questionnaire) + association.assessments(questionnaire: questionnaire) {
                let relative = Self.folder(of: assessment.site.id) + "\(assessment.date).json"
                try FileIO.makeDirectories(FileIO.join(root, assessment.site.id))
                try FileIO.writeAtomically(AssessmentCodec.bytes(assessment), to: FileIO.join(folder, relative))
                written.append(relative)
            }
        } catch {
            throw Failure(message: "\(error)")
        }
        return (written, copy)
    }

    /// Writes the assessments and the questionnaire copy as `writeAssessments` does, the same
    /// files, but site by site on every core and without flushing each file to the disk.
    ///
    /// For the synthetic associations of the benchmark (`sobre demo --assessments-only`), which
    /// must write 100,000 files in well under two minutes; the files are scratch data, so a
    /// crash may leave one of them partial.
    public static func writeScratchAssessments(
        _ association: DemoAssociation, questionnaire: Questionnaire, into folder: String
    ) throws(Failure) -> (assessments: [String], copy: String) {
        let root = FileIO.join(folder, "assessments")
        let copy = "assessments/.questionnaires/\(questionnaire.sha256).yaml"
        do {
            let bytes = try FileIO.read(questionnaire.path)
            try FileIO.makeDirectories(FileIO.join(root, ".questionnaires"))
            try FileIO.writeScratch(bytes, to: FileIO.join(folder, copy))
        } catch {
            throw Failure(message: "\(error)")
        }
        let headOffices = association.headOfficeAssessments(questionnaire: questionnaire)
        var written: [String] = []
        do {
            try FileIO.makeDirectories(FileIO.join(root, AssociationAssessment.siteID))
            for assessment in headOffices {
                let relative = "assessments/\(AssociationAssessment.siteID)/\(assessment.date).json"
                try FileIO.writeScratch(AssessmentCodec.bytes(assessment), to: FileIO.join(folder, relative))
                written.append(relative)
            }
        } catch {
            throw Failure(message: "\(error)")
        }
        let perSite = ParallelMap.map(association.sites) { site -> Result<[String], FileIO.Failure> in
            Result { () throws(FileIO.Failure) in
                try FileIO.makeDirectories(FileIO.join(root, site.id))
                var written: [String] = []
                for assessment in association.assessments(of: site, questionnaire: questionnaire, headOffices: headOffices) {
                    let relative = Self.folder(of: assessment.site.id) + "\(assessment.date).json"
                    try FileIO.writeScratch(AssessmentCodec.bytes(assessment), to: FileIO.join(folder, relative))
                    written.append(relative)
                }
                return written
            }
        }
        for result in perSite {
            switch result {
            case .success(let paths): written += paths
            case .failure(let error): throw Failure(message: "\(error)")
            }
        }
        return (written, copy)
    }

    /// Writes the whole demo into `folder`: assessments, `comparaison.html`, `comparaison.txt`
    /// and `rapport-<site>.html` (the first site, with the change since the year before).
    public static func write(
        _ association: DemoAssociation, questionnaire: Questionnaire, library: QuestionnaireLibrary,
        templates: Templates, into folder: String
    ) throws(Failure) -> Written {
        let (assessments, copy) = try writeAssessments(association, questionnaire: questionnaire, into: folder)
        let comparison = Comparison(paths: [FileIO.join(folder, "assessments")], library: library, relativeTo: folder,
                                    language: questionnaire.language)
        if let problem = comparison.errors.first { throw Failure(message: "\(problem.file): \(problem.message)") }
        var reports: [String] = []
        func save(_ name: String, _ produce: (_ write: ([UInt8]) -> Void) -> Void) throws(Failure) {
            do {
                try FileIO.writeAtomically(to: FileIO.join(folder, name), produce)
            } catch {
                throw Failure(message: "\(error)")
            }
            reports.append(name)
        }
        func save(_ text: String, _ name: String) throws(Failure) {
            try save(name) { UTF8Pieces.forEach(of: text, $0) }
        }
        do {
            // Handed over in pieces: the page of a large demo is not held twice.
            try save("comparaison.html", try CompareTemplate.page(comparison, template: templates.compareHTML, format: .html).write(to:))
        } catch let error as TemplateReport.TemplateError {
            throw Failure(message: "compare.html.mustache:\(error.line):\(error.column): \(error.message)")
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(message: "\(error)")
        }
        try save(CompareText.render(comparison), "comparaison.txt")

        guard let site = comparison.sites.first(where: { $0.id == association.sites.first?.id }) ?? comparison.sites.first else {
            throw Failure(message: "no site")
        }
        let store = AssessmentStore(library: library)
        let model: ReportModel
        do {
            let latest = try store.open(FileIO.join(folder, site.latest.file), language: questionnaire.language)
            var before: (Questionnaire, Assessment)?
            if let previous = site.previous {
                let earlier = try store.open(FileIO.join(folder, previous.file), language: questionnaire.language)
                before = (earlier.questionnaire, earlier.assessment)
            }
            model = ReportModel(questionnaire: latest.questionnaire, assessment: latest.assessment, previous: before)
        } catch {
            throw Failure(message: error.message)
        }
        do {
            try save(try TemplateReport.render(model, template: templates.reportHTML, format: .html), "rapport-\(site.id).html")
        } catch let error as TemplateReport.TemplateError {
            throw Failure(message: "report.html.mustache:\(error.line):\(error.column): \(error.message)")
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(message: "\(error)")
        }
        return Written(assessments: assessments, questionnaireCopy: copy, reports: reports, reportSite: site.id)
    }
}
