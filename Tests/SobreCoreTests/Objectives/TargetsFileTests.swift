import Testing
@testable import SobreCore

/// `--targets FILE` (SPEC §9) opens as the other YAML files do and is checked by `TargetsCheck`,
/// every problem at its line and column.
@Suite struct TargetsFileTests {
    static func problems(_ marked: MarkedSource, bytes: [UInt8]? = nil) throws -> [String] {
        let q = try ObjectivesFixture.questionnaire()
        guard case .failure(let list) = TargetsFile.load(bytes: bytes ?? Array(marked.text.utf8), path: "t.yaml", questionnaire: q,
                                                         indicators: ["kwh"]) else { return [] }
        return list.diagnostics.map(\.description)
    }

    static func at(_ marked: MarkedSource, _ marker: String, _ message: String) -> String {
        let place = marked.locations[marker]
        return "t.yaml:\(place?.line ?? 0):\(place?.column ?? 0): error: \(message)"
    }

    @Test func bytesThatAreNotUTF8ArePointedAtWhereTheyAre() throws {
        // Was placed at 1:1 before the targets file opened as the questionnaire does.
        let marked = MarkedSource("by: 2029\nthemes: { gouv: 2 }\n# caf1️⃣\n")
        var bytes = Array(marked.text.utf8)
        bytes.insert(0xE9, at: bytes.count - 1)
        #expect(try Self.problems(marked, bytes: bytes) == [Self.at(marked, "1️⃣", "le fichier n’est pas un texte UTF-8 valide")])
    }

    @Test func anIdIsPointedAtAndAValueAtItsValue() throws {
        let q = try ObjectivesFixture.questionnaire()
        let marked = MarkedSource("""
            by: 1️⃣10000
            overall: 2️⃣9
            themes:
              3️⃣gouvx: 2
              achats: 4️⃣7
              5️⃣autre: 6️⃣deux
            indicators:
              7️⃣co2: -10
              kwh: 8️⃣moins

            """)
        let shown = try Self.problems(marked)
        #expect(shown.count == 7)
        #expect(shown.first == Self.at(marked, "1️⃣", "l’année 10000 n’est pas une année entre 1 et 9999"))
        #expect(shown.contains(Self.at(marked, "2️⃣", TargetsCheck.unknownLevel("9", q))))
        #expect(shown.contains(Self.at(marked, "3️⃣", TargetsCheck.unknownTheme("gouvx", q))))
        #expect(shown.contains(Self.at(marked, "4️⃣", TargetsCheck.unknownLevel("7", q))))
        // An unknown theme is said even when its level is not a number, and only that.
        #expect(shown.contains(Self.at(marked, "5️⃣", TargetsCheck.unknownTheme("autre", q))))
        #expect(!shown.contains { $0.hasPrefix(Self.at(marked, "6️⃣", "")) })
        #expect(shown.contains(Self.at(marked, "7️⃣", TargetsCheck.unknownIndicator("co2", valid: ["kwh"], .fr))))
        #expect(shown.contains { $0.hasPrefix(Self.at(marked, "8️⃣", "")) })
    }

    @Test func aYearThatIsNotANumberIsSaidOnce() throws {
        let marked = MarkedSource("by: 1️⃣bientôt\n")
        let shown = try Self.problems(marked)
        #expect(shown.count == 1)
        #expect(shown.first?.hasPrefix(Self.at(marked, "1️⃣", "")) == true)
    }
}
