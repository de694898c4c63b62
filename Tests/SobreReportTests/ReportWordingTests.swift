import SobreCore
@testable import SobreReport
import SobreJSON
import Testing

/// What the site report says beyond its numbers: a capped level and the theme holding it,
/// changes only between comparable assessments, the plan in order, quick wins described once,
/// the CSV's sections, scale labels, plurals, dates in words, the line to remember.
@Suite struct ReportWordingTests {
    /// Theme `a` high, theme `b` low, `weakest_link: 0`: the overall level is held down by `b`.
    static let yaml = """
        format: 1
        id: wording
        version: "1"
        language: fr
        title: Libellés
        levels:
          - { id: 1, name: Bas, min: 0 }
          - { id: 2, name: Moyen, min: 40 }
          - { id: 3, name: Haut, min: 70 }
        scoring: { weakest_link: 0 }
        themes:
          - id: a
            title: Thème fort
            weight: 3
            questions:
              - { id: oui, text: Fait-on A ?, type: boolean }
              - id: freq
                text: À quelle fréquence ?
                type: scale
                min: 1
                max: 4
                labels: { 1: Jamais, 3: Souvent, 4: Toujours }
              - { id: serveurs, text: Combien de serveurs ?, type: number, unit: serveurs, weight: 0 }
              - { id: detail, text: Depuis quand ?, type: text, when: "a.oui == false" }
          - id: b
            title: Thème faible
            questions:
              - { id: oui, text: Fait-on B ?, type: boolean }
        actions:
          - { id: chantier, title: Le grand chantier, theme: b, priority: high, effort: high, when: "b.oui == false" }
          - { id: geste, title: Le petit geste, theme: b, priority: high, effort: low, when: "b.oui == false", after: [chantier] }
          - { id: court, title: Le court terme, theme: b, priority: high, effort: medium, when: "b.oui == false" }
          - { id: rapide, title: Le gain rapide, theme: b, priority: low, effort: low, when: "b.oui == false" }
          - { id: fait, title: Ce qui est fait, theme: a, priority: low, effort: low, when: "a.oui == false" }
        """

    static func assessment(_ q: Questionnaire, date: String, status: Assessment.Status = .complete,
                           _ values: [String: JSONValue]) -> Assessment {
        var answers = AnswerSet()
        for (id, value) in values { answers[id] = Answer(value: value) }
        return Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                          site: .init(id: "site", name: "Site"), date: date, status: status, answers: answers)
    }

    /// This year (a strong, b weak: capped) with last year (a not done, a kept detail answer).
    static func model(status: Assessment.Status = .complete, previousThemes: Bool = true) throws -> ReportModel {
        let q = try Fixtures.questionnaire(yaml)
        let now = assessment(q, date: "2026-05-08", status: status, [
            "a.oui": .bool(true), "a.freq": .number(3), "a.serveurs": .number(1), "a.detail": .string("2019"), "b.oui": .bool(false),
        ])
        let before = assessment(q, date: "2025-04-01", previousThemes
            ? ["a.oui": .bool(false), "a.freq": .number(1), "b.oui": .bool(false)] : ["a.oui": .bool(false)])
        return ReportModel(questionnaire: q, assessment: now, previous: (q, before))
    }

    static func all(_ model: ReportModel) throws -> (text: String, markdown: String, html: String, csv: String) {
        (TextReport.render(model).withPlainSpaces,
         try TemplateReport.render(model, template: try Repository.text("Reports/report.md.mustache"), format: .markdown).withPlainSpaces,
         try TemplateReport.render(model, template: try Repository.text("Reports/report.html.mustache"), format: .html).withPlainSpaces,
         CSVReport.render(model))
    }

    @Test func aCappedLevelNamesTheThemeHoldingItDownInEveryFormat() throws {
        let model = try Self.model()
        #expect(model.capped)
        let r = try Self.all(model)
        for (name, text) in [("text", r.text), ("markdown", r.markdown)] {
            #expect(text.contains("Niveau global : Bas (1/3) (plafonné par Thème faible)"), "\(name)")
        }
        for (name, text) in [("text", r.text), ("markdown", r.markdown), ("html", r.html)] {
            #expect(text.contains("Niveau plafonné par le thème le plus faible (Thème faible) ; le score seul donnerait « Moyen »."), "\(name)")
        }
        // The badge does not wrap: a mark, the themes named just below.
        #expect(r.html.contains(">Bas (1/3) ▾</span>"))
        #expect(r.csv.contains("global;site;2026-05-08;;;Niveau global;;63;Bas (plafonné par Thème faible);;;"))
        let overall = try #require(JSONReport.value(model).objectValue?["overall"]?.objectValue)
        #expect(overall["capped_by"] == .array([.string("b")]))
    }

    @Test func theOverallChangeIsNotShownAgainstAnAssessmentInProgress() throws {
        let model = try Self.model(status: .inProgress)
        let r = try Self.all(model)
        #expect(r.text.contains("Évolution depuis le 1er avril 2025 : — (0 → 63) — évolution globale non calculée : une des deux évaluations est en cours"))
        #expect(r.markdown.contains("**—** (0 → 63) — évolution globale non calculée"))
        #expect(r.html.contains("<strong>—</strong> (0 → 63) — évolution globale non calculée"))
        // Theme by theme, the change is still shown.
        #expect(r.text.contains("  Thème fort    █████████████████░░░  83  Haut  (+83)"))
        let previous = try #require(JSONReport.value(model).objectValue?["previous"]?.objectValue)
        #expect(previous["comparable"] == .bool(false))
    }

    @Test func theOverallChangeIsNotShownWhenOtherThemesWereAssessed() throws {
        let r = try Self.all(try Self.model(previousThemes: false))
        #expect(r.text.contains("évolution globale non calculée : les thèmes évalués diffèrent"))
    }

    @Test func thePlanNumbersReadInOrderWhenAfterMovesAnActionAcrossHorizons() throws {
        let model = try Self.model()
        #expect(model.plan.map(\.action.id) == ["rapide", "court", "chantier", "geste"])
        let r = try Self.all(model)
        let lines = r.text.split(separator: "\n").map(String.init)
        let plan = try #require(lines.firstIndex(of: "Plan d’actions"))
        let numbered = lines[plan...].compactMap { line -> Int? in
            let t = line.drop { $0 == " " }
            guard let dot = t.firstIndex(of: "."), line.contains("[") else { return nil }
            return Int(t[..<dot])
        }
        #expect(numbered == [1, 2, 3, 4])
        // The quick-win heading comes back for the action placed after the structural one.
        #expect(lines[plan...].filter { $0 == "  Gains rapides" }.count == 2)
        let mdRanks = r.markdown.split(separator: "\n").filter { $0.hasPrefix("| 1 |") || $0.hasPrefix("| 2 |") || $0.hasPrefix("| 3 |") || $0.hasPrefix("| 4 |") }
            .map { $0.dropFirst(2).prefix(1) }
        #expect(mdRanks == ["1", "2", "3", "4"])
        let htmlRanks = r.html.split(separator: "<tr><td class=\"num\">").dropFirst().map { $0.prefix(1) }
        #expect(htmlRanks == ["1", "2", "3", "4"])
    }

    @Test func aQuickWinIsDescribedOnceAndThePlanRefersToIt() throws {
        let r = try Self.all(try Self.model())
        for (name, text) in [("text", r.text), ("markdown", r.markdown), ("html", r.html)] {
            // "Le gain rapide" is a quick win: its reasons are written once.
            #expect(text.components(separatedBy: "Fait-on B ? → ").count - 1 == 4, "\(name)")
            #expect(text.contains("détaillée plus haut, dans les gains rapides"), "\(name)")
        }
    }

    @Test func theCSVHasSectionsThemesAndPlanOn0To100() throws {
        let csv = try Self.all(try Self.model()).csv
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "\u{FEFF}section;site;date;thème;id;intitulé;réponse;score;niveau;rang;horizon;note")
        #expect(lines.contains("thème;site;2026-05-08;a;a;Thème fort;;83;Haut;;;"))
        #expect(lines.contains("thème;site;2026-05-08;b;b;Thème faible;;0;Bas;;;"))
        #expect(lines.contains("plan;site;2026-05-08;b;geste;Le petit geste;;;;4;Gains rapides;"))
        // A labelled scale point reads as its label; its score is on 0–100.
        #expect(lines.contains("réponse;site;2026-05-08;a;a.freq;À quelle fréquence ?;3 — Souvent;67;;;;"))
        // Weight 0: not counted, so no score; the unit in the singular.
        #expect(lines.contains("réponse;site;2026-05-08;a;a.serveurs;Combien de serveurs ?;1;;;;;"))
        // An answer kept from a question that no longer applies is marked.
        #expect(lines.contains("réponse;site;2026-05-08;a;a.detail;Depuis quand ? (question devenue sans objet);2019;;;;;"))
        #expect(!csv.contains("0000000"))
    }

    @Test func answersReadAsADirectorReadsThem() throws {
        let r = try Self.all(try Self.model())
        #expect(r.markdown.contains("| Combien de serveurs ? | 1 serveur | — |"))
        #expect(r.markdown.contains("| À quelle fréquence ? | 3 — Souvent | 67 |"))
        #expect(r.markdown.contains("| Depuis quand ? (question devenue sans objet) | 2019 | — |"))
        #expect(r.html.contains("<td class=\"num\">—</td></tr>"))
        #expect(!r.html.contains("1 serveurs"))
    }

    @Test func datesAreInWordsAndWhatWasAchievedIsSaidSo() throws {
        let r = try Self.all(try Self.model())
        #expect(r.text.contains("Site · 8 mai 2026 · évaluation complète"))
        #expect(r.markdown.contains("**Date** : 8 mai 2026"))
        #expect(r.html.contains("Date : 8 mai 2026"))
        for text in [r.text, r.markdown, r.html] {
            #expect(text.contains("Progrès depuis le 1er avril 2025 : actions qui ne sont plus nécessaires"))
            #expect(!text.contains("devenues inutiles"))
        }
        #expect(Words(language: .en).date("2026-05-08") == "8 May 2026")
        #expect(Words(language: .fr).date("2026-13-08") == "2026-13-08")
    }

    @Test func theReportOpensWithTheLineToRemember() throws {
        let r = try Self.all(try Self.model())
        let line = "niveau Bas (1/3) (plafonné par Thème faible) · point faible : Thème faible (0/100) · pour commencer : 1. Le gain rapide ; 2. Le court terme ; 3. Le grand chantier"
        #expect(r.text.contains("À retenir : " + line))
        #expect(r.markdown.contains("**À retenir** : " + line))
        #expect(r.html.contains("<strong>À retenir</strong> : " + line))
        // Before the level, as the first thing read.
        let text = r.text
        #expect(try #require(text.range(of: "À retenir")).lowerBound < (try #require(text.range(of: "Niveau global"))).lowerBound)
    }

    @Test func theRadarNamesItsRings() throws {
        let svg = SVGChart.radar(try Self.model())
        #expect(svg.contains(">Moyen</text>"))
        #expect(svg.contains(">Haut</text>"))
    }

    /// With eight themes, the labels straight above and below the radar are wrapped to the gap
    /// between their neighbours' labels (about 17 characters a line), so they do not run into them.
    @Test func theRadarsTopAndBottomLabelsFitBetweenTheirNeighbours() throws {
        let svg = SVGChart.radar(try Fixtures.sample())
        let middle = svg.components(separatedBy: "<text font-size=\"12.5\" text-anchor=\"middle\"").dropFirst()
        #expect(middle.count == 2)
        for label in middle {
            let body = label.components(separatedBy: "</text>")[0]
            let lines = body.components(separatedBy: "<tspan").dropFirst().compactMap { tspan in
                tspan.split(separator: ">", maxSplits: 1).last?.components(separatedBy: "</tspan>").first
            }
            #expect(!lines.isEmpty)
            for line in lines { #expect(line.count <= 17, "\(line)") }
        }
    }

    @Test func pluralsFollowOneRule() {
        #expect(Plural.unit("serveurs", for: 1, language: .fr) == "serveur")
        #expect(Plural.unit("serveurs", for: 0, language: .fr) == "serveur")
        #expect(Plural.unit("serveurs", for: 2, language: .fr) == "serveurs")
        #expect(Plural.unit("Go", for: 1, language: .fr) == "Go")
        #expect(Plural.unit("servers", for: 0, language: .en) == "servers")
        #expect(Plural.count(1, singular: "site", plural: "sites", language: .fr) == "1 site")
    }
}

extension ReportWordingTests {
    @Test func anEnglishQuestionnaireGetsTheSameReadingsInEnglish() throws {
        let q = try Fixtures.questionnaire(Self.yaml.replacing("language: fr", with: "language: en"))
        let now = Self.assessment(q, date: "2026-05-08", status: .inProgress, [
            "a.oui": .bool(true), "a.freq": .number(3), "a.serveurs": .number(1), "b.oui": .bool(false),
        ])
        let before = Self.assessment(q, date: "2025-04-01", ["a.oui": .bool(false), "b.oui": .bool(false)])
        let text = TextReport.render(ReportModel(questionnaire: q, assessment: now, previous: (q, before)))
        #expect(text.contains("Site · 8 May 2026 · assessment in progress (incomplete)"))
        #expect(text.contains("Key points: level Bas (1/3) (capped by Thème faible) · weakest theme: Thème faible (0/100) · to start: 1. Le gain rapide"))
        #expect(text.contains("Level capped by the weakest theme (Thème faible); the score alone would give 'Moyen'."))
        #expect(text.contains("no overall change: one of the two assessments is in progress (changes by theme only)"))
        #expect(text.contains("Progress since 1 April 2025: actions no longer needed: Ce qui est fait"))
        #expect(text.contains("(detailed above, under quick wins)"))
        // The templates put the language's colon after a label: "Key points: ", not "Key points : ".
        let model = ReportModel(questionnaire: q, assessment: now, previous: (q, before))
        for (name, format) in [("Reports/report.html.mustache", TemplateReport.Format.html), ("Reports/report.md.mustache", .markdown)] {
            let rendered = try TemplateReport.render(model, template: Repository.text(name), format: format)
            #expect(!rendered.contains(" : "), "\(name)")
            #expect(rendered.contains("Key points"), "\(name)")
        }
    }
}
