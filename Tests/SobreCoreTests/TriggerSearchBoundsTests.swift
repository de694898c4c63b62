import Testing
@testable import SobreCore

/// The search for an answer that triggers an action reads constants of the condition as scale
/// steps; one at the very top of Int's range must not trap (Double(Int.max) is 2^63).
@Suite struct TriggerSearchBoundsTests {
    @Test func aScaleAtTheTopOfIntsRangeIsSearchedWithoutATrap() {
        let yaml = header() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q ?, type: scale, min: 9223372036854775000, max: 9223372036854775807 }
            actions:
              - id: a
                title: A
                theme: t
                priority: high
                effort: low
                when: t.q >= 9223372036854775807

            """
        // Loading runs the trigger search (its warnings); reaching here is the test.
        let result = load(yaml)
        #expect(result.questionnaire != nil || !result.diagnostics.isEmpty)
    }
}
