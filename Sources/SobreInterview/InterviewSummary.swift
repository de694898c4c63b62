import SobreCore

/// The short text summary printed at the end of an interview: overall level and score, each
/// theme's score and level, the quick wins.
///
/// A stand-in until the text renderer of `SobreReport` takes over.
public enum InterviewSummary {
    /// The summary of `assessment` scored with `questionnaire`, lines ending with a newline.
    public static func text(_ assessment: Assessment, questionnaire: Questionnaire, style: InterviewStyle = .plain) -> String {
        let l = questionnaire.language
        let card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
        var lines: [String] = []
        let site = assessment.site.name ?? assessment.site.id
        lines.append(style.bold(l.pick(fr: "Résultat — \(site), \(assessment.date)", en: "Result — \(site), \(assessment.date)")))
        if assessment.status == .inProgress {
            lines.append(l.pick(fr: "(provisoire : l’entretien n’est pas terminé)", en: "(provisional: the interview is not finished)"))
        }
        if let score = card.overallScore, let level = card.overallLevel {
            var line = l.pick(fr: "Niveau global : \(level.name) (niveau \(level.id)), score \(Display.score(score))/100",
                              en: "Overall level: \(level.name) (level \(level.id)), score \(Display.score(score))/100")
            if card.capped {
                line += l.pick(fr: " — limité par le thème le plus faible", en: " — capped by the weakest theme")
            }
            lines.append(line)
        } else {
            lines.append(l.pick(fr: "Niveau global : non évalué (aucune réponse notée)", en: "Overall level: not assessed (no scored answer)"))
        }
        lines.append("")
        lines.append(l.pick(fr: "Par thème :", en: "By theme:"))
        for theme in card.themes {
            let title = theme.theme.title
            if let score = theme.score {
                let level = theme.level.map { " — \($0.name)" } ?? ""
                lines.append("  \(title) : \(Display.score(score))/100\(level)")
            } else {
                lines.append("  \(title) : " + l.pick(fr: "non évalué", en: "not assessed"))
            }
        }
        lines.append("")
        let wins = card.quickWins
        if wins.isEmpty {
            lines.append(l.pick(fr: "Gains rapides : aucun", en: "Quick wins: none"))
        } else {
            lines.append(l.pick(fr: "Gains rapides :", en: "Quick wins:"))
            for (k, item) in wins.enumerated() {
                lines.append("  \(k + 1). \(item.action.title)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
