import Foundation
@testable import SobreCore
import Testing

/// The questionnaires a comparison's crew scores with: each member parses its own copy, with the
/// same factors, and every copy names the first one made, whichever member made it.
@Suite struct SharedQuestionnairesTests {
    static let library = QuestionnaireLibrary(bundledDirectories: [Repository.path("Questionnaires")])
    static let path = Repository.path("Tests/nowhere/site/2026-01-01.json")

    static func reference() throws -> Assessment.QuestionnaireReference {
        let q = try #require(library.bundled().compactMap(\.questionnaire).first)
        return Assessment.QuestionnaireReference(id: q.id, version: q.version, sha256: q.sha256)
    }

    @Test func eachMemberHasItsOwnCopyNamingTheFirst() throws {
        let reference = try Self.reference()
        let shared = SharedQuestionnaires(library: Self.library, members: 3)
        let first = try shared.source(for: reference, near: Self.path, member: 0).get()
        #expect(first.named === first.own)
        let one = try shared.source(for: reference, near: Self.path, member: 1).get()
        let two = try shared.source(for: reference, near: Self.path, member: 2).get()
        #expect(one.own !== first.own && two.own !== first.own && one.own !== two.own)
        #expect(one.named === first.own && two.named === first.own)
        // Parsed apart: the same questionnaire in objects of its own.
        #expect(one.own.questionnaire.sha256 == reference.sha256)
        #expect(one.own.questionnaire.questions.map(\.id) == first.own.questionnaire.questions.map(\.id))
        #expect(!Self.sameStorage(one.own.questionnaire.themes, first.own.questionnaire.themes))
        // Found again (by hash, or without one), the same copy; a member beyond the crew is the last.
        #expect(try shared.source(for: reference, near: Self.path, member: 1).get().own === one.own)
        #expect(try shared.source(for: reference, near: Self.path).get().own === first.own)
        #expect(try shared.source(for: reference, near: Self.path, member: 7).get().own === two.own)
        var unhashed = reference
        unhashed.sha256 = nil
        #expect(try shared.source(for: unhashed, near: Self.path, member: 1).get().own === one.own)
    }

    /// The member that gets there first makes the copy the others name.
    @Test func theFirstCopyIsWhicheverMemberMadeIt() throws {
        let reference = try Self.reference()
        let shared = SharedQuestionnaires(library: Self.library, members: 2)
        let first = try shared.source(for: reference, near: Self.path, member: 1).get()
        let then = try shared.source(for: reference, near: Self.path, member: 0).get()
        #expect(first.named === first.own)
        #expect(then.named === first.own)
    }

    @Test func everyCopyHasTheSameFactorsReplaced() throws {
        let reference = try Self.reference()
        let factors = try #require(FactorOverrides.load(bytes: Array("kwh_poste_fixe: 200\n".utf8), path: "facteurs.yaml", language: .fr).overrides)
        let shared = SharedQuestionnaires(library: Self.library, factors: factors, members: 2)
        let value = { (c: ComparedQuestionnaire) in c.questionnaire.factors.first { $0.id == "kwh_poste_fixe" }?.value }
        #expect(value(try shared.source(for: reference, near: Self.path, member: 0).get().own) == 200)
        #expect(value(try shared.source(for: reference, near: Self.path, member: 1).get().own) == 200)
    }

    /// The same questionnaire copied beside two sites (`.questionnaires/<sha256>.yaml`), the
    /// bundled folder empty: each member finds the copy near the file it scores, and every copy
    /// names one original, the hash's.
    @Test func copiesOfOneQuestionnaireInTwoFoldersNameOneOriginal() throws {
        let bundled = try #require(Self.library.bundled().first { $0.questionnaire != nil })
        let q = try #require(bundled.questionnaire)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for site in ["a", "b"] {
            try FileIO.makeDirectories(folder.path + "/" + site + "/.questionnaires")
            try FileIO.writeAtomically(try FileIO.read(q.path), to: folder.path + "/" + site + "/.questionnaires/" + q.sha256 + ".yaml")
        }
        let shared = SharedQuestionnaires(library: QuestionnaireLibrary(bundledDirectories: []), members: 2)
        let reference = Assessment.QuestionnaireReference(id: q.id, version: q.version, sha256: q.sha256)
        let first = try shared.source(for: reference, near: folder.path + "/a/2026-01-01.json", member: 0).get()
        let second = try shared.source(for: reference, near: folder.path + "/b/2026-01-01.json", member: 1).get()
        #expect(first.own.questionnaire.path.hasSuffix("/a/.questionnaires/" + q.sha256 + ".yaml"))
        #expect(second.own.questionnaire.path.hasSuffix("/b/.questionnaires/" + q.sha256 + ".yaml"))
        #expect(first.named === first.own && second.named === first.own)
        // Gone before another member looked: it shares the copy found, rather than fail.
        let late = SharedQuestionnaires(library: QuestionnaireLibrary(bundledDirectories: []), members: 2)
        let found = try late.source(for: reference, near: folder.path + "/a/2026-01-01.json", member: 0).get()
        for site in ["a", "b"] { try FileManager.default.removeItem(atPath: folder.path + "/" + site + "/.questionnaires") }
        #expect(try late.source(for: reference, near: folder.path + "/b/2026-01-01.json", member: 1).get().own === found.own)
    }

    /// What no member can find is not found, for each of them.
    @Test func whatCannotBeFoundIsNotFoundForEveryMember() throws {
        let shared = SharedQuestionnaires(library: Self.library, members: 2)
        let missing = Assessment.QuestionnaireReference(id: "inconnu", version: "1", sha256: String(repeating: "ab", count: 32))
        for member in 0..<2 {
            #expect(throws: (any Error).self) { try shared.source(for: missing, near: Self.path, member: member).get() }
        }
    }

    static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
