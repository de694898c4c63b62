import Yams

/// Warnings found once the whole questionnaire is read.
extension QuestionnaireBuilder {
    mutating func warnUnusedOptionSets(_ sets: Node.Mapping, themes: Node?) {
        var used: Set<String> = []
        if case .sequence(let themeNodes)? = themes {
            for theme in themeNodes {
                guard case .sequence(let questions)? = theme.mapping?["questions"] else { continue }
                for question in questions {
                    if case .scalar(let s)? = question.mapping?["options"] { used.insert(s.string) }
                }
            }
        }
        for (key, _) in sets {
            if let name = key.scalar?.string, !used.contains(name) {
                reader.warning(key, LoaderMessage.unusedOptionSet(name, in: language))
            }
        }
    }

    mutating func warnUntriggerableActions(_ questionnaire: Questionnaire, actionsNode: Node?) {
        guard case .sequence(let nodes)? = actionsNode else { return }
        for action in questionnaire.actions where !actionsWarnedInCondition.contains(action.id) {
            guard TriggerSearch(questionnaire: questionnaire).canNeverTrigger(action) else { continue }
            let node = nodes.first { $0.mapping?["id"]?.scalar?.string == action.id }
            reader.warning(node?.mapping?["when"] ?? node,
                           LoaderMessage.untriggerableAction(action.id, in: language))
        }
    }
}
