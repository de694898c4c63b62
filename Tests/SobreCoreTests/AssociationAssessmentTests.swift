import Foundation
@testable import SobreCore
import SobreJSON
import SobreTestSupport
import Testing

/// The head office's assessment a site inherits (SPEC §12): which one is found, what is copied.
@Suite struct AssociationAssessmentTests {
    static let questionnaire: Questionnaire = {
        let yaml = header() + """
            themes:
              - id: gouv
                title: Gouvernance
                questions:
                  - { id: referent, text: Référent ?, type: boolean }
              - id: achats
                title: Achats
                scope: association
                questions:
                  - id: criteres
                    text: Critères ?
                    type: single
                    options:
                      - { id: non, label: Non, score: 0 }
                      - { id: oui, label: Oui, score: 1 }
                  - { id: duree, text: Durée ?, type: number, min: 1, max: 10 }
                  - { id: clauses, text: Clauses ?, type: boolean }
                  - { id: charte, text: Charte ?, type: boolean, na: true }

            """
        return QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: testPath).questionnaire
            ?? Questionnaire(id: "broken", version: "0", language: .fr, title: "", levels: [], themes: [], actions: [])
    }()

    /// An association assessment file's text.
    static func file(date: String, status: String = "complete", kind: String? = "association", questionnaire: String = "test",
                     updated: String = "2026-01-01T00:00:00Z") -> String {
        """
        { "format": 1, "questionnaire": { "id": "\(questionnaire)", "version": "1" },
          "site": { "id": "_association", "name": "Siège" }, \(kind.map { "\"kind\": \"\($0)\"," } ?? "")
          "date": "\(date)", "status": "\(status)", "updated_at": "\(updated)",
          "answers": { "achats.criteres": { "value": "oui" }, "achats.duree": { "value": 5 } } }
        """
    }

    @Test func theLatestCompleteOneOnOrBeforeTheDayIsFound() throws {
        let folder = try TemporaryFolder("sobre-association")
        defer { folder.remove() }
        try folder.write(Self.file(date: "2025-10-01"), to: "2025-10-01.json")
        try folder.write(Self.file(date: "2026-10-01"), to: "2026-10-01.json")
        try folder.write(Self.file(date: "2026-12-15"), to: "2026-12-15.json")              // dated after
        try folder.write(Self.file(date: "2026-11-20", status: "in_progress"), to: "2026-11-20.json")
        try folder.write(Self.file(date: "2026-11-25", questionnaire: "autre"), to: "2026-11-25.json")
        try folder.write(Self.file(date: "2026-11-26", kind: nil), to: "2026-11-26.json")   // a site's file
        try folder.write("{ not json", to: "2026-11-27.json")
        let found = try #require(AssociationAssessment.latest(in: folder.path, questionnaireID: "test", onOrBefore: "2026-11-29"))
        #expect(found.assessment.date == "2026-10-01")
        #expect(found.sha256 == SHA256.hex(try FileIO.read(folder.path + "/2026-10-01.json")))
        #expect(AssociationAssessment.latest(in: folder.path, questionnaireID: "test", onOrBefore: "2026-12-15")?.assessment.date == "2026-12-15")
        #expect(AssociationAssessment.latest(in: folder.path, questionnaireID: "test", onOrBefore: "2025-09-30")?.path == nil)
    }

    /// The name of the file found among `a.json` and `b.json`, both of 2026-10-01, updated at
    /// `a` and `b`.
    static func latestOfOneDay(a: String, b: String) throws -> String? {
        let folder = try TemporaryFolder("sobre-association")
        defer { folder.remove() }
        try folder.write(Self.file(date: "2026-10-01", updated: b), to: "b.json")
        try folder.write(Self.file(date: "2026-10-01", updated: a), to: "a.json")
        return AssociationAssessment.latest(in: folder.path, questionnaireID: "test", onOrBefore: "2026-11-29")?.path
            .split(separator: "/").last.map(String.init)
    }

    @Test func sameDayTiesGoToTheLatestUpdate() throws {
        #expect(try Self.latestOfOneDay(a: "2026-10-01T15:00:00Z", b: "2026-10-01T12:00:00Z") == "a.json")
    }

    @Test func aTimeThatIsNoInstantLosesToOne() throws {
        // As text "2026-10-01T9h" is after "2026-10-01T08:00:00Z"; it is no time, so it comes first.
        #expect(try Self.latestOfOneDay(a: "2026-10-01T08:00:00Z", b: "2026-10-01T9h") == "a.json")
    }

    @Test func filesAreThoseCompareReads() throws {
        // `.JSON` too, as `compare` reads it; a hidden file is skipped, as `compare` skips it.
        let folder = try TemporaryFolder("sobre-association")
        defer { folder.remove() }
        try folder.write(Self.file(date: "2026-10-01"), to: "2026-10-01.JSON")
        try folder.write(Self.file(date: "2026-11-01"), to: ".2026-11-01.json")
        #expect(AssociationAssessment.latest(in: folder.path, questionnaireID: "test", onOrBefore: "2026-11-29")?.path.hasSuffix("/2026-10-01.JSON") == true)
    }

    @Test func noFolderNoneFound() {
        #expect(AssociationAssessment.latest(in: "/nonexistent/_association", questionnaireID: "test", onOrBefore: "2026-11-29")?.path == nil)
    }

    @Test func aSiteFileIsNotAnAssociationAssessment() throws {
        let folder = try TemporaryFolder("sobre-association")
        defer { folder.remove() }
        try folder.write(Self.file(date: "2026-10-01", kind: nil), to: "x.json")
        guard case .failure(let error) = AssociationAssessment.read(folder.path + "/x.json", language: .fr) else {
            Issue.record("a site's file was taken for the head office's")
            return
        }
        #expect(error.message.contains("n’est pas l’évaluation du siège"))
    }

    @Test func aFileThatCannotBeReadSaysSo() throws {
        let folder = try TemporaryFolder("sobre-association")
        defer { folder.remove() }
        try FileIO.makeDirectories(folder.path + "/x.json")
        guard case .failure(let error) = AssociationAssessment.read(folder.path + "/x.json", language: .fr) else {
            Issue.record("a folder was read as a file")
            return
        }
        // The file, then what went wrong, as `report` says it.
        #expect(error.message.hasPrefix(folder.path + "/x.json : lecture impossible : "), "\(error.message)")
    }

    @Test func fittingAnswersToAssociationQuestionsAreCopiedAndMarked() throws {
        var answers = AnswerSet()
        answers["gouv.referent"] = Answer(value: .bool(true))              // a site question: never copied
        answers["achats.criteres"] = Answer(value: .string("peut-etre"))    // an option that does not exist
        answers["achats.duree"] = Answer(value: .number(5), note: "note du siège", at: "2026-10-01T10:00:00Z")
        answers["achats.clauses"] = Answer(notApplicable: true)             // N/A not offered
        answers["achats.charte"] = Answer(notApplicable: true)
        let headOffice = Assessment(questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: "_association"),
                                    date: "2026-10-01", status: .complete, answers: answers)
        let found = AssociationAssessment(path: "/data/assessments/_association/2026-10-01.json", assessment: headOffice, sha256: "ab")
        var site = Assessment(questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: "foyer"), date: "2026-11-29")
        let copied = found.inherit(into: &site, questionnaire: Self.questionnaire, sitePath: "/data/assessments/foyer/2026-11-29.json")
        #expect(copied == 2)
        #expect(site.answers.ids == ["achats.duree", "achats.charte"])
        #expect(site.answers["achats.duree"] == Answer(value: .number(5), at: "2026-10-01T10:00:00Z", extra: JSONObject([("inherited", .bool(true))])))
        #expect(site.answers["achats.charte"]?.inherited == true && site.answers["achats.charte"]?.notApplicable == true)
        #expect(site.association == .init(file: "../_association/2026-10-01.json", date: "2026-10-01", sha256: "ab"))
    }

    @Test func theAssociationFileIsNamedAsBasedOnNamesAnEarlierFileThroughALink() throws {
        // `association.file` had its own relative path, which did not resolve links as `based_on.file` does.
        let place = try TemporaryFolder("sobre-association-link")
        defer { place.remove() }
        try place.write("{}", to: "reel/assessments/_association/2026-10-01.json")
        try place.write("{}", to: "reel/assessments/foyer/.keep")
        try FileManager.default.createSymbolicLink(atPath: place.path + "/lien", withDestinationPath: place.path + "/reel/assessments/foyer")
        let target = place.path + "/reel/assessments/_association/2026-10-01.json"
        let found = AssociationAssessment(path: target, assessment: Assessment(
            questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: "_association"), date: "2026-10-01",
            status: .complete), sha256: "ab")
        var site = Assessment(questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: "foyer"), date: "2026-11-29")
        found.inherit(into: &site, questionnaire: Self.questionnaire, sitePath: place.path + "/lien/2026-11-29.json")
        let file = try #require(site.association?.file)
        #expect(file == "../_association/2026-10-01.json")
        #expect(FileIO.canonical(FileIO.resolve(file, fromFolder: place.path + "/reel/assessments/foyer")) == FileIO.canonical(target))
    }
}
