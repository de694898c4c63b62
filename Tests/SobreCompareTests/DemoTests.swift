import SobreCore
import SobreReport
import SobreDemo
import Testing

/// The demo association: reproducible, plausible, and what its story promises.
@Suite struct DemoTests {
    static func questionnaire() throws -> Questionnaire {
        try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
    }

    @Test func splitMix64GivesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xe220_a839_7b1d_cdaf)
        #expect(rng.next() == 0x6e78_9e6a_a1b9_65f4)
        var a = SplitMix64(seed: 7, key: "x"), b = SplitMix64(seed: 7, key: "x"), c = SplitMix64(seed: 7, key: "y")
        #expect(a.next() == b.next())
        #expect(a.next() != c.next())
    }

    @Test func theSameSeedGivesTheSameFiles() throws {
        let q = try Self.questionnaire()
        let first = DemoAssociation().assessments(questionnaire: q).map(AssessmentCodec.bytes)
        let second = DemoAssociation().assessments(questionnaire: q).map(AssessmentCodec.bytes)
        #expect(first == second)
        let other = DemoAssociation(seed: 1).assessments(questionnaire: q).map(AssessmentCodec.bytes)
        #expect(first != other)
    }

    @Test func theAssociationTellsItsStory() throws {
        let q = try Self.questionnaire()
        let association = DemoAssociation()
        #expect(association.sites.count == 12)
        #expect(Set(association.sites.map(\.group)).count == 3)
        #expect(Set(association.sites.map(\.id)).count == 12)
        for site in association.sites {
            #expect(Finess.problem(site.finess, language: .fr) == nil, "\(site.finess)")
        }
        let assessments = association.assessments(questionnaire: q)
        let c = Comparison(assessments: assessments.map { ComparedAssessment(file: "\($0.site.id)/\($0.date).json", assessment: $0, questionnaire: q) })
        #expect(c.sites.count == 12)
        #expect(c.sites.filter { $0.history.count == 3 }.count == 11)
        #expect(c.sites.filter { $0.latest.status == .inProgress }.count == 1)
        #expect(assessments.filter { $0.status == .inProgress }.count == 1)
        // Progress: most sites improve overall from the first campaign to the last.
        let improving = c.sites.filter { ($0.latest.overallScore ?? 0) > ($0.history[0].overallScore ?? 100) }
        #expect(improving.count >= 10)
        // A couple of sites slip back on one theme.
        let slipping = c.sites.filter { site in
            guard let before = site.previous else { return false }
            return site.latest.themes.contains { t in
                guard let now = t.score, let then = before.theme(t.id)?.score else { return false }
                return now < then - 5
            }
        }
        #expect(slipping.count >= 2)
        // At least three different overall levels, so the heatmap has something to say.
        #expect(c.summary.overall.levels.count >= 3)
    }

    @Test func eachKindOfSiteHasTheInventoryOfItsKind() throws {
        let q = try Self.questionnaire()
        let association = DemoAssociation()
        func inventory(_ kind: String) throws -> (site: DemoSite, counts: [String: Double]) {
            let site = try #require(association.sites.first { $0.category == kind }, "no \(kind)")
            let latest = try #require(association.assessments(of: site, questionnaire: q).last)
            var counts: [String: Double] = [:]
            for (id, answer) in latest.answers where id.hasPrefix("parc.") {
                if case .number(let n)? = answer.value { counts[String(id.dropFirst(5))] = n }
            }
            return (site, counts)
        }
        // An EHPAD of about 80 beds: many carers sharing a few care stations.
        let ehpad = try inventory("EHPAD")
        #expect((55...95).contains(ehpad.site.size))
        #expect((ehpad.counts["postes_fixes"] ?? 0) < (ehpad.counts["utilisateurs"] ?? 0) / 3)
        #expect((ehpad.counts["serveurs"] ?? 0) >= 1)
        // A SESSAD: a small mobile team, a laptop and a phone each rather than desktops.
        let sessad = try inventory("SESSAD")
        #expect(sessad.site.size <= 28)
        #expect((sessad.counts["portables"] ?? 0) > (sessad.counts["postes_fixes"] ?? 0))
        #expect((sessad.counts["smartphones"] ?? 0) > (sessad.counts["postes_fixes"] ?? 0))
        #expect(sessad.counts["serveurs"] == 0)
        #expect(ehpad.site.size > sessad.site.size)
        // Every inventory question is answered, paper included.
        for id in ["utilisateurs", "postes_fixes", "portables", "ecrans", "copieurs", "serveurs", "ramettes"] {
            #expect(ehpad.counts[id] != nil, "\(id)")
        }
    }

    @Test func aLargerAssociationHasUniqueIdsAndValidFiness() {
        let association = DemoAssociation(siteCount: 300)
        #expect(Set(association.sites.map(\.id)).count == 300)
        #expect(association.sites.allSatisfy { Finess.problem($0.finess, language: .fr) == nil })
    }

    @Test func slugsAreLowerCaseASCII() {
        #expect(Slug.make("Foyer d’hébergement Le Moulin") == "foyer-d-hebergement-le-moulin")
        #expect(Slug.make("EHPAD Résidence Bellevue") == "ehpad-residence-bellevue")
        #expect(Slug.make("«»", fallback: "site") == "site")
    }
}
