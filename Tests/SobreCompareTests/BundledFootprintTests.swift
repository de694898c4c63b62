import SobreCore
import SobreJSON
import Testing

/// The bundled questionnaire's footprint (issue 14): an average office lands where ADEME's audits
/// observed, and every kind of saving it declares is positive and below what it reduces.
@Suite struct BundledFootprintTests {
    /// An office of 40 people with its own small server room: about the sites ADEME audited
    /// in 2015 (363 kWh per employee on average, under 300 to 800 by organisation, servers and
    /// switches included).
    static let averageOffice: [String: JSONValue] = [
        "parc.utilisateurs": .number(40), "parc.postes_fixes": .number(28), "parc.portables": .number(12), "parc.ecrans": .number(44),
        "parc.smartphones": .number(8), "parc.tablettes": .number(2), "parc.copieurs": .number(2), "parc.imprimantes_bureau": .number(5),
        "parc.serveurs": .number(2), "achats.duree_reelle": .number(4),
    ]

    static func card(_ values: [String: JSONValue]) throws -> Scorecard {
        let q = try BundledPlanTests.ungated()
        var answers = AnswerSet()
        for (id, value) in values {
            #expect(q.question(id) != nil, "\(id) is not a question of the bundled questionnaire")
            answers[id] = Answer(value: value)
        }
        return Scorecard(questionnaire: q, answers: answers)
    }

    static func value(_ id: String, in card: Scorecard) throws -> Double {
        let estimate = try #require(card.indicators.first { $0.indicator.id == id }, "no indicator \(id)")
        return try #require(estimate.value, "\(id) not estimated, missing \(estimate.missing)")
    }

    @Test func anAverageOfficeUsesWhatAdemeObservedPerUser() throws {
        let card = try Self.card(Self.averageOffice)
        let perUser = try Self.value("kwh_par_utilisateur", in: card)
        #expect((300...800).contains(perUser), "\(perUser) kWh per user")
        // Servers count: without its server room the same office uses less.
        #expect(try Self.value("electricite_serveurs", in: card) > 0)
        var noServer = Self.averageOffice
        noServer["parc.serveurs"] = .number(0)
        #expect(try Self.value("electricite", in: Self.card(noServer)) < Self.value("electricite", in: card))
        #expect(abs(perUser * 40 - (try Self.value("electricite", in: card))) < 1e-6)
    }

    @Test func aSiteOfOccasionalUsersIsCountedByItsDevicesNotItsHeadcount() throws {
        // An EHPAD: 75 carers share 14 care and office stations.
        var ehpad = Self.averageOffice
        for (id, n) in [("utilisateurs", 75), ("postes_fixes", 14), ("portables", 6), ("ecrans", 16),
                        ("serveurs", 1)] { ehpad["parc." + id] = .number(Double(n)) }
        let perUser = try Self.value("kwh_par_utilisateur", in: Self.card(ehpad))
        #expect(perUser < 363, "\(perUser) kWh per user")
    }

    @Test func withoutTheInventoryTheElectricityIsNotEstimatedAndSaysWhy() throws {
        let card = try Self.card([:])
        let electricity = try #require(card.indicators.first { $0.indicator.id == "electricite" })
        #expect(electricity.value == nil)
        #expect(electricity.missing == [
            "parc.postes_fixes", "parc.portables", "parc.ecrans", "parc.copieurs", "parc.imprimantes_bureau",
            "parc.smartphones", "parc.tablettes", "parc.serveurs",
        ])
    }

    /// Each family of savings: answers that propose the action, the action, and the indicators it
    /// must save on.
    static let families: [(name: String, answers: [String: JSONValue], action: String, indicators: [String])] = [
        ("extinction, consigne", ["usages.extinction": .string("rarement")], "extinction_postes",
         ["electricite", "cout_electricite", "emissions_usage", "emissions"]),
        ("extinction programmée", ["usages.extinction": .string("consigne")], "programmer_extinction",
         ["electricite", "cout_electricite", "emissions_usage", "emissions"]),
        ("veille des copieurs", ["usages.veille_equipements": .array([.string("aucune")])], "programmer_veille_equipements",
         ["electricite", "cout_electricite", "emissions_usage", "emissions"]),
        ("écrans", ["usages.ecrans": .number(0)], "regler_ecrans",
         ["electricite", "cout_electricite", "emissions_usage", "emissions"]),
        ("copieurs partagés", ["usages.copieurs_partages": .string("non")], "mutualiser_copieurs",
         ["electricite", "cout_electricite", "emissions_usage", "emissions"]),
        ("réglages d'impression", ["usages.impression": .array([.string("aucun")]), "parc.ramettes": .number(200)], "parametrer_impression",
         ["emissions_papier"]),
        ("salle des serveurs", ["usages.regroupement_serveurs": .string("non")], "rationaliser_serveurs",
         ["electricite", "cout_electricite", "emissions_usage", "emissions"]),
        ("garder 5 ans", ["achats.duree_reelle": .number(3)], "garder_cinq_ans", ["emissions_fabrication", "emissions"]),
        ("reconditionné", ["achats.part_reconditionne": .string("aucun")], "acheter_reconditionne",
         ["emissions_fabrication", "emissions"]),
        ("smartphones reconditionnés", ["achats.smartphones": .string("neufs")], "smartphones_reconditionnes",
         ["emissions_fabrication", "emissions"]),
        ("moins d'appareils", ["usages.tablettes_inutilisees": .bool(true), "usages.appareils_inutilises": .number(3)],
         "reaffecter_tablettes", ["emissions_fabrication", "emissions"]),
    ]

    @Test(arguments: families.indices)
    func aProposedActionSavesSomethingBelowWhatItReduces(_ k: Int) throws {
        let family = Self.families[k]
        let card = try Self.card(Self.averageOffice.merging(family.answers) { _, new in new })
        let item = try #require(card.plan.first { $0.action.id == family.action }, "\(family.name): not proposed")
        #expect(item.saves.map(\.indicatorID) == family.indicators, "\(family.name)")
        for saving in item.saves {
            let indicator = try Self.value(saving.indicatorID, in: card)
            #expect(saving.amount > 0 && saving.amount < indicator, "\(family.name): \(saving.amount) of \(indicator)")
        }
    }

    @Test func aRuleAndAProgrammedShutdownTogetherSaveFortyPercentOfTheComputersOnce() throws {
        let card = try Self.card(Self.averageOffice.merging(["usages.extinction": .string("rarement")]) { _, new in new })
        let computers = try Self.value("electricite_postes_fixes", in: card) + Self.value("electricite_portables", in: card)
        let saved = card.plan.filter { ["extinction_postes", "programmer_extinction"].contains($0.action.id) }
            .flatMap(\.saves).filter { $0.indicatorID == "electricite" }.map(\.amount)
        #expect(saved.count == 2)
        #expect(abs(saved.reduce(0, +) - 0.4 * computers) < 1e-6)
    }

    @Test func keepingComputersFiveYearsInsteadOfThreeCutsTheirYearlyManufacturingByFortyPercent() throws {
        let card = try Self.card(Self.averageOffice.merging(["achats.duree_reelle": .number(3)]) { _, new in new })
        let manufacturing = try Self.value("fabrication_postes", in: card)
        let item = try #require(card.plan.first { $0.action.id == "garder_cinq_ans" })
        let saved = try #require(item.saves.first { $0.indicatorID == "emissions_fabrication" })
        #expect(abs(saved.amount - 0.4 * manufacturing) < 1e-6)
    }

    @Test func thePlanNeverSavesMoreThanTheFootprint() throws {
        // Everything proposed at once.
        var all = Self.averageOffice
        for family in Self.families { all.merge(family.answers) { _, new in new } }
        all["usages.extinction"] = .string("rarement")
        let card = try Self.card(all)
        #expect(!card.savingsTotals.isEmpty)
        for total in card.savingsTotals {
            #expect(total.amount <= (try Self.value(total.indicatorID, in: card)) + 1e-9, "\(total.indicatorID)")
        }
    }
}
