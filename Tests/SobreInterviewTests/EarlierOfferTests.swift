@testable import SobreCore
@testable import SobreInterview
import SobreTestSupport
import Testing

/// The offer of the site's latest complete assessment (SPEC §10) chooses on the files' own
/// fields, and looks for the questionnaire of the file offered only.
@Suite struct EarlierOfferTests {
    static let questionnaire = Questionnaire(id: "test", version: "1", language: .fr, title: "", levels: [], themes: [], actions: [])

    /// A site's folder: two complete files before `2026-02-01`, one in progress, one of
    /// another site, one dated after, and one that is no assessment.
    static func folder() throws -> TemporaryFolder {
        let place = try TemporaryFolder("sobre-earlier-offer")
        func write(_ name: String, site: String = "foyer", date: String, _ status: Assessment.Status = .complete) throws {
            let a = Assessment(questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: site), date: date, status: status)
            try place.write(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self), to: name)
        }
        try write("2024-03-01.json", date: "2024-03-01")
        try write("2025-04-06.json", date: "2025-04-06")
        try write("2026-01-10.json", date: "2026-01-10", .inProgress)
        try write("autre.json", site: "autre", date: "2025-12-01")
        try write("2026-03-01.json", date: "2026-03-01")
        try place.write("{ pas du JSON", to: "casse.json")
        return place
    }

    /// The file offered from the folder, and the files whose questionnaire was looked for; the
    /// questionnaire of `missing` is not found.
    static func offer(missing: String? = nil) throws -> (offered: String?, asked: [String]) {
        let place = try Self.folder()
        defer { place.remove() }
        func name(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }
        var asked: [String] = []
        let offer = InterviewStart.latestComplete(in: place.path, siteID: "foyer", before: "2026-02-01", language: .fr) { _, path in
            asked.append(name(path))
            return name(path) == missing ? nil : Self.questionnaire
        }
        return (offer.map { name($0.path) }, asked)
    }

    @Test func onlyTheQuestionnaireOfTheFileOfferedIsLookedFor() throws {
        // Was looked for (and parsed) for every file of the folder before choosing.
        let (offered, asked) = try Self.offer()
        #expect(offered == "2025-04-06.json")
        #expect(asked == ["2025-04-06.json"])
    }

    @Test func theFileOfferedIsTheOneCompareCallsTheLatest() throws {
        let place = try TemporaryFolder("sobre-earlier-offer")
        defer { place.remove() }
        func write(_ name: String, date: String, updated: String?) throws {
            let a = Assessment(questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: "foyer"), date: date,
                               status: .complete, updatedAt: updated)
            try place.write(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self), to: name)
        }
        // One date twice: the later update, not the first listed; `.JSON` is read as `compare`
        // reads it, a hidden file skipped as it skips it.
        try write("a.json", date: "2025-04-06", updated: "2025-04-06T09:00:00Z")
        try write("b.JSON", date: "2025-04-06", updated: "2025-04-06T10:00:00Z")
        try write(".c.json", date: "2025-05-01", updated: nil)
        let offer = InterviewStart.latestComplete(in: place.path, siteID: "foyer", before: "2026-02-01", language: .fr) { _, _ in
            Self.questionnaire
        }
        #expect(offer?.path.hasSuffix("/b.JSON") == true)
    }

    @Test func aFileWhoseQuestionnaireIsNotFoundGivesWayToTheOneBefore() throws {
        let (offered, asked) = try Self.offer(missing: "2025-04-06.json")
        #expect(offered == "2024-03-01.json")
        #expect(asked == ["2025-04-06.json", "2024-03-01.json"])
    }
}
