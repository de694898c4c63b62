import Foundation
import SobreCore
import Testing

/// `sobre interview --from` and the offer of last year's answers (SPEC §10), run as the built binary.
@Suite struct ReassessmentTests {
    static let earlierPath = "assessments/foyer-les-tilleuls/2025-04-06.json"
    static let newPath = "assessments/foyer-les-tilleuls/2026-11-29.json"

    /// A folder holding the questionnaire and last year's complete assessment of the site.
    func lastYear() throws -> (folder: String, questionnaire: String) {
        let folder = try E2E.folder()
        let q = folder + "/test.yaml"
        try E2E.write(E2EFixtures.questionnaire, to: q)
        try E2E.write("informel\nnon\n1 2\n3\nRAS\n", to: folder + "/2025.txt")
        let first = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Les Tilleuls", "--date", "2025-04-06"],
                                     in: folder, input: .file(folder + "/2025.txt"))
        #expect(first.waitForExit() == 0)
        return (folder, q)
    }

    func assessment(_ path: String) throws -> Assessment {
        try AssessmentCodec.decode(try E2E.read(path))
    }

    @Test func pipedFromAnEarlierFileOneEmptyLinePerQuestionRecordsItsAnswersAndBasedOn() throws {
        let (folder, q) = try lastYear()
        try E2E.write("\n\n\n\n\n", to: folder + "/2026.txt")
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Les Tilleuls", "--date", "2026-11-29",
                                      "--from", Self.earlierPath], in: folder, input: .file(folder + "/2026.txt"))
        #expect(child.waitForExit() == 0)
        let output = child.text
        #expect(output.contains("Départ des réponses du 2025-04-06 (assessments/foyer-les-tilleuls/2025-04-06.json)"))
        #expect(output.contains("Réponse du 2025-04-06 : 2. Oui, de façon informelle — Entrée pour la garder\n"))
        #expect(output.contains("Entretien terminé.\n"))
        #expect(output.contains("Évolution depuis le 6 avril 2025 : = (50 → 50)"))
        let before = try assessment(folder + "/" + Self.earlierPath)
        let now = try assessment(folder + "/" + Self.newPath)
        #expect(now.status == .complete)
        #expect(now.answers.ids == before.answers.ids)
        for (id, answer) in before.answers { #expect(now.answers[id]?.value == answer.value, "\(id)") }
        #expect(now.basedOn == BasedOn(file: "2025-04-06.json", date: "2025-04-06",
                                       sha256: SHA256.hex(try E2E.read(folder + "/" + Self.earlierPath))))
    }

    @Test func fromAnotherSiteIsRefused() throws {
        let (folder, q) = try lastYear()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Autre foyer", "--from", Self.earlierPath],
                                     in: folder, input: .pipe)
        #expect(child.waitForExit() == 1)
        #expect(child.text.contains("sobre: --from \(Self.earlierPath) : ce n’est pas le même site (« foyer-les-tilleuls » au lieu de « autre-foyer »)"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/assessments/autre-foyer"))
    }

    @Test func onATerminalTheLatestCompleteAssessmentIsOfferedAndEnterGoesThrough() throws {
        let (folder, q) = try lastYear()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Les Tilleuls", "--date", "2026-11-29"],
                                     in: folder, input: .terminal)
        try child.expect("Partir des réponses du 2025-04-06 ? [O/n] > ")
        child.send("\r")
        try child.expect("Réponse du 2025-04-06 : 2. Oui, de façon informelle — Entrée pour la garder\n")
        try child.expect("1/5 > ")
        child.send("\r")
        try child.expect("2/5 > ")
        child.send("oui\r")                        // changed: a referent is named now
        try child.expect("Pas de réponse le 2025-04-06.\n")
        try child.expect("3/6 > ")
        child.send("4\r")
        for k in 4...6 {
            try child.expect("\(k)/6 > ")
            child.send("\r")
        }
        try child.expect("Entretien terminé.")
        try child.expect("Progrès depuis le 6 avril 2025 : actions qui ne sont plus nécessaires : Nommer un référent")
        try child.expect("Fixer des objectifs ? (oui/non) > ")   // the objectives' exchange, on a terminal only
        child.send("non\r")
        #expect(child.waitForExit() == 0)
        let now = try assessment(folder + "/" + Self.newPath)
        #expect(now.answers["gouv.referent"]?.value == .bool(true))
        #expect(now.answers["usages.commentaire"]?.value == .string("RAS"))
        #expect(now.basedOn?.file == "2025-04-06.json")
    }

    @Test func killedDuringAReassessmentKeepsWhatWasConfirmedAndCopiesNothingElse() throws {
        let (folder, q) = try lastYear()
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Les Tilleuls", "--date", "2026-11-29",
                                      "--from", Self.earlierPath], in: folder, input: .pipe)
        try child.expect("1/5 >\n")
        child.send("\n")
        try child.expect("2/5 >\n")
        child.send("\n")
        try child.expect("3/5 >\n")                // both confirmed answers are saved before this prompt
        child.signal(SIGKILL)
        #expect(child.waitForExit() == -SIGKILL)
        let saved = try assessment(folder + "/" + Self.newPath)
        #expect(saved.status == .inProgress)
        #expect(saved.answers.ids == ["gouv.sponsor", "gouv.referent"])
        #expect(saved.basedOn?.date == "2025-04-06")

        // Resumed: the same earlier answers are proposed for the rest.
        let resumed = try ChildProcess(["interview", "--resume", Self.newPath], in: folder, input: .pipe)
        try resumed.expect("Réponse du 2025-04-06 : 1. Recto-verso par défaut ; 2. Impression sur badge — Entrée pour la garder\n")
        try resumed.expect("3/5 >\n")
        resumed.send("q\n")
        #expect(resumed.waitForExit() == 0)
    }

    @Test func anEarlierFileThatChangedOrVanishedIsSaidAndNothingIsProposed() throws {
        let (folder, q) = try lastYear()
        try E2E.write("\nq\n", to: folder + "/2026.txt")
        let child = try ChildProcess(["interview", "--questionnaire", q, "--site", "Foyer Les Tilleuls", "--date", "2026-11-29",
                                      "--from", Self.earlierPath], in: folder, input: .file(folder + "/2026.txt"))
        #expect(child.waitForExit() == 0)
        var earlier = try E2E.read(folder + "/" + Self.earlierPath)
        earlier.append(0x0A)   // one more byte: another file for its hash
        try FileIO.writeAtomically(earlier, to: folder + "/" + Self.earlierPath)

        try E2E.write("q\n", to: folder + "/resume.txt")
        let changed = try ChildProcess(["interview", "--resume", Self.newPath], in: folder, input: .file(folder + "/resume.txt"))
        #expect(changed.waitForExit() == 0)
        #expect(changed.text.contains("L’évaluation de départ assessments/foyer-les-tilleuls/2025-04-06.json a changé depuis le début de l’entretien : l’entretien continue sans réponses proposées.\n"))
        #expect(!changed.text.contains("Réponse du 2025-04-06"))

        try FileManager.default.removeItem(atPath: folder + "/" + Self.earlierPath)
        let vanished = try ChildProcess(["interview", "--resume", Self.newPath], in: folder, input: .file(folder + "/resume.txt"))
        #expect(vanished.waitForExit() == 0)
        #expect(vanished.text.contains("L’évaluation de départ assessments/foyer-les-tilleuls/2025-04-06.json a disparu : l’entretien continue sans réponses proposées.\n"))
        #expect(try assessment(folder + "/" + Self.newPath).answers.ids == ["gouv.sponsor"])
    }

    /// The measure in docs/entretien.md: the bundled questionnaire, a site whose answers did not
    /// change (the sample assessment of Reports/examples), one Enter per question and nothing else.
    @Test func theBundledQuestionnaireUnchangedTakesOneEnterPerQuestion() throws {
        let folder = try E2E.folder()
        let sample = try E2E.read(E2E.root + "/Reports/examples/assessment.json")
        try FileManager.default.createDirectory(atPath: folder + "/assessments/foyer-les-tilleuls", withIntermediateDirectories: true)
        try FileIO.writeAtomically(sample, to: folder + "/assessments/foyer-les-tilleuls/2026-11-19.json")
        let before = try AssessmentCodec.decode(sample)
        let given = before.answers.filter { $0.answer.isGiven }
        try E2E.write(String(repeating: "\n", count: given.count), to: folder + "/enters.txt")
        let child = try ChildProcess(["interview", "--site", "Foyer Les Tilleuls", "--date", "2027-11-18",
                                      "--from", "assessments/foyer-les-tilleuls/2026-11-19.json"], in: folder, input: .file(folder + "/enters.txt"))
        #expect(child.waitForExit() == 0)
        #expect(child.text.contains("Entretien terminé.\n"))
        #expect(child.text.contains("Évolution depuis le 19 novembre 2026 : ="))
        let now = try assessment(folder + "/assessments/foyer-les-tilleuls/2027-11-18.json")
        #expect(now.status == .complete)
        #expect(given.count == 62)
        #expect(now.answers.count == given.count)
        for (id, answer) in given {
            #expect(now.answers[id]?.value == answer.value && now.answers[id]?.notApplicable == answer.notApplicable, "\(id)")
        }
    }
}

