import SobreJSON
import Testing

/// The keys of a top-level object found without parsing (how `--output` tells an assessment
/// from last year's comparison): for valid JSON, exactly the keys the parser gives.
@Suite struct TopLevelKeysTests {
    static let documents = [
        #"{"format": 1, "answers": {}}"#,
        #"{"compare_format": 1, "sites": [{"answers": {"format": 2}}]}"#,
        #"{"a": "}{,\"answers\":", "b": ["{", "}", {"c": 1}], "d": {"e": {"f": [1, 2]}}}"#,
        #"{"\u0061nswers": [], "for\u006dat": "x", "é\n": null}"#,
        "\u{FEFF}  {\n\t\"format\" : true ,\"answers\":false}",
        #"{"a\\": 1, "b\"": 2}"#,
        #"[{"format": 1, "answers": {}}]"#,
        #""format""#,
        "{}",
        #"{"k": {}, "l": [], "m": [[], {}], "n": "\\"}"#,
    ]

    @Test(arguments: documents) func agreesWithTheParser(_ text: String) throws {
        let bytes = Array(text.utf8)
        let expected: Set<String>
        if case .object(let object) = try JSONParser.parse(bytes) { expected = Set(object.keys) } else { expected = [] }
        #expect(JSONParser.topLevelKeys(bytes) == expected)
    }

    @Test func truncatedTextGivesWhatCameBefore() {
        #expect(JSONParser.topLevelKeys(Array(#"{"format": 1, "answ"#.utf8)) == ["format"])
        #expect(JSONParser.topLevelKeys(Array(#"{"format": {"answers": 1"#.utf8)) == ["format"])
        #expect(JSONParser.topLevelKeys([]) == [])
    }
}
