import SobreCore
import SobreReport
import Testing

/// Real files: a folder of good assessments with bad ones among them.
@Suite struct FolderTests {
    /// `assessments/` with the mini questionnaire copy, two good sites, and bad files.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let yaml = Mini.yaml()
        let q = try Mini.questionnaire()
        #expect(q.sha256 == SHA256.hex(Array(yaml.utf8)))
        try folder.write(yaml, to: "assessments/.questionnaires/\(q.sha256).yaml")
        let good = [
            Mini.assessment(q, site: "s1", date: "2025-03-01", ["a.q": "zero", "b.q": "zero"]),
            Mini.assessment(q, site: "s1", date: "2026-03-01", ["a.q": "full", "b.q": "half"]),
            Mini.assessment(q, site: "s2", date: "2026-04-01", ["a.q": "half", "b.q": "half"]),
        ]
        for a in good {
            try folder.write(JSONWriter.string(AssessmentCodec.encode(a)), to: "assessments/\(a.site.id)/\(a.date).json")
        }
        var unknown = Mini.assessment(q, site: "s3", ["a.q": "full"])
        unknown.questionnaire.sha256 = String(repeating: "ab", count: 32)
        try folder.write(JSONWriter.string(AssessmentCodec.encode(unknown)), to: "assessments/s3/2026-03-01.json")
        try folder.write("{ \"format\": 1, \"questionnaire\": ", to: "assessments/s4/corrupt.json")
        try folder.write("Ceci n'est pas du JSON.\n", to: "assessments/s4/notes.json")
        var badFiness = Mini.assessment(q, site: "s5", ["a.q": "full"])
        badFiness.site.finess = "590000001"
        try folder.write(JSONWriter.string(AssessmentCodec.encode(badFiness)), to: "assessments/s5/2026-03-01.json")
        // Not assessments: hidden, or not *.json.
        try folder.write("{}", to: "assessments/.cache/x.json")
        try folder.write("{}", to: "assessments/.hidden.json")
        try folder.write("texte", to: "assessments/readme.txt")
        return folder
    }

    @Test func badFilesAreListedAndGoodOnesProcessed() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let c = Comparison(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                           relativeTo: folder.path)
        #expect(c.sites.map(\.id) == ["s1", "s2"])
        #expect(c.site("s1")?.history.count == 2)
        #expect(c.site("s1")?.latest.file == "assessments/s1/2026-03-01.json")
        #expect(c.errors.map(\.file) == [
            "assessments/s3/2026-03-01.json", "assessments/s4/corrupt.json", "assessments/s4/notes.json",
            "assessments/s5/2026-03-01.json",
        ])
        #expect(c.errors[0].message.contains("questionnaire introuvable"))
        #expect(c.errors[1].message.contains("JSON"))
        #expect(c.errors[2].message.contains("JSON"))
        #expect(c.errors[3].message.contains("FINESS"))
        let json = CompareJSON.render(c)
        #expect(json.contains("\"file\": \"assessments/s4/notes.json\""))
        #expect(!json.contains(folder.path))
    }

    @Test func filesAndFoldersMixAndMissingPathsAreErrors() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let c = Comparison(paths: [folder.path + "/assessments/s2", folder.path + "/assessments/s1/2025-03-01.json",
                                   folder.path + "/assessments/s1/2025-03-01.json", folder.path + "/nowhere"],
                           library: QuestionnaireLibrary(bundledDirectories: []), relativeTo: folder.path)
        #expect(c.sites.map(\.id) == ["s1", "s2"])
        #expect(c.site("s1")?.history.count == 1)
        #expect(c.errors == [FileProblem(file: "nowhere", message: "fichier ou dossier introuvable")])
    }

    @Test func eachQuestionnaireIsParsedOnce() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let cache = QuestionnaireCache(library: QuestionnaireLibrary(bundledDirectories: []))
        let q = try Mini.questionnaire()
        for path in ["assessments/s1/2025-03-01.json", "assessments/s1/2026-03-01.json", "assessments/s2/2026-04-01.json"] {
            #expect(cache.questionnaire(sha256: q.sha256, near: folder.path + "/" + path)?.id == "mini")
        }
        #expect(cache.loadedCount == 1)
        #expect(cache.questionnaire(sha256: String(repeating: "0", count: 64), near: folder.path + "/assessments/x.json") == nil)
        #expect(cache.questionnaire(sha256: "../../etc/passwd", near: folder.path + "/assessments/x.json") == nil)
    }
}
