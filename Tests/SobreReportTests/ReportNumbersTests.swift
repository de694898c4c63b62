import SobreCore
@testable import SobreReport
import SobreJSON
import SobreDemo
import Testing

/// Every number the text, Markdown and HTML reports show, read back from the rendered text and
/// checked against the JSON report of the same assessment: for each site of the demo, its
/// latest assessment with `--previous` its earlier one.
///
/// Why: golden files only say that a report has not changed; a number that was wrong when the
/// golden file was recorded (every theme of the HTML showing the overall change) stays wrong.
@Suite struct ReportNumbersTests {
    /// What a report shows, as read from its text.
    struct Shown: Equatable, CustomStringConvertible {
        struct Theme: Equatable {
            var title: String
            var score: String
            /// The level name, nil when not assessed.
            var level: String?
            /// The change, nil when the report shows none.
            var delta: String?
        }

        var overallScore = ""
        var overallLevel = ""
        var overallDelta: String?
        var themes: [Theme] = []
        /// Ranks and titles of the plan, in the order printed.
        var plan: [(rank: Int, title: String)] = []
        /// Ranks of the quick wins, in the order printed.
        var quickWins: [Int] = []

        static func == (a: Shown, b: Shown) -> Bool {
            a.overallScore == b.overallScore && a.overallLevel == b.overallLevel && a.overallDelta == b.overallDelta
                && a.themes == b.themes && a.plan.map(\.rank) == b.plan.map(\.rank) && a.plan.map(\.title) == b.plan.map(\.title)
                && a.quickWins == b.quickWins
        }

        var description: String {
            "overall \(overallScore) \(overallLevel) \(overallDelta ?? "nil")\n"
                + themes.map { "  \($0.title) | \($0.score) | \($0.level ?? "nil") | \($0.delta ?? "nil")" }.joined(separator: "\n")
                + "\nplan \(plan.map { "\($0.rank). \($0.title)" })\nquick wins \(quickWins)"
        }
    }

    /// Each site's latest assessment with its earlier one, scored with the bundled questionnaire.
    static func demoModels() throws -> [ReportModel] {
        let library = QuestionnaireLibrary(bundledDirectories: [Repository.path("Questionnaires")])
        let q = try #require(library.resolve("essms-sobriete")?.questionnaire)
        let association = DemoAssociation()
        return association.sites.compactMap { site in
            let history = association.assessments(of: site, questionnaire: q)
            guard let latest = history.last else { return nil }
            let previous = history.count > 1 ? history[history.count - 2] : nil
            return ReportModel(questionnaire: q, assessment: latest, previous: previous.map { (q, $0) })
        }
    }

    /// What the reports must show, from the JSON report: scores rounded as every report rounds
    /// them (`AnswerText.score`, never beside a level they do not reach), changes signed.
    static func expected(_ model: ReportModel) throws -> Shown {
        let json = try #require(JSONReport.value(model).objectValue)
        func rounded(_ v: JSONValue?) -> String { AnswerText.score(v?.numberValue, levels: model.questionnaire.levels) }
        func signed(_ v: JSONValue?) -> String {
            guard let x = v?.numberValue else { return "—" }
            let n = Int(x.rounded())
            return n > 0 ? "+\(n)" : n == 0 ? "=" : "\(n)"
        }
        var shown = Shown()
        let overall = try #require(json["overall"]?.objectValue)
        shown.overallScore = rounded(overall["score"])
        shown.overallLevel = overall["level"]?.objectValue?["name"]?.stringValue ?? "non évalué"
        let previous = json["previous"]?.objectValue
        if let previous {
            let comparable = previous["comparable"]?.boolValue ?? true
            shown.overallDelta = comparable ? signed(previous["overall"]?.objectValue?["delta"]) : "—"
        }
        let deltas = Dictionary((previous?["themes"]?.arrayValue ?? []).compactMap(\.objectValue).map {
            ($0["id"]?.stringValue ?? "", $0["delta"])
        }, uniquingKeysWith: { a, _ in a })
        for theme in (json["themes"]?.arrayValue ?? []).compactMap(\.objectValue) {
            let id = theme["id"]?.stringValue ?? ""
            let score = theme["score"]?.numberValue
            shown.themes.append(.init(
                title: theme["title"]?.stringValue ?? "", score: rounded(theme["score"]),
                level: theme["level"]?.objectValue?["name"]?.stringValue,
                // An unassessed theme shows no change in the text report; the others show "—".
                delta: previous == nil ? nil : score == nil ? nil : signed(deltas[id] ?? nil)))
        }
        let plan = (json["plan"]?.arrayValue ?? []).compactMap(\.objectValue)
        shown.plan = plan.map { (Int($0["rank"]?.numberValue ?? 0), $0["title"]?.stringValue ?? "") }
        shown.quickWins = Array(plan.filter { $0["horizon"]?.stringValue == "quick_win" }.prefix(5).map { Int($0["rank"]?.numberValue ?? 0) })
        return shown
    }

    // MARK: Reading the reports back

    static func text(_ model: ReportModel) throws -> Shown {
        let lines = TextReport.render(model).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var shown = Shown()
        let overall = try #require(lines.first { $0.hasPrefix("Niveau global : ") })
        let overallMatch = try #require(overall.firstMatch(of: try Regex<(Substring, Substring, Substring)>(#"^Niveau global : (.+?) \(\d+/\d+\).*score (\S+)/100$"#)))
        shown.overallLevel = String(overallMatch.1)
        shown.overallScore = String(overallMatch.2)
        if let since = lines.first(where: { $0.hasPrefix("  Évolution depuis le ") }) {
            shown.overallDelta = try #require(since.firstMatch(of: try Regex<(Substring, Substring)>(#" : (\S+) \("#))).1.description
        }
        let themeStart = try #require(lines.firstIndex(of: "Par thème")) + 1
        let bar = try Regex<(Substring, Substring, Substring, Substring, Substring, Substring?)>(#"^  (.+?) +([█░]{20}) +(\S+)  (.+?)(?:  \((\S+)\))?$"#)
        for line in lines[themeStart...].prefix(while: { !$0.isEmpty }) {
            if let m = line.firstMatch(of: bar) {
                let delta: String? = m.5.map { String($0) }
                let theme = Shown.Theme(title: String(m.1), score: String(m.3), level: String(m.4), delta: delta)
                shown.themes.append(theme)
            } else {
                var title = String(line.dropFirst(2))
                for word in ["informatif", "non évalué"] where title.hasSuffix(word) { title.removeLast(word.count) }
                while title.hasSuffix(" ") { title.removeLast() }
                shown.themes.append(.init(title: title, score: "—", level: nil, delta: nil))
            }
        }
        let item = try Regex<(Substring, Substring, Substring)>(#"^ +(\d+)\. (.+?)  \[[+]+ / [*]+\]$"#)
        let quickStart = try #require(lines.firstIndex { $0.hasPrefix("Gains rapides : ") })
        let planStart = lines.firstIndex(of: "Plan d’actions") ?? lines.count
        for (k, line) in lines.enumerated() {
            guard let m = line.firstMatch(of: item), let rank = Int(m.1) else { continue }
            if k > quickStart && k < planStart { shown.quickWins.append(rank) }
            if k > planStart { shown.plan.append((rank, String(m.2))) }
        }
        return shown
    }

    static func markdown(_ model: ReportModel) throws -> Shown {
        let template = try Repository.text("Reports/report.md.mustache")
        let lines = try TemplateReport.render(model, template: template, format: .markdown).split(separator: "\n").map(String.init)
        func plain(_ s: Substring) -> String {
            var text = String(s).replacing("\\", with: "")
            while text.hasPrefix(" ") { text.removeFirst() }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var shown = Shown()
        let overall = try #require(lines.first { $0.hasPrefix("## Niveau global : ") })
        let overallMatch = try #require(overall.firstMatch(of: try Regex<(Substring, Substring, Substring)>(#"^## Niveau global : (.+?) \(\d+/\d+\).* — (\S+)/100$"#)))
        shown.overallLevel = String(overallMatch.1)
        shown.overallScore = String(overallMatch.2)
        if let since = lines.first(where: { $0.hasPrefix("Évolution depuis le ") }) {
            shown.overallDelta = try #require(since.firstMatch(of: try Regex<(Substring, Substring)>(#" : \*\*(\S+)\*\* \("#))).1.description
        }
        let themeStart = try #require(lines.firstIndex(of: "## Par thème")) + 3
        for line in lines[themeStart...].prefix(while: { $0.hasPrefix("|") }) {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map(plain)
            let assessed = cells[1] != "—"
            shown.themes.append(.init(title: cells[0], score: cells[1], level: assessed ? cells[2] : nil,
                                      delta: cells.count > 3 && assessed ? cells[3] : nil))
        }
        let quickStart = try #require(lines.firstIndex { $0.hasPrefix("## Gains rapides") })
        let planStart = try #require(lines.firstIndex { $0.hasPrefix("## Plan d’actions") })
        let quick = try Regex<(Substring, Substring)>(#"^(\d+)\. \*\*"#)
        shown.quickWins = lines[quickStart..<planStart].compactMap { $0.firstMatch(of: quick).flatMap { Int($0.1) } }
        let row = try Regex<(Substring, Substring, Substring)>(#"^\| (\d+) \| (.+?)(?: — _.*_)? \| "#)
        shown.plan = lines[planStart...].compactMap { line in
            line.firstMatch(of: row).flatMap { m in Int(m.1).map { ($0, plain(m.2)) } }
        }
        return shown
    }

    static func html(_ model: ReportModel) throws -> Shown {
        let template = try Repository.text("Reports/report.html.mustache")
        let page = try TemplateReport.render(model, template: template, format: .html).withPlainSpaces
        func plain(_ s: Substring) -> String {
            String(s).replacing(/<[^>]*>/, with: "").replacing("&#39;", with: "'").replacing("&quot;", with: "\"")
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }
        var shown = Shown()
        let badge = try #require(page.firstMatch(of: try Regex<(Substring, Substring)>(#"<span class="badge"[^>]*>(.+?) \(\d+/\d+\)"#)))
        shown.overallLevel = plain(badge.1)
        shown.overallScore = String(try #require(page.firstMatch(of: try Regex<(Substring, Substring)>(#"<span class="score">(\S+?)<span"#))).1)
        if let since = page.firstMatch(of: try Regex<(Substring, Substring)>(#"<p>Évolution depuis le [^:]+ : <strong>(\S+)</strong>"#)) {
            shown.overallDelta = String(since.1)
        }
        let section = try #require(page.firstRange(of: "<h2 id=\"h-themes\">").map { page[$0.upperBound...] })
        let table = section[..<(try #require(section.firstRange(of: "</table>"))).lowerBound]
        let row = try Regex<(Substring, Substring, Substring, Substring, Substring?)>(
            #"<tr><th scope="row">(.+?)</th><td class="num">(.*?)</td><td>(.*?)</td>(?:<td class="num">(.*?)</td>)?</tr>"#)
        for m in table.matches(of: row) {
            let assessed = m.2 != "—"
            shown.themes.append(.init(title: plain(m.1), score: String(m.2), level: assessed ? plain(m.3) : nil,
                                      delta: assessed ? m.4.map(String.init) : nil))
        }
        shown.quickWins = page.matches(of: try Regex<(Substring, Substring)>(#"<li value="(\d+)"><strong>"#)).compactMap { Int($0.1) }
        shown.plan = page.matches(of: try Regex<(Substring, Substring, Substring)>(#"<tr><td class="num">(\d+)</td><td><strong>(.+?)</strong>"#))
            .compactMap { m in Int(m.1).map { ($0, plain(m.2)) } }
        return shown
    }

    // MARK: The checks

    @Test func everyNumberOfTheSiteReportsIsTheJSONReportsOne() throws {
        let models = try Self.demoModels()
        #expect(models.count == 12)
        for model in models {
            let expected = try Self.expected(model)
            for (format, read) in [("text", Self.text), ("markdown", Self.markdown), ("html", Self.html)] {
                let shown = try read(model)
                #expect(shown == expected, "\(model.assessment.site.id) \(format):\nshown\n\(shown)\nexpected\n\(expected)")
                Self.checkLevels(shown, model, format: format)
            }
        }
    }

    /// Each shown theme score reads beside its level: the level the shown number reaches
    /// (docs/reference/scoring.md, "Rounding for display"); the overall level may be capped.
    static func checkLevels(_ shown: Shown, _ model: ReportModel, format: String) {
        let q = model.questionnaire
        for theme in shown.themes {
            guard let level = theme.level, let score = Double(theme.score) else { continue }
            #expect(q.level(for: score)?.name == level, "\(model.assessment.site.id) \(format) \(theme.title): \(theme.score) beside \(level)")
        }
        if !model.capped, let score = Double(shown.overallScore) {
            #expect(q.level(for: score)?.name == shown.overallLevel, "\(model.assessment.site.id) \(format): \(shown.overallScore) beside \(shown.overallLevel)")
        }
    }

    /// The CSV report's overall and theme rows: the JSON's scores, rounded as the other reports
    /// round them, each beside the level it reaches.
    @Test func theCSVReportShowsTheJSONScoresBesideTheirLevels() throws {
        for model in try Self.demoModels() {
            let json = try #require(JSONReport.value(model).objectValue)
            let levels = model.questionnaire.levels
            var expected: [String: (score: String, level: String)] = [:]
            let overall = try #require(json["overall"]?.objectValue)
            expected[""] = (AnswerText.score(overall["score"]?.numberValue, levels: levels), overall["level"]?.objectValue?["name"]?.stringValue ?? "")
            for theme in (json["themes"]?.arrayValue ?? []).compactMap(\.objectValue) where theme["score"]?.numberValue != nil {
                expected[theme["id"]?.stringValue ?? ""] = (AnswerText.score(theme["score"]?.numberValue, levels: levels),
                                                           theme["level"]?.objectValue?["name"]?.stringValue ?? "")
            }
            var shown: [String: (score: String, level: String)] = [:]
            for line in CSVReport.render(model).split(separator: "\r\n") where line.hasPrefix("global;") || line.hasPrefix("thème;") {
                // section;site;date;thème;id;intitulé;réponse;score;niveau;rang;horizon;note: counted from the end, a
                // title may hold a quoted ";".
                let f = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard !f[f.count - 5].isEmpty else { continue }
                shown[f[4]] = (f[f.count - 5], f[f.count - 4])
            }
            let site = model.assessment.site.id
            #expect(shown.count == expected.count, "\(site): \(shown.keys.sorted()) \(expected.keys.sorted())")
            for (id, want) in expected {
                let got = try #require(shown[id], "\(site) \(id)")
                #expect(got.score == want.score, "\(site) \(id)")
                // The overall level carries "(plafonné par …)" when capped.
                #expect(got.level.hasPrefix(want.level), "\(site) \(id): \(got.level) for \(want.level)")
                if id != "" || !model.capped, let x = Double(got.score) {
                    #expect(model.questionnaire.level(for: x)?.name == want.level, "\(site) \(id): \(got.score) beside \(want.level)")
                }
            }
        }
    }

    @Test func thePlanReadsInOrderInEveryFormat() throws {
        for model in try Self.demoModels() {
            for read in [Self.text, Self.markdown, Self.html] {
                let ranks = try read(model).plan.map(\.rank)
                #expect(ranks == Array(1...max(ranks.count, 1)).prefix(ranks.count).map { $0 }, "\(model.assessment.site.id): \(ranks)")
            }
        }
    }
}
