import SobreCore
import SobreInterview
import Testing

/// The reference in `docs/reference/` documents every key the questionnaire loader accepts:
/// a key added to the loader without its line in the reference fails here.
///
/// Each place has a table in the reference, announced by `<!-- keys: PLACE -->`, whose rows
/// start with the key in backticks; the question types have one (`<!-- keys: type -->`)
/// whose rows name the keys only that type takes.
@Suite struct ReferenceDocsTests {
    @Test func everyAcceptedKeyHasItsRowInTheReference() throws {
        let text = try Self.referenceText()
        for (place, keys) in QuestionnaireBuilder.acceptedKeys {
            let rows = Self.table(after: "<!-- keys: \(place) -->", in: text)
            #expect(!rows.isEmpty, "docs/reference has no table marked <!-- keys: \(place) -->")
            let documented = Set(rows.compactMap(Self.firstCellName))
            for key in keys {
                #expect(documented.contains(key), "docs/reference: the \(place) table has no row for `\(key)`")
            }
        }
    }

    @Test func everyQuestionTypeHasItsRowWithItsOwnKeys() throws {
        let text = try Self.referenceText()
        let rows = Self.table(after: "<!-- keys: type -->", in: text)
        for (type, keys) in QuestionnaireBuilder.typeKeys {
            let row = rows.first { Self.firstCellName($0) == type }
            #expect(row != nil, "docs/reference: the type table has no row for `\(type)`")
            for key in keys {
                #expect(row?.contains("`\(key)`") == true, "docs/reference: the row of type `\(type)` does not name `\(key)`")
            }
        }
    }

    /// The reader itself: a table is found after its marker, its keys are read, and a key
    /// that is missing is missing (so the tests above can fail).
    @Test func tableReaderFindsRowsAndMissesWhatIsNotThere() {
        let text = """
            <!-- keys: demo -->
            | key | meaning |
            |---|---|
            | `alpha` | first |
            | `beta`, optional | second |

            | `gamma` | after the table |
            """
        let names = Self.table(after: "<!-- keys: demo -->", in: text).compactMap(Self.firstCellName)
        #expect(names == ["alpha", "beta"])
        #expect(Self.table(after: "<!-- keys: other -->", in: text).isEmpty)
    }

    // MARK: - Reading the reference

    /// Every `docs/reference/*.md`, one after the other.
    static func referenceText() throws -> String {
        let folder = Repository.path("docs/reference")
        let names = FileIO.list(folder).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty, "no docs/reference/*.md in \(folder)")
        return try names.map { String(decoding: try FileIO.read(folder + "/" + $0), as: UTF8.self) }.joined(separator: "\n")
    }

    /// The rows (header and ruler left out) of the table that follows `marker`.
    static func table(after marker: String, in text: String) -> [String] {
        guard let start = text.range(of: marker) else { return [] }
        var rows: [String] = []
        var inTable = false
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            let trimmed = String(line).trimmingSpaces
            if trimmed.hasPrefix("|") {
                inTable = true
                rows.append(trimmed)
            } else if inTable || !trimmed.isEmpty {
                break
            }
        }
        // The header row and the |---| ruler.
        return Array(rows.dropFirst(2))
    }

    /// The name in backticks that opens a row's first cell: "| `when` | …" gives "when".
    static func firstCellName(_ row: String) -> String? {
        let cell = String(row.dropFirst().prefix { $0 != "|" }).trimmingSpaces
        guard cell.hasPrefix("`") else { return nil }
        let name = cell.dropFirst().prefix { $0 != "`" }
        return name.isEmpty ? nil : String(name)
    }
}
