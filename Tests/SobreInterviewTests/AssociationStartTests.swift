import Foundation
import SobreCore
@testable import SobreInterview
import Testing

/// How the head office's interview and a site's inheriting one begin (SPEC §12).
@Suite struct AssociationStartTests {
    /// A folder with the questionnaire of `AssociationInterviewTests` as `q.yaml`.
    struct Place {
        let folder: TemporaryFolder
        var questionnaire: String { folder.path + "/q.yaml" }
        var headOfficeFolder: String { folder.path + "/assessments/_association" }

        init() throws {
            folder = try TemporaryFolder("sobre-association-start")
            try folder.write(AssociationInterviewTests.yaml, to: "q.yaml")
        }

        func options(site: String? = "Foyer Les Tilleuls", headOffice: Bool = false, association: String? = nil, out: String) -> InterviewStart.Options {
            var options = InterviewStart.Options(questionnaire: questionnaire, site: site, date: "2026-11-29", out: folder.path + "/" + out,
                                                 headOffice: headOffice, association: association)
            options.associationFolder = headOfficeFolder
            return options
        }
    }

    func start(_ options: InterviewStart.Options) -> Result<InterviewStart.Plan, InterviewStart.Failure> {
        Result { () throws(InterviewStart.Failure) in
            try InterviewStart.plan(options, library: QuestionnaireLibrary(bundledDirectories: []), reader: ScriptedLineReader([]),
                                    interactive: false, interfaceLanguage: .fr, now: InterviewStartTests.now, output: { _ in })
        }
    }

    /// The head office's complete assessment of `date` at `assessments/_association/<date>.json`.
    func headOffice(_ place: Place, date: String, status: Assessment.Status = .complete) throws {
        var options = place.options(site: nil, headOffice: true, out: "assessments/_association/\(date).json")
        options.date = date
        let plan = try start(options).get()
        var assessment = plan.assessment
        assessment.answers["usages.impression"] = Answer(value: .array([.string("badge")]))
        assessment.answers["usages.extinction"] = Answer(value: .number(4))
        assessment.status = status
        try InterviewFiles.save(assessment, under: plan.lock)
    }

    @Test func theHeadOfficeInterviewHasItsKindIdAndDefaultName() throws {
        let place = try Place()
        defer { place.folder.remove() }
        let plan = try start(place.options(site: nil, headOffice: true, out: "assessments/_association/2026-11-29.json")).get()
        #expect(plan.assessment.kind == .association)
        #expect(plan.assessment.site.id == "_association" && plan.assessment.site.name == "Siège")
        let written = try AssessmentCodec.decode(try FileIO.read(place.headOfficeFolder + "/2026-11-29.json"))
        #expect(written.kind == .association)
    }

    @Test func theHeadOfficeInterviewNeedsHeadOfficeQuestionsAndKeepsItsID() throws {
        let place = try Place()
        defer { place.folder.remove() }
        try place.folder.write(Fixtures.yaml, to: "plain.yaml")
        var options = place.options(site: nil, headOffice: true, out: "a.json")
        options.questionnaire = place.folder.path + "/plain.yaml"
        #expect(start(options).failure?.message?.contains("n’a aucune question du siège") == true)
        options = place.options(headOffice: true, out: "b.json")
        options.siteID = "siege"
        #expect(start(options).failure?.message?.contains("--site-id ne va pas avec --association") == true)
        options = place.options(out: "c.json")
        options.siteID = "_association"
        #expect(start(options).failure?.message?.contains("est réservé à l’évaluation du siège") == true)
    }

    @Test func aSiteInheritsTheLatestCompleteHeadOfficeAnswers() throws {
        let place = try Place()
        defer { place.folder.remove() }
        try headOffice(place, date: "2026-10-01")
        try headOffice(place, date: "2026-11-15", status: .inProgress)   // in progress: ignored
        try headOffice(place, date: "2026-12-01")                        // dated after the site's day: ignored
        let plan = try start(place.options(out: "foyer.json")).get()
        #expect(plan.assessment.association?.date == "2026-10-01")
        #expect(plan.assessment.association?.file == "assessments/_association/2026-10-01.json")
        #expect(plan.assessment.answers["usages.extinction"]?.inherited == true)
        // Recorded in the file at once, so that a resumed interview goes on inheriting.
        let written = try AssessmentCodec.decode(try FileIO.read(place.folder.path + "/foyer.json"))
        #expect(written.association == plan.assessment.association)
    }

    @Test func noHeadOfficeAssessmentEverythingIsAsked() throws {
        let place = try Place()
        defer { place.folder.remove() }
        let plan = try start(place.options(out: "foyer.json")).get()
        #expect(plan.assessment.association == nil)
        #expect(plan.assessment.answers.count == 0)
    }

    @Test func anExplicitFileMustBeACompleteHeadOfficeAssessmentOfTheQuestionnaire() throws {
        let place = try Place()
        defer { place.folder.remove() }
        try headOffice(place, date: "2026-11-15", status: .inProgress)
        let inProgress = start(place.options(association: place.headOfficeFolder + "/2026-11-15.json", out: "a.json"))
        #expect(inProgress.failure?.message?.contains("est encore en cours") == true)
        try headOffice(place, date: "2026-10-01")
        let plan = try start(place.options(association: place.headOfficeFolder + "/2026-10-01.json", out: "b.json")).get()
        #expect(plan.assessment.answers["usages.impression"]?.inherited == true)
        let missing = start(place.options(association: place.folder.path + "/absent.json", out: "d.json"))
        #expect(missing.failure?.message?.hasPrefix(place.folder.path + "/absent.json : ") == true)
        #expect(!FileIO.exists(place.folder.path + "/d.json"), "nothing is made when the head office's file cannot be read")
        try place.folder.write(AssociationAssessmentFile.otherQuestionnaire, to: "other.json")
        let other = start(place.options(association: place.folder.path + "/other.json", out: "c.json"))
        #expect(other.failure?.message?.contains("suit le questionnaire « autre »") == true)
    }
}

private enum AssociationAssessmentFile {
    static let otherQuestionnaire = """
        { "format": 1, "questionnaire": { "id": "autre", "version": "1" }, "site": { "id": "_association" },
          "kind": "association", "date": "2026-10-01", "status": "complete", "answers": {} }
        """
}

extension Result where Failure == InterviewStart.Failure {
    var failure: InterviewStart.Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
