import Testing
@testable import SobreCore

/// The cycles of the actions' `after` lists, as validation reports them.
@Suite struct ActionGraphTests {
    @Test func aCycleStartsAtItsFirstActionInFileOrderAndClosesOnIt() {
        let graph = ActionGraph([("a", []), ("b", ["c"]), ("c", ["d"]), ("d", ["b"])])
        #expect(graph.cycles() == [["b", "c", "d", "b"]])
    }

    @Test func aCycleMetFromAnotherActionIsStillShownFromItsFirst() {
        // The search starts at z (first in the file) and meets the cycle at y.
        let graph = ActionGraph([("z", ["y"]), ("x", ["y"]), ("y", ["x"])])
        #expect(graph.cycles() == [["x", "y", "x"]])
    }

    @Test func eachCycleIsGivenOnceAndDisjointCyclesEach() {
        let graph = ActionGraph([("a", ["b"]), ("b", ["a"]), ("c", ["d", "a"]), ("d", ["c"])])
        #expect(graph.cycles() == [["a", "b", "a"], ["c", "d", "c"]])
    }

    @Test func selfReferencesAndUnknownIdsMakeNoCycle() {
        // Both are reported by the builder where they are written.
        let graph = ActionGraph([("a", ["a", "ghost"]), ("b", ["a"])])
        #expect(graph.cycles().isEmpty)
    }

    @Test func aDuplicateIdKeepsItsFirstAfter() {
        let graph = ActionGraph([("a", ["b"]), ("b", []), ("a", [])])
        #expect(graph.cycles().isEmpty)
        let cyclic = ActionGraph([("a", []), ("b", ["a"]), ("a", ["b"])])
        #expect(cyclic.cycles().isEmpty)
    }
}
