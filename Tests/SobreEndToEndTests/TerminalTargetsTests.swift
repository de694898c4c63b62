import Foundation
import SobreCore
import Testing

/// The objectives exchange at the end of an interview on a pseudo-terminal (SPEC §9): offered
/// after the summary, one short question per theme, Enter for no objective; saved in the file.
@Suite struct TerminalTargetsTests {
    @Test func aDirectorSetsObjectivesAtTheEndOfTheInterview() throws {
        let folder = try E2E.folder()
        try E2E.write(E2EFixtures.questionnaire, to: folder + "/test.yaml")
        let child = try ChildProcess(["interview", "--questionnaire", "test.yaml", "--site", "Foyer", "--date", "2026-11-29", "--out", "a.json"],
                                     in: folder, input: .terminal)
        for (prompt, typed) in [("1/5 > ", "informel"), ("2/5 > ", "non"), ("3/5 > ", "badge"), ("4/5 > ", "2"), ("5/5 > ", "")] {
            try child.expect(prompt)
            child.send(typed + "\r")
        }
        try child.expect("Entretien terminé.")
        try child.expect("Fixer des objectifs ? (oui/non) > ")
        child.send("oui\r")
        try child.expect("Pour quelle année ? Entrée : 2029 > ")
        child.send("2025\r")                       // before the assessment: refused, asked again
        try child.expect("Donnez une année, 2026 ou plus tard (par exemple 2029).")
        try child.expect("Pour quelle année ? Entrée : 2029 > ")
        child.send("\r")
        try child.expect("Niveau visé pour l’ensemble en 2029 ? 1–2 ou le nom du niveau, Entrée : pas d’objectif > ")
        child.send("2\r")
        try child.expect("Niveau visé pour Gouvernance en 2029 ? 1–2 ou le nom du niveau, Entrée : pas d’objectif > ")
        child.send("7\r")                          // not a level: refused, asked again
        try child.expect("Répondez par le numéro d’un niveau (1–2) ou son nom (1 Début, 2 Avancé), ou Entrée")
        try child.expect("Niveau visé pour Gouvernance en 2029 ? 1–2 ou le nom du niveau, Entrée : pas d’objectif > ")
        child.send("avance\r")                     // a level's name, accents left out
        try child.expect("Niveau visé pour Usages en 2029 ? 1–2 ou le nom du niveau, Entrée : pas d’objectif > ")
        child.send("\r")                           // no objective for this one
        try child.expect("2 objectifs pour 2029 enregistrés ; le rapport montre la feuille de route.")
        #expect(child.waitForExit() == 0)
        let saved = try AssessmentCodec.decode(try E2E.read(folder + "/a.json"))
        #expect(saved.status == .complete)
        #expect(saved.targets == Targets(by: 2029, overall: 2, themes: [.init(id: "gouv", level: 2)]))
    }
}
