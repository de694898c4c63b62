import SobreCore
@testable import SobreInterview
import Testing

/// What an interview's lock file says of its holder, and the refusal a second interview gets.
@Suite struct LockHolderTests {
    @Test func theNoteSaysWhoHoldsTheLock() {
        let holder = InterviewLock.Holder(host: "poste-3", pid: 4242, since: "2026-11-29T09:12:00Z")
        #expect(InterviewLock.Holder(note: holder.note) == holder)
        #expect(InterviewLock.Holder(note: []) == nil, "not written yet")
        #expect(InterviewLock.Holder(note: Array("{\"host\": \"x\"}".utf8)) == nil)
        let hostile = Array(#"{"host": "a\u001b[31mb\nc", "pid": 7, "since": "\u202Etoday"}"#.utf8)
        #expect(InterviewLock.Holder(note: hostile) == InterviewLock.Holder(host: "a[31mbc", pid: 7, since: "today"))
    }

    @Test func refusalMessages() {
        let holder = InterviewLock.Holder(host: "poste-3", pid: 4242, since: "2026-11-29T09:12:00Z")
        let held = InterviewLock.Failure.held(path: "assessments/foyer/2026-11-29.json", by: holder)
        #expect(held.message(.fr) == "assessments/foyer/2026-11-29.json est déjà ouvert par un autre entretien (machine « poste-3 », processus 4242, depuis le 2026-11-29 à 09:12:00 UTC) ; il n’est pas ouvert une seconde fois, pour que l’un n’efface pas les réponses de l’autre. Terminez ou quittez (q) cet autre entretien, puis reprenez avec : sobre interview --resume assessments/foyer/2026-11-29.json")
        #expect(held.message(.en) == "assessments/foyer/2026-11-29.json is already open in another interview (host 'poste-3', process 4242, since 2026-11-29 09:12:00 UTC); it is not opened twice, so that one does not erase the other’s answers. Finish or quit (q) that other interview, then resume with: sobre interview --resume assessments/foyer/2026-11-29.json")
        let unknown = InterviewLock.Failure.held(path: "mon fichier.json", by: nil)
        #expect(unknown.message(.fr).hasPrefix("mon fichier.json est déjà ouvert par un autre entretien ; il n’est pas"))
        #expect(unknown.message(.fr).hasSuffix("sobre interview --resume 'mon fichier.json'"))
    }

    @Test func lockFileBesideTheAssessment() {
        #expect(InterviewLock.lockPath(for: "assessments/foyer/2026-11-29.json") == "assessments/foyer/.2026-11-29.json.lock")
        #expect(InterviewLock.lockPath(for: "a.json") == "./.a.json.lock")
        #expect(throws: InterviewLock.Failure.notAFile(path: "dossier/")) { try InterviewLock.acquire("dossier/", since: "") }
    }
}
