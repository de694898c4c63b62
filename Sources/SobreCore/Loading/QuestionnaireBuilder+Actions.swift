import Yams

/// Actions, their grades and their `after` lists.
extension QuestionnaireBuilder {
    mutating func readActions(_ node: Node, themes: [Theme], index: QuestionnaireIndex) -> [Action] {
        guard let items = reader.sequence(node, what: ("« actions »", "'actions'")) else { return [] }
        var actions: [Action] = []
        var graph: [(id: String, after: [String])] = []
        var afterNodes: [String: Node] = [:]
        var seen: Set<String> = []
        let themeIDs = themes.map(\.id)
        for (i, item) in items.enumerated() {
            let name = item.mapping?["id"]?.scalar?.string ?? "\(i + 1)"
            let what = ("l’action « \(name) »", "action '\(name)'")
            guard let f = reader.fields(item, allowed: Self.actionKeys, required: ["id", "title", "theme", "priority", "effort", "when"],
                                        what: what) else { continue }
            let id = f["id"].flatMap { readID($0, key: "id", pattern: .name) }
            if let id, let idNode = f["id"], !seen.insert(id).inserted {
                reader.error(idNode, LoaderMessage.duplicateAction(id, in: language))
            }
            let title = f["title"].flatMap { reader.text($0, key: "title") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            let owner = f["owner"].flatMap { reader.text($0, key: "owner") }
            let source = f["source"].flatMap { reader.text($0, key: "source") }
            var themeID: String?
            if let node = f["theme"], let t = reader.text(node, key: "theme") {
                if themeIDs.contains(t) {
                    themeID = t
                } else if !themeIDs.isEmpty, !unreadableThemes.contains(t) {
                    let hint = Suggestion.hint(for: t, among: themeIDs, language: language)
                    reader.error(node, LoaderMessage.unknownActionTheme(t, name: name, hint: hint, in: language))
                }
            }
            let priority = f["priority"].flatMap { readGrade($0, key: "priority") }
            let effort = f["effort"].flatMap { readGrade($0, key: "effort") }
            var when: Expression?
            if let node = f["when"] {
                let condition = readCondition(node, usage: .action, index: index)
                when = condition.expression
                if condition.warned, let id { actionsWarnedInCondition.insert(id) }
            }
            var after: [String] = []
            if let node = f["after"], let entries = reader.sequence(node, what: ("« after »", "'after'")) {
                for entry in entries {
                    if let a = reader.text(entry, key: "after") { after.append(a) }
                }
                if let id { afterNodes[id] = node }
            }
            let saves = f["saves"].map { readSaves($0, index: index) } ?? []
            if let id { graph.append((id, after)) }
            if let id, let title, let themeID, let priority, let effort, let when {
                actions.append(Action(id: id, title: title, description: description, themeID: themeID, priority: priority,
                                      effort: effort, when: when, after: after, owner: owner, source: source, saves: saves))
            }
        }
        checkAfter(graph, afterNodes: afterNodes)
        return actions
    }

    mutating func readGrade(_ node: Node, key: String) -> Grade? {
        guard let value = reader.text(node, key: key) else { return nil }
        if let grade = Grade(rawValue: value) { return grade }
        let hint = Suggestion.hint(for: value, among: Grade.allCases.map(\.rawValue), language: language)
        reader.error(node, LoaderMessage.unknownGrade(key, value: value, hint: hint, in: language))
        return nil
    }

    mutating func checkAfter(_ graph: [(id: String, after: [String])], afterNodes: [String: Node]) {
        let known = graph.map(\.id)
        let knownSet = Set(known)
        for (id, after) in graph {
            guard let node = afterNodes[id], case .sequence(let entries) = node else { continue }
            for (entryNode, target) in zip(entries, after) {
                if target == id {
                    reader.error(entryNode, LoaderMessage.actionAfterItself(target, in: language))
                } else if !knownSet.contains(target) {
                    let hint = Suggestion.hint(for: target, among: known, language: language)
                    reader.error(entryNode, LoaderMessage.unknownAfterAction(target, hint: hint, in: language))
                }
            }
        }
        for cycle in ActionGraph(graph).cycles() {
            let text = cycle.joined(separator: " → ")
            reader.error(afterNodes[cycle[0]], LoaderMessage.afterCycle(text, in: language))
        }
    }
}
