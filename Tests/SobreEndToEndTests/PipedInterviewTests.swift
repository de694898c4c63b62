import Foundation
import SobreCore
import Testing

/// `sobre interview` with answers from a pipe or a file, and its refusals.
@Suite struct PipedInterviewTests {
    func setUp() throws -> (folder: String, questionnaire: String) {
        let folder = try E2E.folder()
        let q = folder + "/test.yaml"
        try E2E.write(E2EFixtures.questionnaire, to: q)
        return (folder, q)
    }

    func assessment(_ path: String) throws -> Assessment {
        try AssessmentCodec.decode(try E2E.read(path))
    }

    @Test func fullInterviewFromAFileEndsComplete() throws {
        let (folder, q) = try setUp()
        try E2E.write("formel\noui\n6\n1 2\n4\nRien à signaler\n", to: folder + "/answers.txt")
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Les Tilleuls", "--date", "2026-11-29",
                                      "--finess", "2A0000008"],
                                     in: folder, input: .file(folder + "/answers.txt"))
        #expect(child.waitForExit() == 0)
        let output = child.text
        #expect(output.contains("Entretien terminé.\n"))
        #expect(output.contains("Foyer Les Tilleuls · 29 novembre 2026 · évaluation complète\n\nNiveau global : Avancé (2/2)  —  score 94/100\n"))
        #expect(output.contains("Évaluation enregistrée : assessments/foyer-les-tilleuls/2026-11-29.json"))
        #expect(!output.contains("\u{1B}"), "no escape code in piped mode")
        let a = try assessment(folder + "/assessments/foyer-les-tilleuls/2026-11-29.json")
        #expect(a.status == .complete)
        #expect(a.site.finess == "2A0000008")
        #expect(a.answers.count == 6)
        #expect(a.answers["gouv.temps"]?.value == .number(6))
        let sha = SHA256.hex(Array(E2EFixtures.questionnaire.utf8))
        #expect(a.questionnaire.sha256 == sha)
        #expect(try E2E.read(folder + "/assessments/.questionnaires/\(sha).yaml") == Array(E2EFixtures.questionnaire.utf8))
    }

    @Test func categoryIsStoredWithTheSite() throws {
        let (folder, q) = try setUp()
        try E2E.write("formel\noui\n6\n1 2\n4\n\n", to: folder + "/answers.txt")
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "EHPAD Les Tilleuls", "--date", "2026-11-29",
                                      "--group", "Nord", "--category", "EHPAD"],
                                     in: folder, input: .file(folder + "/answers.txt"))
        #expect(child.waitForExit() == 0)
        let a = try assessment(folder + "/assessments/ehpad-les-tilleuls/2026-11-29.json")
        #expect(a.site.category == "EHPAD")
        #expect(a.site.group == "Nord")
        #expect(a.site.extra.isEmpty)
    }

    @Test func endOfInputBeforeTheEndSavesAndExitsWith3() throws {
        let (folder, q) = try setUp()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer", "--out", "sortie/a.json"],
                                     in: folder, input: .pipe)
        try child.expect("1/5 >\n")
        child.send("2\n")
        try child.expect("2/5 >\n")
        child.send("non\n")
        try child.expect("3/5 >\n")
        child.closeInput()
        #expect(child.waitForExit() == 3)
        #expect(child.text.contains("Fin des réponses : l’entretien n’est pas terminé.\nEntretien enregistré (en cours, 2 réponses) : sortie/a.json\nPour le reprendre : sobre interview --resume sortie/a.json\n"))
        let a = try assessment(folder + "/sortie/a.json")
        #expect(a.status == .inProgress)
        #expect(a.answers["gouv.sponsor"]?.value == .string("informel"))
        #expect(a.answers["gouv.referent"]?.value == .bool(false))
        #expect(FileManager.default.fileExists(atPath: folder + "/sortie/.questionnaires/\(a.questionnaire.sha256 ?? "").yaml"))

        // Resumed (the questionnaire is found by its copy), it goes on at the third question.
        let resumed = try ChildProcess(["interview", "--resume", "sortie/a.json"], in: folder, input: .pipe)
        try resumed.expect("Répondues : 2 · passées : 0 · restantes : 3 (sur 5 questions)\n")
        try resumed.expect("Usages · 1/3 · 3/5\nQuelles pratiques d’impression ?")
        try resumed.expect("3/5 >\n")
        resumed.send("q\n")
        #expect(resumed.waitForExit() == 0)
    }

    @Test func anInterviewInProgressIsResumedWhenPiped() throws {
        let (folder, q) = try setUp()
        let args = ["interview", "--questionnaire", q, "--site", "Foyer", "--date", "2026-11-29"]
        let first = try ChildProcess(args, in: folder, input: .pipe)
        try first.expect("1/5 >\n")
        first.send("1\nq\n")
        #expect(first.waitForExit() == 0)
        let second = try ChildProcess(args, in: folder, input: .pipe)
        try second.expect("Un entretien est déjà en cours dans assessments/foyer/2026-11-29.json : il est repris.\n")
        try second.expect("Répondues : 1 · passées : 0 · restantes : 4 (sur 5 questions)")
        try second.expect("2/5 >\n")
        second.closeInput()
        #expect(second.waitForExit() == 3)
    }

    @Test func aCompleteAssessmentIsNeverOverwritten() throws {
        let (folder, q) = try setUp()
        try E2E.write("1\nnon\naucune\n1\n\n", to: folder + "/answers.txt")
        let args = ["interview", "--questionnaire", q, "--site", "Foyer", "--date", "2026-11-29"]
        let first = try ChildProcess(args, in: folder, input: .file(folder + "/answers.txt"))
        #expect(first.waitForExit() == 0)
        let path = folder + "/assessments/foyer/2026-11-29.json"
        let before = try E2E.read(path)
        let second = try ChildProcess(args, in: folder, input: .file(folder + "/answers.txt"))
        #expect(second.waitForExit() == 1)
        #expect(second.text.contains("sobre: assessments/foyer/2026-11-29.json est une évaluation terminée : elle n’est jamais remplacée."))
        #expect(try E2E.read(path) == before)
        let resume = try ChildProcess(["interview", "--resume", path], in: folder, input: .pipe)
        #expect(resume.waitForExit() == 1)
        #expect(resume.text.contains("est une évaluation terminée : rien à reprendre"))
    }

    @Test(arguments: [
        (["--site", "Foyer", "--finess", "590000001"], "sobre: --finess : le numéro FINESS 590000001 est incorrect : sa clé de contrôle (dernier chiffre) ne correspond pas\n"),
        (["--site", "Foyer", "--site-id", ".."], "sobre: l’identifiant de site « .. » ne peut pas commencer par un point\n"),
        (["--site", "Foyer", "--site-id", "a/../../b"], "sobre: l’identifiant de site « a/../../b » ne peut pas contenir de barre oblique\n"),
        (["--site", "???"], "sobre: l’identifiant de site est vide : donnez --site-id\n"),
        (["--site", "Foyer", "--date", "2026-02-30"], "sobre: --date : « 2026-02-30 » n’est pas une date AAAA-MM-JJ\n"),
        (["--respondent", "Mme X"], "sobre: indiquez l’établissement avec --site NOM (ou --resume FICHIER pour reprendre un entretien)\n"),
        (["--resume", "a.json", "--site", "Foyer"], "sobre: --resume reprend le fichier tel qu’il est : retirez --site\n"),
        (["--resume", "absent.json"], "sobre: impossible de lire absent.json : dossier ou fichier introuvable\n"),
    ])
    func refusals(arguments: [String], message: String) throws {
        let (folder, q) = try setUp()
        let extra = arguments.contains("--resume") ? [] : ["--questionnaire", q]
        let child = try ChildProcess(["interview"] + extra + arguments, in: folder, input: .pipe)
        child.closeInput()
        #expect(child.waitForExit() == 1)
        #expect(child.text == message)
        #expect(!FileManager.default.fileExists(atPath: folder + "/assessments"))
    }

    @Test func resumeRefusesWhenTheQuestionnaireIsUnknown() throws {
        let (folder, q) = try setUp()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer", "--out", "a.json"], in: folder, input: .pipe)
        try child.expect("1/5 >\n")
        child.send("q\n")
        #expect(child.waitForExit() == 0)
        try FileManager.default.removeItem(atPath: folder + "/.questionnaires")
        let resume = try ChildProcess(["interview", "--resume", "a.json"], in: folder, input: .pipe)
        #expect(resume.waitForExit() == 1)
        #expect(resume.text == "sobre: le questionnaire de a.json (test-entretien 1) est introuvable : ni copie dans un dossier .questionnaires, ni questionnaire fourni avec le même contenu\n")
    }

    @Test func bundledQuestionnaireSmokeTest() throws {
        let folder = try E2E.folder()
        let child = try ChildProcess(["interview", "--site", "Foyer Les Tilleuls", "--date", "2026-11-29"], in: folder, input: .pipe)
        try child.expect("1/")
        try child.expect(" >\n")
        child.send("q\n")
        #expect(child.waitForExit() == 0)
        let a = try assessment(folder + "/assessments/foyer-les-tilleuls/2026-11-29.json")
        #expect(a.questionnaire.id == "essms-sobriete")
        #expect(a.answers.count == 0)
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder + "/assessments/.questionnaires")
        #expect(copies == ["\(a.questionnaire.sha256 ?? "").yaml"])
    }
}
