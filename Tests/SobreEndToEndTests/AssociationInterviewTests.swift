import Foundation
import SobreCore
import Testing

/// The head office answers once, piped; a site interview then inherits its answers, and the
/// report and the comparison say so (SPEC §12).
@Suite struct AssociationEndToEndTests {
    @Test func headOfficeThenASiteInheriting() throws {
        let folder = try E2E.folder()
        let q = folder + "/test.yaml"
        try E2E.write(E2EFixtures.questionnaire.replacingOccurrences(of: "    title: Usages\n", with: "    title: Usages\n    scope: association\n"), to: q)

        try E2E.write("1 2\n4\n\n", to: folder + "/siege.txt")
        let headOffice = try ChildProcess(["interview", "--association", "--questionnaire", q, "--date", "2026-10-01"],
                                          in: folder, input: .file(folder + "/siege.txt"))
        #expect(headOffice.waitForExit() == 0)
        #expect(headOffice.text.contains("Usages · 1/3 · 1/3"))
        #expect(!headOffice.text.contains("La direction porte-t-elle"))
        let siege = try AssessmentCodec.decode(try E2E.read(folder + "/assessments/_association/2026-10-01.json"))
        #expect(siege.kind == .association && siege.status == .complete && siege.site.name == "Siège")

        try E2E.write("formel\noui\n6\n", to: folder + "/site.txt")
        let site = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer", "--date", "2026-11-29"],
                                    in: folder, input: .file(folder + "/site.txt"))
        #expect(site.waitForExit() == 0)
        #expect(site.text.contains("2 réponses du siège (évaluation du 2026-10-01)"))
        #expect(!site.text.contains("Quelles pratiques d’impression ?"))
        let path = folder + "/assessments/foyer/2026-11-29.json"
        let a = try AssessmentCodec.decode(try E2E.read(path))
        #expect(a.status == .complete)
        #expect(a.answers["usages.extinction"]?.inherited == true)
        #expect(a.association?.file == "../_association/2026-10-01.json")
        #expect(a.association?.sha256 == SHA256.hex(try E2E.read(folder + "/assessments/_association/2026-10-01.json")))

        let json = try CommandTests.run(["report", path, "--format", "json"], in: folder)
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""question": "usages.extinction""#) && json.stdout.contains(#""inherited": true"#))
        let text = try CommandTests.run(["report", path], in: folder)
        #expect(text.stdout.contains("2 réponses du siège, reprises de son évaluation du 1er octobre 2026."))
        let markdown = try CommandTests.run(["report", path, "--format", "markdown"], in: folder)
        #expect(markdown.stdout.contains("(réponse du siège)"))

        let compare = try CommandTests.run(["compare", "assessments"], in: folder)
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("Siège, 1er octobre 2026 : reprise dans la dernière évaluation de 1 site (Foyer)"))
        let compareJSON = try CommandTests.run(["compare", "assessments", "--format", "json"], in: folder)
        #expect(compareJSON.stdout.contains(#""used_by": ["#))
        #expect(!compareJSON.stdout.contains(#""id": "_association""#), "the head office is no site")
    }
}
