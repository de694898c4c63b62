import Yams

/// Themes and the questions they hold.
extension QuestionnaireBuilder {
    mutating func readThemes(_ node: Node, optionSets: [String: [AnswerOption]]) -> [Theme] {
        guard let items = reader.sequence(node, what: ("« themes »", "'themes'")) else { return [] }
        if items.isEmpty {
            reader.error(node, LoaderMessage.noTheme(in: language))
        }
        var themes: [Theme] = []
        var seen: Set<String> = []
        var earlier: Set<String> = []
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(item, allowed: Self.themeKeys, required: ["id", "title", "questions"],
                                        what: ("le thème \(i + 1)", "theme \(i + 1)")) else { continue }
            let id = f["id"].flatMap { readID($0, key: "id", pattern: .name) }
            if id == nil, let written = f["id"]?.scalar?.string { unreadableThemes.insert(written) }
            if let id, let idNode = f["id"], !seen.insert(id).inserted {
                reader.error(idNode, LoaderMessage.duplicateTheme(id, in: language))
            }
            let themeID = id ?? "?"
            let title = f["title"].flatMap { reader.text($0, key: "title") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            var weight = 1.0
            if let node = f["weight"], let w = reader.number(node, key: "weight") {
                if w <= 0 {
                    reader.error(node, LoaderMessage.themeWeightNotPositive(in: language))
                } else {
                    weight = w
                }
            }
            let scope = f["scope"].flatMap { readScope($0) } ?? .site
            var questions: [Question] = []
            if let node = f["questions"], let questionNodes = reader.sequence(node, what: ("les questions du thème « \(themeID) »", "the questions of theme '\(themeID)'")) {
                if questionNodes.isEmpty {
                    reader.error(node, LoaderMessage.themeWithoutQuestions(themeID, in: language))
                }
                var seenQuestions: Set<String> = []
                for (j, questionNode) in questionNodes.enumerated() {
                    guard let (question, whenNode) = readQuestion(questionNode, themeID: themeID, position: j + 1, optionSets: optionSets, scope: scope) else { continue }
                    if !seenQuestions.insert(question.id).inserted {
                        reader.error(questionNode.mapping?["id"] ?? questionNode,
                                     LoaderMessage.duplicateQuestion(question.id, theme: themeID, in: language))
                        continue
                    }
                    if let whenNode {
                        pendingQuestionConditions.append((question.fullID, whenNode, earlier, id == nil ? nil : themes.count, questions.count))
                    }
                    earlier.insert(question.fullID)
                    questions.append(question)
                }
                // A theme whose questions all weigh 0 is an inventory, informational on purpose.
                if !questions.isEmpty, !questions.contains(where: { $0.isScored && $0.weight > 0 }),
                   questions.contains(where: { $0.weight > 0 }) {
                    reader.warning(f.keyNode("questions"), LoaderMessage.themeNeverAssessed(themeID, in: language))
                }
            }
            // Kept without its title (already an error) so that conditions naming its questions
            // do not each report an unknown question.
            if let id {
                themes.append(Theme(id: id, title: title ?? "", description: description, weight: weight, questions: questions))
            }
        }
        return themes
    }
}
