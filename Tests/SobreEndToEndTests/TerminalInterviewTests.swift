import Foundation
import SobreCore
import Testing

/// `sobre interview` on a pseudo-terminal: readline, Tab completion, Ctrl-C, Ctrl-D, resuming.
@Suite struct TerminalInterviewTests {
    func setUp() throws -> (folder: String, questionnaire: String) {
        let folder = try E2E.folder()
        let q = folder + "/test.yaml"
        try E2E.write(E2EFixtures.questionnaire, to: q)
        return (folder, q)
    }

    @Test func answersTabCompletionBackCtrlCThenResume() throws {
        let (folder, q) = try setUp()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Test", "--date", "2026-11-29"],
                                     in: folder, input: .terminal)
        try child.expect("Gouvernance · 1/2 · 1/5\n")
        try child.expect("1/5 > ")
        child.send("inf\t")                       // Tab completes the option id
        try child.expect("informel ")
        child.send("\r")
        try child.expect("2/5 > ")
        child.send("2\r")                         // a number is not an answer to a yes/no question
        try child.expect("répondez oui ou non (o/n)\nUn référent est-il nommé ?\n")
        try child.expect("2/5 > ")
        child.send("non\r")
        try child.expect("Usages · 1/3 · 3/5\n")
        try child.expect("3/5 > ")
        child.send("badge\r")                     // by id
        try child.expect("4/5 > ")
        child.send("<\r")                         // back: the answer is shown and kept
        try child.expect("Réponse actuelle : 2. Impression sur badge (Entrée pour la garder)\n")
        try child.expect("3/5 > ")
        child.send("1 2\r")                       // replaced, by numbers
        try child.expect("Usages · 2/3 · 4/5\n")
        try child.expect("4/5 > ")
        #expect(child.interrupt() == 130)
        #expect(child.text.contains("Pour le reprendre : sobre interview --resume assessments/foyer-test/2026-11-29.json\n"))

        let path = folder + "/assessments/foyer-test/2026-11-29.json"
        let saved = try AssessmentCodec.decode(try E2E.read(path))
        #expect(saved.status == .inProgress)
        #expect(saved.answers.ids == ["gouv.sponsor", "gouv.referent", "usages.impression"])
        #expect(saved.answers["gouv.sponsor"]?.value == .string("informel"))
        #expect(saved.answers["usages.impression"]?.value == .array([.string("recto_verso"), .string("badge")]))

        let resumed = try ChildProcess(["interview", "--resume", "assessments/foyer-test/2026-11-29.json"], in: folder, input: .terminal)
        try resumed.expect("Répondues : 3 · passées : 0 · restantes : 2 (sur 5 questions)\n")
        try resumed.expect("Usages · 2/3 · 4/5\nLes postes sont-ils éteints le soir ?\n")
        try resumed.expect("4/5 > ")
        resumed.send("5\r")
        try resumed.expect("5/5 > ")
        resumed.send("\r")                        // an empty text records nothing
        try resumed.expect("Entretien terminé.")
        try resumed.expect("Fixer des objectifs ? (oui/non) > ")
        resumed.send("non\r")
        #expect(resumed.waitForExit() == 0)
        let done = try AssessmentCodec.decode(try E2E.read(path))
        #expect(done.status == .complete)
        #expect(done.answers["usages.extinction"]?.value == .number(5))
        #expect(done.answers["usages.commentaire"] == nil)
    }

    @Test func ctrlDSavesAndLeaves() throws {
        let (folder, q) = try setUp()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer", "--out", "a.json"], in: folder, input: .terminal)
        try child.expect("1/5 > ")
        child.send("formel\r")
        try child.expect("2/5 > ")
        child.send("\u{04}")
        try child.expect("Entretien enregistré (en cours, 1 réponse) : a.json\nPour le reprendre : sobre interview --resume a.json\n")
        #expect(child.waitForExit() == 0)
        #expect(try AssessmentCodec.decode(try E2E.read(folder + "/a.json")).answers["gouv.sponsor"]?.value == .string("formel"))
    }

    @Test func anInterviewInProgressIsOfferedForResuming() throws {
        let (folder, q) = try setUp()
        let args = ["interview", "--questionnaire", q, "--site", "Foyer", "--date", "2026-11-29"]
        let first = try ChildProcess(args, in: folder, input: .terminal)
        try first.expect("1/5 > ")
        first.send("non\r")
        try first.expect("2/5 > ")
        first.send("quitter\r")
        #expect(first.waitForExit() == 0)
        let path = folder + "/assessments/foyer/2026-11-29.json"
        let before = try E2E.read(path)

        let declined = try ChildProcess(args, in: folder, input: .terminal)
        try declined.expect("Un entretien est déjà en cours pour Foyer le 2026-11-29 (1 réponse) : assessments/foyer/2026-11-29.json\n")
        try declined.expect("Le reprendre ? (oui/non) > ")
        declined.send("non\r")
        try declined.expect("rien n’a été modifié")
        #expect(declined.waitForExit() == 1)
        #expect(try E2E.read(path) == before)

        let accepted = try ChildProcess(args, in: folder, input: .terminal)
        try accepted.expect("Le reprendre ? (oui/non) > ")
        accepted.send("oui\r")
        try accepted.expect("Répondues : 1 · passées : 0 · restantes : 4 (sur 5 questions)\n")
        try accepted.expect("2/5 > ")
        accepted.send("q\r")
        #expect(accepted.waitForExit() == 0)
    }

    @Test func boldThemeTitlesOnlyWithoutNoColor() throws {
        let (folder, q) = try setUp()
        let coloured = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer", "--out", "a.json"], in: folder, input: .terminal)
        try coloured.expect("1/5 > ")
        coloured.send("q\r")
        #expect(coloured.waitForExit() == 0)
        #expect(coloured.rawText.contains("\u{1B}[1mGouvernance\u{1B}[0m"))

        let plain = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer", "--out", "b.json"], in: folder, input: .terminal,
                                     environment: ["NO_COLOR": "1"])
        try plain.expect("1/5 > ")
        plain.send("q\r")
        #expect(plain.waitForExit() == 0)
        #expect(!plain.rawText.contains("\u{1B}[1m"))
        #expect(plain.text.contains("\nGouvernance\n"))
    }

    /// Under a locale that is not UTF-8, readline took "É" for Meta keys ("Été à Noël" was
    /// stored as "té à Noël") and an emoji for a history search. Backspace must erase a whole
    /// character, not one byte of it.
    @Test(arguments: [["LANG": "C"], ["LANG": "C", "LC_ALL": "C"], ["LANG": "POSIX"], ["LANG": "xx_YY.UTF-8"], ["LC_CTYPE": "C", "LANG": ""]])
    func typedTextIsUTF8UnderAnyLocale(locale: [String: String]) throws {
        let folder = try E2E.folder()
        try E2E.write("""
            format: 1
            id: test-texte
            version: "1"
            language: fr
            title: Texte
            levels:
              - { id: 1, name: Début, min: 0 }
              - { id: 2, name: Avancé, min: 50 }
            themes:
              - id: t
                title: Thème
                questions:
                  - id: libre
                    text: Un souvenir ?
                    type: text
            """, to: folder + "/q.yaml")
        let child = try ChildProcess(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--respondent", "Zoé", "--out", "a.json"],
                                     in: folder, input: .terminal, environment: locale)
        try child.expect("1/1 > ")
        child.send("🎄 Été à Noël 🎅🎅\u{7F}\r")      // Backspace erases the last emoji whole
        try child.expect("Entretien terminé.")
        #expect(child.waitForExit() == 0)
        let saved = try AssessmentCodec.decode(try E2E.read(folder + "/a.json"))
        #expect(saved.answers["t.libre"]?.value == .string("🎄 Été à Noël 🎅"))
        #expect(saved.respondent?.name == "Zoé")
    }
}
