import Foundation
import SobreCore
import Testing

/// Every action of the bundled questionnaire says who usually carries it (issue 15: the
/// roadmap names an owner for each action), in the GBPNR's *pilotes* where it gives them.
@Suite struct BundledOwnersTests {
    @Test func everyBundledActionHasAnOwner() throws {
        let q = try BundledPlanTests.questionnaire()
        #expect(q.actions.filter { ($0.owner ?? "").isEmpty }.map(\.id) == [])
        let known: Set<String> = ["Direction", "Référent numérique responsable", "Services informatiques", "Achats",
                                  "Services généraux", "Ressources humaines", "Chef de projet", "Chefs de service",
                                  "Délégué à la protection des données"]
        let named = Set(q.actions.flatMap { ($0.owner ?? "").components(separatedBy: ", ") })
        #expect(named.subtracting(known) == [])
        #expect(q.action("nommer_referent")?.owner == "Direction")
        #expect(q.action("acheter_reconditionne")?.owner == "Services informatiques, Achats")
    }
}
