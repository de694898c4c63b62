import Testing
@testable import SobreCore
// Every file of this target sees the helpers all test targets share (MarkedSource, Repository…),
// those written before they moved to SobreTestSupport included.
@_exported import SobreTestSupport

/// The file name diagnostics carry in these tests.
let testPath = "test.yaml"

/// Loads YAML text (already without markers) as the loader would load a file.
func load(_ yaml: String) -> QuestionnaireLoader.Result {
    QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: testPath)
}

/// Loads a questionnaire that must be valid (no diagnostic at all) and returns it.
func loadValid(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Questionnaire {
    let result = load(yaml)
    #expect(result.diagnostics.map(\.description) == [], sourceLocation: sourceLocation)
    return try #require(result.questionnaire, sourceLocation: sourceLocation)
}

/// Checks that loading `marked` gives exactly these diagnostics: the full rendered line
/// `test.yaml:LINE:COLUMN: severity: message`, at each marker's place, in source order,
/// none missing and none extra. A marker `""` stands for a diagnostic without a location.
///
/// - Returns: the loading result, for further checks.
@discardableResult
func assertDiagnostics(
    _ marked: String,
    _ expected: [(marker: String, severity: Diagnostic.Severity, message: String)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> QuestionnaireLoader.Result {
    let source = MarkedSource(marked)
    let result = load(source.text)
    let expectedLines = expected.map { item -> String in
        if item.marker.isEmpty { return "\(item.severity.rawValue): \(item.message)" }
        guard let place = source.locations[item.marker] else {
            Issue.record("marker \(item.marker) is not in the source", sourceLocation: sourceLocation)
            return "?"
        }
        return "\(testPath):\(place.line):\(place.column): \(item.severity.rawValue): \(item.message)"
    }
    let unusedMarkers = Set(source.locations.keys).subtracting(expected.map(\.marker))
    #expect(unusedMarkers.isEmpty, "markers without an expected diagnostic: \(unusedMarkers.sorted())",
            sourceLocation: sourceLocation)
    // The loader gives diagnostics in source order; so must the expectations.
    #expect(result.diagnostics.map(\.description) == expectedLines, sourceLocation: sourceLocation)
    #expect((result.questionnaire == nil) == expected.contains { $0.severity == .error },
            "a questionnaire is given exactly when there is no error", sourceLocation: sourceLocation)
    return result
}

/// The top of a small valid questionnaire, up to `themes:` excluded (9 lines).
func header(language: String = "fr") -> String {
    """
    format: 1
    id: test
    version: "1"
    language: \(language)
    title: Test
    levels:
      - { id: 1, name: Bas, min: 0 }
      - { id: 2, name: Haut, min: 50 }

    """
}

/// One theme with one boolean question: enough for a valid file.
let minimalThemes = """
    themes:
      - id: t
        title: T
        questions:
          - id: q
            text: Q ?
            type: boolean

    """
