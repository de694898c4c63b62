import Foundation
import SobreCore
import Testing

/// `report --output` and `compare --output` never replace a file the command reads, through
/// whatever link, nor any assessment: a clear message, status 1, the file untouched.
@Suite struct OutputTargetTests {
    static let sample: [UInt8] = (try? E2E.read(E2E.root + "/Reports/examples/assessment.json")) ?? []

    /// `a.json` (the sample), `p.json` (an earlier one of the same site), `other.json` (another
    /// assessment), a symbolic and a hard link to `a.json`, a folder `d` with an assessment (and
    /// a hard link to it outside, `d-hard.json`) and a
    /// folder `e` with an assessment and an earlier comparison.
    func setUp() throws -> String {
        let folder = try E2E.folder(memory: true)
        for name in ["a.json", "other.json", "d/x.json"] {
            try FileManager.default.createDirectory(atPath: folder + "/d", withIntermediateDirectories: true)
            try Data(Self.sample).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let earlier = String(decoding: Self.sample, as: UTF8.self).replacing("\"date\": \"2026-11-19\"", with: "\"date\": \"2025-11-19\"")
        try E2E.write(earlier, to: folder + "/p.json")
        try FileManager.default.createDirectory(atPath: folder + "/e", withIntermediateDirectories: true)
        try E2E.write("{\"sites\": []}\n", to: folder + "/e/old-comparison.json")
        try Data(Self.sample).write(to: URL(fileURLWithPath: folder + "/e/y.json"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "a.json")
        try FileManager.default.linkItem(atPath: folder + "/a.json", toPath: folder + "/hard.json")
        try FileManager.default.linkItem(atPath: folder + "/d/x.json", toPath: folder + "/d-hard.json")
        return folder
    }

    func run(_ arguments: [String], in folder: String) throws -> (status: Int32?, output: String) {
        let child = try ChildProcess(arguments, in: folder, input: .file("/dev/null"))
        let status = child.waitForExit(timeout: 30)
        return (status, child.text)
    }

    static let isInput = " : il n’est jamais remplacé ; choisissez un autre fichier pour --output, rien n’a été écrit\n"

    @Test(arguments: [
        (["report", "a.json", "--output", "a.json"], "sobre: a.json est un des fichiers lus par la commande" + isInput),
        (["report", "a.json", "--format", "json", "--output", "./a.json"], "sobre: ./a.json est un des fichiers lus par la commande (a.json)" + isInput),
        (["report", "a.json", "--previous", "p.json", "--output", "p.json"], "sobre: p.json est un des fichiers lus par la commande" + isInput),
        (["report", "a.json", "--output", "link.json"], "sobre: link.json est un des fichiers lus par la commande (a.json)" + isInput),
        (["report", "a.json", "--format", "html", "--output", "hard.json"], "sobre: hard.json est un des fichiers lus par la commande (a.json)" + isInput),
        (["report", "a.json", "--output", "other.json"], "sobre: other.json est une évaluation : un rapport ne la remplace jamais ; choisissez un autre fichier pour --output, rien n’a été écrit\n"),
        (["compare", "a.json", "p.json", "--output", "p.json"], "sobre: p.json est un des fichiers lus par la commande" + isInput),
        (["compare", "d", "--format", "json", "--output", "d/x.json"], "sobre: d/x.json est un des fichiers lus par la commande" + isInput),
        (["compare", "d", "--format", "html", "--output", "d-hard.json"], "sobre: d-hard.json est un des fichiers lus par la commande (d/x.json)" + isInput),
        (["compare", "a.json", "--format", "csv", "--output", "other.json"], "sobre: other.json est une évaluation : un rapport ne la remplace jamais ; choisissez un autre fichier pour --output, rien n’a été écrit\n"),
        // Written beside the assessment while it is searched for, then removed (`Output.write`).
        (["compare", "a.json", "--format", "json", "--output", "other.json"], "sobre: other.json est une évaluation : un rapport ne la remplace jamais ; choisissez un autre fichier pour --output, rien n’a été écrit\n"),
        (["compare", "a.json", "--format", "html", "--output", "d-hard.json"], "sobre: d-hard.json est une évaluation : un rapport ne la remplace jamais ; choisissez un autre fichier pour --output, rien n’a été écrit\n"),
        (["report", "a.json", "--format", "html", "--output", "e/y.json"], "sobre: e/y.json est une évaluation : un rapport ne la remplace jamais ; choisissez un autre fichier pour --output, rien n’a été écrit\n"),
        (["report", "a.json", "--output", ""], "sobre: --output est vide : donnez le fichier à écrire\n"),
    ])
    func neverOntoAnInputOrAnAssessment(arguments: [String], message: String) throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted().map { ($0, try? E2E.read(folder + "/" + $0)) }
        let (status, output) = try run(arguments, in: folder)
        #expect(status == 1)
        #expect(output == message)
        let after = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted().map { ($0, try? E2E.read(folder + "/" + $0)) }
        #expect(after.map(\.0) == before.map(\.0), "no file made or removed")
        #expect(after.map(\.1) == before.map(\.1), "every file untouched")
    }

    @Test func aFileInAComparedFolderIsAnInputEvenWhenItIsNoAssessment() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (status, output) = try run(["compare", "e", "--format", "json", "--output", "e/old-comparison.json"], in: folder)
        #expect(status == 1)
        #expect(output == "e/old-comparison.json: il manque « format »\nsobre: e/old-comparison.json est un des fichiers lus par la commande" + Self.isInput)
        #expect(try E2E.read(folder + "/e/old-comparison.json") == Array("{\"sites\": []}\n".utf8))
    }

    @Test func aReportReplacesAnEarlierReport() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ["json", "json", "csv"] {
            let (status, output) = try run(["report", "a.json", "--format", format, "--output", "r.out"], in: folder)
            #expect(status == 0, "\(output)")
        }
        let (status, _) = try run(["compare", "a.json", "p.json", "--format", "json", "--output", "r.out"], in: folder)
        #expect(status == 0)
        #expect(try E2E.read(folder + "/a.json") == Self.sample)
    }
}
