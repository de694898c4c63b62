import Testing
@testable import SobreCore

/// Which assessments a comparison read from files stops keeping the details of, as the files
/// come, in whatever order the folders list them.
@Suite struct LatestSoFarTests {
    static func assessment(_ site: String, _ date: String, _ status: Assessment.Status, targets: Targets? = nil,
                           kind: AssessmentKind = .site, _ q: Questionnaire) -> ComparedAssessment {
        var a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: site), date: date,
                           status: status, answers: ObjectivesFixture.answers([:]), targets: targets)
        a.kind = kind
        return ComparedAssessment(file: "\(site)-\(date).json", assessment: a, questionnaire: q)
    }

    /// Offers each assessment in turn and gives what each offer dropped.
    static func offers(_ assessments: [ComparedAssessment]) -> [[Int]] {
        var latest = LatestSoFar()
        return assessments.indices.map { k in
            let dropped = latest.offer(k, in: Array(assessments[...k]))
            return [dropped.0, dropped.1].compactMap { $0 }
        }
    }

    @Test func aLaterFileDropsTheOneItReplaces() throws {
        let q = try ObjectivesFixture.questionnaire()
        let files = [Self.assessment("a", "2024-01-01", .complete, q), Self.assessment("a", "2025-01-01", .complete, q),
                     Self.assessment("b", "2025-01-01", .complete, q), Self.assessment("a", "2026-01-01", .inProgress, q),
                     Self.assessment("a", "2023-01-01", .complete, q)]
        // 2025 replaces 2024 as latest and latest complete; the 2026 interview in progress is the
        // latest, 2025 stays the latest complete; an older file read last replaces nothing (it is
        // not held, so its details are never made).
        #expect(Self.offers(files) == [[], [0], [], [], []])
        var latest = LatestSoFar()
        for k in files.indices { _ = latest.offer(k, in: files) }
        #expect(files.indices.filter { latest.holds($0, in: files) } == [1, 2, 3])
    }

    @Test func theFormerLatestCompleteIsDroppedWhenItIsNotTheFormerLatest() throws {
        let q = try ObjectivesFixture.questionnaire()
        // Listed out of order: the interview in progress first, then two complete ones.
        let files = [Self.assessment("a", "2026-01-01", .inProgress, q), Self.assessment("a", "2024-01-01", .complete, q),
                     Self.assessment("a", "2025-01-01", .complete, q)]
        #expect(Self.offers(files) == [[], [], [1]])
    }

    @Test func aBaselineAndHeadOfficeFilesAreNeverDropped() throws {
        let q = try ObjectivesFixture.questionnaire()
        let files = [Self.assessment("a", "2024-01-01", .complete, targets: Targets(by: 2028, overall: 3), q),
                     Self.assessment("a", "2025-01-01", .complete, q),
                     Self.assessment("siege", "2024-01-01", .complete, kind: .association, q),
                     Self.assessment("siege", "2025-01-01", .complete, kind: .association, q)]
        #expect(Self.offers(files) == [[], [], [], []])
    }
}
