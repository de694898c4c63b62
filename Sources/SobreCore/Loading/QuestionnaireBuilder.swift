import Yams

/// Builds the model from the YAML tree and checks every rule of SPEC §1.2 on the way.
///
/// This file holds the pass's state and the keys each place accepts; the pass itself is split
/// by part of the questionnaire in `QuestionnaireBuilder+*.swift` (root, ids, levels, options,
/// themes, questions, bands, conditions, actions, warnings).
package struct QuestionnaireBuilder {
    var reader: YAMLReader
    var language: Language { reader.language }

    // The keys each mapping of a questionnaire accepts. docs/reference/questionnaire.md
    // documents every one (ReferenceDocsTests holds the two in step).
    package static let rootKeys = [
        "format", "id", "version", "language", "title", "description", "source", "levels", "scoring",
        "option_sets", "themes", "actions", "factors", "indicators",
    ]
    package static let themeKeys = ["id", "title", "description", "weight", "scope", "questions"]
    package static let questionKeys = [
        "id", "text", "help", "type", "options", "scores", "min", "max", "labels", "unit", "integer", "bands",
        "weight", "required", "na", "when", "scope",
    ]
    /// The keys of `questionKeys` that only some types take, by type.
    package static let typeKeys: [String: [String]] = [
        "single": ["options"], "multiple": ["options"], "boolean": ["scores"], "scale": ["min", "max", "labels"],
        "number": ["min", "max", "unit", "integer", "bands"], "text": [],
    ]
    package static let actionKeys = [
        "id", "title", "description", "theme", "priority", "effort", "when", "after", "owner", "source", "saves",
    ]
    package static let factorKeys = ["value", "unit", "label", "source"]
    package static let indicatorKeys = ["id", "label", "short", "unit", "value", "headline", "source", "description"]
    package static let levelKeys = ["id", "name", "min", "description"]
    package static let scoringKeys = ["weakest_link"]
    package static let optionKeys = ["id", "label", "score", "exclusive"]
    package static let booleanScoresKeys = ["yes", "no"]
    package static let bandKeys = ["upto", "score"]
    /// Every list above, named by the place it applies to.
    package static let acceptedKeys: [(place: String, keys: [String])] = [
        ("questionnaire", rootKeys), ("level", levelKeys), ("scoring", scoringKeys), ("option", optionKeys),
        ("theme", themeKeys), ("question", questionKeys), ("scores", booleanScoresKeys), ("band", bandKeys),
        ("action", actionKeys), ("factor", factorKeys), ("indicator", indicatorKeys),
    ]

    /// Question `when` nodes, checked once every question is known; `themeIndex` is nil for a
    /// theme that is not kept (its id is wrong), whose conditions are checked but stored nowhere.
    var pendingQuestionConditions: [(question: String, node: Node, earlier: Set<String>, themeIndex: Int?, questionIndex: Int)] = []
    /// Questions left out because their definition is an error (type, option set…), by full id.
    var unreadableQuestions: Set<String> = []
    /// Theme ids refused as written (`fin-de-vie`).
    var unreadableThemes: Set<String> = []
    /// Actions whose condition got a warning already: they are not warned about twice.
    var actionsWarnedInCondition: Set<String> = []

    init(reader: YAMLReader) {
        self.reader = reader
    }
}
