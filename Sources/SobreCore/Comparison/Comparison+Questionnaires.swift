extension Comparison {
    /// Every exact questionnaire an assessment of the comparison was scored with, once each,
    /// in the order met (sites by id, each site's history oldest first).
    public var questionnairesUsed: [Questionnaire] {
        var seen: Set<String> = []
        var result: [Questionnaire] = []
        for record in sites {
            for a in record.history where seen.insert(a.questionnaire.sha256 + "\u{0}" + a.questionnaire.path).inserted {
                result.append(a.questionnaire)
            }
        }
        return result
    }
}
