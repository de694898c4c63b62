@testable import SobreCore
import Testing

/// The questionnaires a comparison's crew scores with: the caller shares the cache's, each other
/// member reads its own copy of the same file, with the same factors, that names the shared one.
@Suite struct SharedQuestionnairesTests {
    static let library = QuestionnaireLibrary(bundledDirectories: [Repository.path("Questionnaires")])

    static func bundled() throws -> Questionnaire {
        try #require(library.bundled().compactMap(\.questionnaire).first)
    }

    static func reference(_ q: Questionnaire) -> Assessment.QuestionnaireReference {
        Assessment.QuestionnaireReference(id: q.id, version: q.version, sha256: q.sha256)
    }

    @Test func eachMemberButTheCallerHasItsOwnCopy() throws {
        let q = try Self.bundled()
        let shared = SharedQuestionnaires(library: Self.library, members: 3)
        let path = Repository.path("Tests/nowhere/site/2026-01-01.json")
        let original = try shared.source(for: Self.reference(q), near: path).get()
        #expect(original.original == nil)
        #expect(try shared.source(for: Self.reference(q), near: path, member: 0).get() === original)
        let first = try shared.source(for: Self.reference(q), near: path, member: 1).get()
        let second = try shared.source(for: Self.reference(q), near: path, member: 2).get()
        #expect(first !== original && second !== original && first !== second)
        #expect(first.original === original && second.original === original)
        // Objects of its own: the questionnaire's texts and lists are not the shared ones.
        #expect(first.questionnaire.sha256 == q.sha256)
        #expect(first.questionnaire.questions.map(\.id) == original.questionnaire.questions.map(\.id))
        #expect(!Self.sameStorage(first.questionnaire.themes, original.questionnaire.themes))
        #expect(Self.sameStorage(original.questionnaire.themes, try shared.source(for: Self.reference(q), near: path).get().questionnaire.themes))
        // Found again, the same copy; a member beyond the crew shares the original.
        #expect(try shared.source(for: Self.reference(q), near: path, member: 1).get() === first)
        #expect(try shared.source(for: Self.reference(q), near: path, member: 3).get() === original)
    }

    @Test func aCopyHasTheSameFactorsReplaced() throws {
        let q = try Self.bundled()
        let factors = try #require(FactorOverrides.load(bytes: Array("kwh_poste_fixe: 200\n".utf8), path: "facteurs.yaml", language: .fr).overrides)
        let shared = SharedQuestionnaires(library: Self.library, factors: factors, members: 2)
        let path = Repository.path("Tests/nowhere/site/2026-01-01.json")
        let original = try shared.source(for: Self.reference(q), near: path).get()
        let copy = try shared.source(for: Self.reference(q), near: path, member: 1).get()
        #expect(copy !== original)
        let value = { (c: ComparedQuestionnaire) in c.questionnaire.factors.first { $0.id == "kwh_poste_fixe" }?.value }
        #expect(value(original) == 200)
        #expect(value(copy) == 200)
    }

    /// A questionnaire that was never read from a file cannot be read again: every member shares it.
    @Test func withoutItsFileTheOriginalIsShared() throws {
        let q = try Self.bundled()
        var unsaved = q
        unsaved.path = ""
        let shared = SharedQuestionnaires(library: Self.library, members: 2)
        let own = ComparedQuestionnaire(unsaved)
        #expect(shared.ownCopy(of: own) === own)
    }

    static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
