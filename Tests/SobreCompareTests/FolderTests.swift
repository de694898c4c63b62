#if canImport(Glibc)
import Glibc
#endif
import SobreCore
import SobreReport
import SobreJSON
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

    // MARK: - Every file read or reported

    /// Raw system calls, so that what is made does not depend on the code under test.
    static func makeFolder(_ path: [UInt8]) {
        _ = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { $0.baseAddress.map { mkdir($0, 0o755) } }
    }

    static func writeFile(_ bytes: [UInt8], to path: [UInt8]) {
        let fd = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
            $0.baseAddress.map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } ?? -1
        }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// A folder and a file whose names are not UTF-8 are read like any other, and named with
    /// the bad bytes shown.
    @Test func namesThatAreNotUTF8AreRead() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let q = try Mini.questionnaire()
        let root = Array((folder.path + "/assessments/").utf8)
        Self.makeFolder(root + [0x64, 0xFF])  // "d\xFF"
        let first = Mini.assessment(q, site: "latin1", ["a.q": "full", "b.q": "full"])
        Self.writeFile(Array(JSONWriter.string(AssessmentCodec.encode(first)).utf8), to: root + [0x64, 0xFF] + Array("/a.json".utf8))
        let second = Mini.assessment(q, site: "cut", ["a.q": "zero", "b.q": "zero"])
        Self.writeFile(Array(JSONWriter.string(AssessmentCodec.encode(second)).utf8), to: root + Array("s2/".utf8) + [0xE9] + Array(".json".utf8))  // Latin-1 "é.json"
        let c = Comparison(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                           relativeTo: folder.path)
        #expect(c.sites.map(\.id) == ["cut", "latin1", "s1", "s2"])
        #expect(c.site("latin1")?.latest.file == "assessments/d\\xFF/a.json")
        #expect(c.site("cut")?.latest.file == "assessments/s2/\\xE9.json")
        // The path given back to the system is the one found.
        let store = AssessmentStore(library: QuestionnaireLibrary(bundledDirectories: []))
        let path = PathEncoding.string(fromBytes: root + [0x64, 0xFF] + Array("/a.json".utf8))
        #expect(try store.open(path).assessment.site.id == "latin1")
    }

    /// Bytes of any kind come back as they were; UTF-8 is unchanged; the characters used for
    /// bad bytes, when a name really holds them, are escaped too.
    @Test(arguments: [
        [0x61, 0x62], [0xFF], [0x64, 0xFF, 0x2F, 0xFE], [0xC3, 0xA9], [0xC3], [0xC3, 0x41], [0xC0, 0x80], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBE, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBD, 0xBF], [0xE2, 0x82],
        [0xF0, 0x9F, 0x98, 0x80], [0x80, 0x80, 0xBF],
    ] as [[UInt8]])
    func pathBytesSurviveAString(bytes: [UInt8]) {
        let text = PathEncoding.string(fromBytes: bytes)
        #expect(PathEncoding.bytes(text) == bytes)
        if let valid = String(validating: bytes, as: UTF8.self), !valid.unicodeScalars.contains(where: { $0.value >= 0x10FF80 }) {
            #expect(text == valid)
            #expect(PathEncoding.shown(text) == valid)
        } else {
            #expect(PathEncoding.shown(text).contains("\\x"))
            #expect(PathEncoding.bytes(PathEncoding.repaired(text)) != bytes)
        }
    }

    @Test func badBytesAreShownAndRepaired() {
        let text = PathEncoding.string(fromBytes: [0x64, 0xFF, 0x2F, 0xC3, 0xA9, 0xC3])
        #expect(PathEncoding.shown(text) == "d\\xFF/é\\xC3")
        #expect(PathEncoding.repaired(text) == "d\u{FFFD}/é\u{FFFD}")
    }

    /// A tree deeper than the old guard of 32 folders is searched to the bottom.
    @Test func deepFoldersAreSearched() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let q = try Mini.questionnaire()
        let deep = (0..<40).map { "d\($0)" }.joined(separator: "/")
        try folder.write(JSONWriter.string(AssessmentCodec.encode(Mini.assessment(q, site: "deep", ["a.q": "full"]))),
                         to: "assessments/\(deep)/a.json")
        let c = Comparison(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                           relativeTo: folder.path)
        #expect(c.site("deep")?.latest.file == "assessments/\(deep)/a.json")
    }

    /// Links back up the tree are followed once: each folder is searched once, each file found
    /// once, by its shortest path (searching `s1/up/s1/up/…` before `s2` would find s2's file
    /// as `s1/up/…/s2/…`). Two such links in one folder made an exponential walk: that case is
    /// run with a timeout, in `FaultTests.linkLoops`.
    @Test func linkLoopsVisitEachFolderOnce() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        symlink("..", folder.path + "/assessments/s1/up")
        symlink("../..", folder.path + "/assessments/s2/top")
        let (files, problems) = AssessmentFiles.collect([folder.path + "/assessments"], relativeTo: folder.path)
        #expect(problems.isEmpty)
        #expect(files.map(\.display) == [
            "assessments/s1/2025-03-01.json", "assessments/s1/2026-03-01.json", "assessments/s2/2026-04-01.json",
            "assessments/s3/2026-03-01.json", "assessments/s4/corrupt.json", "assessments/s4/notes.json",
            "assessments/s5/2026-03-01.json",
        ])
    }

    /// A `*.json` entry that is not a regular file is reported, not skipped; it is never opened
    /// in a way that could wait.
    @Test func entriesThatAreNotRegularFilesAreReported() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        #expect(mkfifo(folder.path + "/assessments/s2/pipe.json", 0o644) == 0)
        let c = Comparison(paths: [folder.path + "/assessments/s2", "/dev/null"], library: QuestionnaireLibrary(bundledDirectories: []),
                           relativeTo: folder.path)
        #expect(c.sites.map(\.id) == ["s2"])
        let notRegular = "lecture impossible : ce n’est pas un fichier ordinaire (tube, périphérique ou socket)"
        #expect(c.errors == [
            FileProblem(file: "assessments/s2/pipe.json", message: notRegular),
            FileProblem(file: "/dev/null", message: notRegular),
        ])
        #expect(throws: FileIO.Failure.self) { try FileIO.read("/dev/zero") }
        do {
            _ = try FileIO.read("/dev/zero")
        } catch {
            #expect(error.code == FileIO.Failure.notRegularFile)
        }
    }

    // MARK: - Questionnaire copies checked

    /// A copy is used only when its bytes hash to its name; one that does not is said to be
    /// edited, whether it still loads or not, and one that does but will not load, damaged.
    @Test func aCopyIsTrustedOnItsBytes() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let q = try Mini.questionnaire()
        func look(_ text: String, named sha: String) throws -> QuestionnaireCopy.Look {
            try folder.write(text, to: "copies/\(sha).yaml")
            return QuestionnaireCopy.look(at: folder.path + "/copies/\(sha).yaml", sha256: sha)
        }
        guard case .found(let found) = try look(Mini.yaml(), named: q.sha256) else {
            Issue.record("the exact copy is not used")
            return
        }
        #expect(found.sha256 == q.sha256)
        let path = { (sha: String) in folder.path + "/copies/\(sha).yaml" }
        guard case .problem(let edited) = try look(Mini.yaml() + "# retouché\n", named: q.sha256),
              case .problem(let cut) = try look("id: [", named: q.sha256) else {
            Issue.record("an edited copy is used")
            return
        }
        #expect(edited == QuestionnaireCopy.Problem(path: path(q.sha256), kind: .modified))
        #expect(cut == QuestionnaireCopy.Problem(path: path(q.sha256), kind: .modified))
        // The right bytes for the name, which do not load (no questionnaire has them): damaged.
        let garbage = "id: [\n"
        let sha = SHA256.hex(Array(garbage.utf8))
        guard case .problem(let damaged) = try look(garbage, named: sha) else {
            Issue.record("a copy that does not load is used")
            return
        }
        #expect(damaged == QuestionnaireCopy.Problem(path: path(sha), kind: .invalid))
    }

    /// A copy whose bytes no longer match its name is not used, and the file says it was
    /// modified rather than missing; the other files are compared.
    @Test func aModifiedCopyIsSaidToBeModified() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let q = try Mini.questionnaire()
        let copy = folder.path + "/assessments/.questionnaires/\(q.sha256).yaml"
        try folder.write(Mini.yaml() + "# retouché\n", to: "assessments/.questionnaires/\(q.sha256).yaml")
        let library = QuestionnaireLibrary(bundledDirectories: [])
        let c = Comparison(paths: [folder.path + "/assessments/s1", folder.path + "/assessments/s2"], library: library,
                           relativeTo: folder.path)
        #expect(c.sites.isEmpty)
        #expect(c.errors.count == 3)
        #expect(c.errors.allSatisfy { $0.message.contains("la copie du questionnaire « mini » version 1 a été modifiée : \(copy) ne correspond plus à son empreinte sha256") })
        let path = folder.path + "/assessments/s1/2025-03-01.json"
        guard case .failure(let missing) = library.find(sha256: q.sha256, near: path) else {
            Issue.record("a modified copy is used")
            return
        }
        #expect(missing.problems == [QuestionnaireCopy.Problem(path: copy, kind: .modified)])
        #expect(throws: AssessmentCodec.ReadError.self) { try AssessmentStore(library: library).open(path) }
        do {
            _ = try AssessmentStore(library: library).open(path)
        } catch {
            #expect(error.message.hasPrefix("la copie du questionnaire « mini » version 1 a été modifiée"))
        }
        // The bundled questionnaire with these bytes is used when there is one.
        let bundled = try TemporaryFolder("sobre-bundled")
        defer { bundled.remove() }
        try bundled.write(Mini.yaml(), to: "mini.yaml")
        let withBundled = Comparison(paths: [folder.path + "/assessments/s1"], library: QuestionnaireLibrary(bundledDirectories: [bundled.path]))
        #expect(withBundled.errors.isEmpty)
        #expect(withBundled.site("s1")?.history.count == 2)
    }

    /// A hash in upper case names the same bytes: in the assessment, and in a copy's file name.
    @Test func upperCaseHashesAreAccepted() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let q = try Mini.questionnaire()
        var upper = Mini.assessment(q, site: "s6", ["a.q": "full", "b.q": "full"])
        upper.questionnaire.sha256 = q.sha256.uppercased()
        try folder.write(JSONWriter.string(AssessmentCodec.encode(upper)), to: "assessments/s6/2026-03-01.json")
        let library = QuestionnaireLibrary(bundledDirectories: [])
        let c = Comparison(paths: [folder.path + "/assessments/s6"], library: library)
        #expect(c.errors.isEmpty)
        #expect(c.site("s6")?.latest.overallScore == 100)
        #expect(try AssessmentStore(library: library).open(folder.path + "/assessments/s6/2026-03-01.json").questionnaire.sha256 == q.sha256)

        // A copy named in upper case.
        let other = try TemporaryFolder()
        defer { other.remove() }
        try other.write(Mini.yaml(), to: ".questionnaires/\(q.sha256.uppercased()).yaml")
        try other.write(JSONWriter.string(AssessmentCodec.encode(Mini.assessment(q, site: "s7", ["a.q": "full"]))), to: "s7.json")
        #expect(try AssessmentStore(library: library).open(other.path + "/s7.json").questionnaire.sha256 == q.sha256)
        #expect(QuestionnaireCache(library: library).questionnaire(sha256: q.sha256.uppercased(), near: other.path + "/s7.json")?.id == "mini")
        #expect(Comparison(paths: [other.path], library: library).errors.isEmpty)
    }
}
