import Testing
@testable import SobreCore

/// YAML text with inline location markers (1️⃣, 2️⃣ … 9️⃣, 🔟), after the swift-format tests.
///
/// A marker sits right where a diagnostic must point. `text` is the source without the
/// markers; `locations` gives, for each marker, the line and column of the character that
/// followed it, counted as the loader counts them (1-based, columns in Unicode scalars).
struct MarkedSource {
    /// The source with every marker removed.
    let text: String
    /// Marker → (line, column) in `text`.
    let locations: [String: (line: Int, column: Int)]

    /// The keycap markers: a digit, VS16 (U+FE0F), COMBINING ENCLOSING KEYCAP (U+20E3).
    static let markers: [String] = (1...9).map { "\($0)\u{FE0F}\u{20E3}" } + ["🔟"]

    init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var found: [String: (line: Int, column: Int)] = [:]
        let scalars = Array(marked.unicodeScalars)
        var line = 1
        var column = 1
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.value >= 0x31, c.value <= 0x39, i + 2 < scalars.count,
               scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                let marker = String(String.UnicodeScalarView(scalars[i...(i + 2)]))
                precondition(found[marker] == nil, "marker \(marker) used twice")
                found[marker] = (line, column)
                i += 3
                continue
            }
            if c == "🔟" {
                precondition(found["🔟"] == nil, "marker 🔟 used twice")
                found["🔟"] = (line, column)
                i += 1
                continue
            }
            out.append(c)
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        text = String(out)
        locations = found
    }
}

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
