import SobreCore

/// Valid inputs the mutations start from.
enum Corpus {
    /// Every question type, option sets, bands, labels, N/A, conditions, `after`, weakest link.
    static let everyType = FixtureQuestionnaire.everyType.text

    /// A small English one.
    static let english = FixtureQuestionnaire.smallEnglish.text

    /// Factors, indicators and actions' `saves` (SPEC §8).
    static let indicators = FixtureQuestionnaire.indicators.text

    /// The bundled questionnaire.
    static let bundled = Fuzz.packageFile("Questionnaires/essms-sobriete.fr.yaml")

    /// Questionnaires as bytes: the small ones first, the bundled one last (it is 60 kB, so the
    /// loader fuzz picks it less often).
    static let questionnaires: [[UInt8]] = [Array(everyType.utf8), Array(english.utf8), Array(indicators.utf8)]
        + (bundled.isEmpty ? [] : [bundled])

    /// Loaded, for the targets that need a questionnaire.
    static let loaded: [Questionnaire] = questionnaires.compactMap {
        QuestionnaireLoader.load(bytes: $0, path: "corpus.yaml").questionnaire
    }

    static let sampleAssessment = Fuzz.packageFile("Reports/examples/assessment.json")

    static let yamlDictionary: [[UInt8]] = (
        [": ", "- ", "-", ":", "? ", "#", "&a ", "*a", "&b [1, 2]", "*b", "!!str ", "!!int ", "!!binary ", "!foo ", "<<: *a",
         "{", "}", "[", "]", ",", "'", "\"", "''", "\\", "|", "|-", ">", ">+", "\t", "\n", "\r\n", "  ", "\n  ", "\n    - ",
         "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "~", "null", "true", "false", "yes", "no", ".nan", ".inf",
         "type: ", "options: ", "when: ", "id: ", "score: ", "min: ", "max: ", "weight: ", "bands: ", "after: ",
         "format: 2", "language: en", "single", "multiple", "boolean", "scale", "number", "text", "exclusive: true",
         " and ", " or ", "not ", " == ", " in ['a']", " contains ", "score(", "count(", "theme_score(", "overall_level()", "default(", "min(", "max(", ", ",
         "factor(", "indicator(", "factors:\n  f: { value: 1, unit: u }\n", "saves: ", "value: ", "headline: true", " / 0", " * 1e308",
         "gouv.sponsor", "usages.impression", "\u{0}"]
            .map { Array($0.utf8) }) + Mutator.hostileBytes + Mutator.hugeNumbers.map { Array($0.utf8) }

    static let jsonDictionary: [[UInt8]] = (
        ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\n", "null",
         "true", "false", "-", "0", "-0", "1e999", "1E-999", "0.5", "\"format\": 1", "\"format\": 2", "\"answers\": {}",
         "\"value\": ", "\"na\": true", "\"na\": false", "\"note\": 1", "\"status\": \"complete\"", "\"status\": 7",
         "\"site\": {\"id\": \"\"}", "\"date\": \"2026-02-30\"", "\"finess\": \"2A0000008\"", "\"finess\": \"123\"",
         "\"respondent\": []", "\"questionnaire\": {\"id\": 1}", "\"gouvernance.sponsor\": ", "{\"value\": [\"a\", \"a\"]}",
         " ", "\n", "\t", "\r"]
            .map { Array($0.utf8) }) + Mutator.hostileBytes + Mutator.hugeNumbers.map { Array($0.utf8) }
}
