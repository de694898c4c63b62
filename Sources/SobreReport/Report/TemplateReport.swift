import Mustache
import SobreCore

/// HTML and Markdown reports from Mustache templates in `Reports/`, which an association can restyle.
public enum TemplateReport {
    /// Which template and which escaping.
    public enum Format: String, Sendable {
        case html
        case markdown

        /// The template's file name in `Reports/`.
        public var templateName: String {
            switch self {
            case .html: "report.html.mustache"
            case .markdown: "report.md.mustache"
            }
        }
    }

    /// A template that does not parse, with its place.
    public struct TemplateError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Renders `model` with the template text; Markdown templates declare `{{% CONTENT_TYPE: MARKDOWN}}`.
    public static func render(_ model: ReportModel, template: String, format: Format) throws(TemplateError) -> String {
        finished([try parse(template, language: model.language).render(context(model, format: format))], format: format, language: model.language)
    }

    /// The same with a template whose parsing started earlier (`TemplateParse`).
    public static func render(_ model: ReportModel, template: TemplateParse, format: Format) throws(TemplateError) -> String {
        finished(try template.template(language: model.language).render(context(model, format: format)), format: format, language: model.language)
    }

    /// The rendered page, from its pieces' renderings, as it is written: a French HTML page with
    /// French spacing (`FrenchTypography`).
    static func finished(_ pieces: [String], format: Format, language: Language) -> String {
        RenderedPage(pieces: pieces, format: format, language: language).finished
    }

    /// Parses a template, with a located sentence for each kind of mistake.
    static func parse(_ template: String, language: Language) throws(TemplateError) -> MustacheTemplate {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        do {
            return try MustacheTemplate(string: template)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(line: error.context.lineNumber, column: error.context.columnNumber,
                                message: describe(error.error, language: language))
        } catch {
            throw TemplateError(line: 1, column: 1, message: "\(error)")
        }
    }

    private static func describe(_ error: any Error, language: Language) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect:
            return language.pick(fr: "la section fermée ici ne correspond pas à la dernière ouverte ({{#nom}} … {{/nom}})",
                                 en: "the section closed here is not the one last opened ({{#name}} … {{/name}})")
        case .unfinishedName:
            return language.pick(fr: "balise non terminée : il manque « }} »", en: "unfinished tag: '}}' is missing")
        case .expectedSectionEnd:
            return language.pick(fr: "une section ouverte n’est jamais fermée ({{/nom}})", en: "a section is never closed ({{/name}})")
        case .invalidSetDelimiter:
            return language.pick(fr: "changement de délimiteurs mal écrit", en: "badly written delimiter change")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return language.pick(fr: "directive {{% … }} inconnue (seule CONTENT_TYPE: HTML, TEXT ou MARKDOWN existe)",
                                 en: "unknown {{% … }} directive (only CONTENT_TYPE: HTML, TEXT or MARKDOWN exists)")
        default:
            return language.pick(fr: "construction de modèle non prise en charge ici", en: "template construct not supported here")
        }
    }

    /// The values templates see: words already in the questionnaire's language, numbers already rounded.
    static func context(_ model: ReportModel, format: Format) -> [String: Any] {
        let w = Words(language: model.language)
        let q = model.questionnaire
        let a = model.assessment
        let fr = model.language == .fr
        func levelColour(_ level: Level?) -> String { LevelPalette.swatch(for: level, in: q).background }
        func levelInk(_ level: Level?) -> String { LevelPalette.swatch(for: level, in: q).ink }
        let footprint = FootprintView(model)
        func item(_ line: ReportModel.PlanLine) -> [String: Any] {
            let credits = w.credits(of: line.action)
            let saved = FootprintView.savings(line.saves, model: model)
            return [
                "savings": saved ?? "", "hasSavings": saved != nil,
                "rank": line.rank, "id": line.action.id, "title": line.action.title,
                "description": line.action.description ?? "", "hasDescription": line.action.description != nil,
                "theme": line.themeTitle, "priority": line.action.priority.plusses, "priorityWord": w.priority(line.action.priority),
                "effort": line.action.effort.stars, "effortWord": w.effort(line.action.effort),
                "horizon": w.horizon(line.action.horizon), "source": line.action.source ?? "", "hasSource": line.action.source != nil,
                "owner": line.action.owner ?? "", "hasOwner": line.action.owner != nil,
                "credits": credits ?? "", "hasCredits": credits != nil,
                "reasons": line.reasons.map { ["question": $0.questionText, "id": $0.questionID, "answer": $0.display] },
                // A quick win is described in full once, in its own section; the plan points to it.
                "detailedAbove": line.isQuickWin,
            ]
        }
        var horizons: [[String: Any]] = []
        for run in ReportModel.horizonRuns(model.plan) {
            horizons.append(["name": w.horizon(run.horizon), "items": run.items.map(item)])
        }
        var answerThemes: [[String: Any]] = []
        // A theme's score is the mean of its questions' scores weighted by their weights (SPEC
        // §3.2): shown when they differ, or a director adding the scores by hand finds another.
        let showsWeights = model.answers.contains { $0.counted && $0.question.weight != 1 }
        for theme in q.themes {
            let lines = model.answers.filter { $0.question.themeID == theme.id }
            guard !lines.isEmpty else { continue }
            answerThemes.append([
                "title": theme.title,
                "answers": lines.map { line -> [String: Any] in
                    [
                        "id": line.question.fullID, "question": line.question.text, "answer": line.display,
                        "score": line.counted ? line.score.map { AnswerText.score($0 * 100, levels: []) } ?? "—" : "—", "note": line.note ?? "",
                        "hasNote": line.note != nil, "irrelevant": !line.relevant,
                        "weight": line.counted ? AnswerText.number(line.question.weight, language: model.language) : "—",
                    ]
                },
            ])
        }
        var context: [String: Any] = [
            "lang": model.language.rawValue, "colon": Words(language: model.language).colon,
            "title": q.title, "version": q.version, "questionnaireID": q.id, "sha256": q.sha256,
            "source": q.source ?? "", "hasSource": q.source != nil,
            "siteName": a.site.name ?? a.site.id, "siteID": a.site.id, "finess": a.site.finess ?? "", "hasFiness": a.site.finess != nil,
            "group": a.site.group ?? "", "hasGroup": a.site.group != nil,
            "category": a.site.category ?? "", "hasCategory": a.site.category != nil,
            "association": w.associationLine(a) ?? "", "hasAssociation": w.associationLine(a) != nil,
            "respondent": [a.respondent?.name, a.respondent?.role].compactMap { $0 }.joined(separator: ", "),
            "hasRespondent": a.respondent?.name != nil || a.respondent?.role != nil,
            "interviewer": a.interviewer ?? "", "hasInterviewer": a.interviewer != nil,
            "date": a.date, "dateText": w.date(a.date), "status": w.status(a.status), "complete": a.status == .complete,
            "overallLevel": model.overall.level?.name ?? w.notAssessed,
            "overallLevelText": w.overallLevelText(model),
            // For a badge that does not wrap: the level and position, marked when capped (the
            // themes holding it are named in `cappedText`).
            "overallBadge": w.levelText(model.overall.level, of: q) + (model.capped ? " " + Words.cappedMark : ""),
            "keyPoint": w.keyPoint(model, levelText: w.overallLevelText(model)),
            "overallLevelDescription": model.overall.level?.description ?? "",
            "overallScore": AnswerText.score(model.overall.score, levels: q.levels), "overallColour": levelColour(model.overall.level),
            "overallInk": levelInk(model.overall.level),
            "capped": model.capped, "cappedText": w.capped(by: model.levelByScore, holding: model.cappedBy),
            "hasPrevious": model.previous != nil,
            "themes": model.themes.map { t -> [String: Any] in
                let delta = model.previous?.themes.first { $0.id == t.theme.id }.map { w.signed($0.delta) }
                return [
                    "id": t.theme.id, "title": t.theme.title, "score": AnswerText.score(t.score, levels: q.levels),
                    "assessed": t.score != nil, "informational": t.informational,
                    "level": t.level?.name ?? (t.informational ? w.informational : w.notAssessed),
                    "colour": levelColour(t.level), "counted": t.counted, "relevant": t.relevant,
                    // The theme's own change; a template reads it as `themeDelta` inside `{{#previous}}`,
                    // where `delta` would be the overall one.
                    "delta": delta ?? "", "themeDelta": delta ?? "",
                ]
            },
            "levels": q.levels.map { ["name": $0.name, "min": AnswerText.number($0.min, language: model.language),
                                      "description": $0.description ?? "", "colour": levelColour($0)] },
            "quickWins": model.quickWins.map(item), "hasQuickWins": !model.quickWins.isEmpty,
            "horizons": horizons, "hasPlan": !model.plan.isEmpty, "planCount": model.plan.count,
            "answerThemes": answerThemes, "showsWeights": showsWeights,
            "missingCount": model.missingRequired.count, "hasMissing": !model.missingRequired.isEmpty,
            "hasNotes": a.notes != nil, "notes": a.notes ?? "",
            "words": [
                "overallLevel": w.overallLevel, "byTheme": w.byTheme, "quickWins": w.quickWins, "plan": w.plan,
                "why": w.why, "owner": w.owner, "noAction": w.noAction, "missing": w.missing, "since": w.since, "new": w.new, "done": model.previous.map { w.done(since: $0.date) } ?? "",
                "keyPoint": w.keyPointTitle, "detailedAbove": w.detailedAbove,
                "score": fr ? "Score" : "Score", "level": fr ? "Niveau" : "Level", "theme": fr ? "Thème" : "Theme",
                "action": fr ? "Action" : "Action", "priority": fr ? "Priorité" : "Priority", "effort": fr ? "Difficulté" : "Effort",
                "answers": fr ? "Annexe : réponses et notes" : "Annex: answers and notes",
                "question": fr ? "Question" : "Question", "answer": fr ? "Réponse" : "Answer", "note": fr ? "Note" : "Note",
                "weight": fr ? "Poids" : "Weight",
                "weightsNote": fr ? "Le score d’un thème est la moyenne des scores de ses questions, chacun compté autant de fois que son poids (une question de poids 2 compte double)\u{A0}; « — »\u{A0}: la question n’entre pas dans le score."
                    : "A theme's score is the mean of its questions' scores, each counted as many times as its weight (a question of weight 2 counts twice); “—”: the question does not enter the score.",
                "levels": fr ? "Les niveaux de maturité" : "Maturity levels", "from": fr ? "à partir de" : "from",
                "site": fr ? "Établissement" : "Site", "date": fr ? "Date" : "Date",
                "respondent": fr ? "Répondant" : "Respondent", "interviewer": fr ? "Enquêteur" : "Interviewer",
                "questionnaire": fr ? "Questionnaire" : "Questionnaire", "sources": fr ? "Sources" : "Sources",
                "notRelevant": w.notRelevant,
                "interviewNotes": fr ? "Notes de l’entretien" : "Interview notes",
                "itemSavings": FootprintWords(language: model.language).itemSavings,
                "legend": fr ? "Priorité : + faible, ++ moyenne, +++ forte. Difficulté : * faible (gain rapide), ** moyenne, *** importante."
                    : "Priority: + low, ++ medium, +++ high. Effort: * low (quick win), ** medium, *** high.",
                "generated": fr ? "Rapport produit par sobre" : "Report made by sobre",
            ],
        ]
        if let p = model.previous {
            context["previous"] = [
                "date": p.date, "dateText": w.date(p.date), "delta": w.signed(p.shownDelta), "score": AnswerText.score(p.overall.score, levels: q.levels),
                "notComparable": w.notComparable(p.comparability) ?? "", "hasNotComparable": p.comparability != .comparable,
                "level": p.overall.level?.name ?? w.notAssessed,
                "done": p.actionsDone.map(\.title), "hasDone": !p.actionsDone.isEmpty,
                "new": p.actionsNew.map(\.title), "hasNew": !p.actionsNew.isEmpty,
            ] as [String: Any]
        }
        context["benchmark"] = BenchmarkContext.value(model, format: format)
        if let footprint = footprintContext(footprint, language: model.language) {
            context["footprint"] = footprint
            context["hasFootprint"] = true
        }
        context["objectives"] = objectivesContext(model)
        context["nextLevel"] = nextLevelContext(model)
        if format == .html {
            context["radar"] = SVGChart.radar(model)
            context["bars"] = SVGChart.bars(model)
        }
        return context
    }
}

/// Escapes text for Markdown so user text cannot become markup, links or HTML, and stays on
/// one line (a table cell ends at a line break).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": out += "\\\(ch)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            // Any line break (CR, LF, CRLF — one Character —, U+2028…) would end a table cell.
            case _ where ch.isNewline: out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
