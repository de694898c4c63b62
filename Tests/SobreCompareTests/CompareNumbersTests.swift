import SobreCore
import SobreDemo
import SobreJSON
@testable import SobreReport
import Testing

/// Every number the text, Markdown, HTML and CSV comparisons show, read back from the rendered
/// text and checked against the JSON comparison of the same assessments: the demo association's
/// 12 sites, `--by group`. The twin of `ReportNumbersTests` for the site reports.
///
/// Why: golden files only say that a comparison has not changed; a number that was wrong when
/// the golden file was recorded (two theme columns swapped, a group's mean under another group)
/// stays wrong. Each shown score is also checked against the level beside it: a rounded score
/// never reads at or above the threshold of a level it does not reach (docs/reference/scoring.md).
@Suite struct CompareNumbersTests {
    /// A score cell: the rounded score, and the level's full name (with `▾` when capped), nil when not assessed.
    struct Cell: Equatable, CustomStringConvertible {
        var score: String
        var level: String?
        var description: String { "\(score) \(level ?? "nil")" }
    }

    struct Row: Equatable, CustomStringConvertible {
        var name: String
        var date: String
        var inProgress: Bool
        var overall: Cell
        var change: String
        /// Theme title → cell, every shown theme.
        var themes: [String: Cell]
        /// "60 → 77 → 89", nil where the format shows no history.
        var history: String?
        var description: String {
            "\(name) | \(date)\(inProgress ? " *" : "") | \(overall) | \(change) | "
                + themes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + " | \(history ?? "nil")"
        }
    }

    /// A row of statistics: the association's mean or median, or a group's mean.
    struct Statistics: Equatable, CustomStringConvertible {
        var label: String
        /// Sites of a group, nil for the association's rows.
        var sites: String?
        var overall: Cell
        var themes: [String: Cell]
        var description: String {
            "\(label) (\(sites ?? "-")) | \(overall) | " + themes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        }
    }

    /// What a comparison shows, as read from its text.
    struct Shown: Equatable, CustomStringConvertible {
        var siteCount = ""
        var assessmentCount = ""
        /// In the order shown.
        var rows: [Row] = []
        var mean: Statistics?
        var median: Statistics?
        /// Level name and number of sites, in the order shown.
        var levels: [String] = []
        var groups: [Statistics] = []
        /// "title | number of sites", in the order shown; the text shows the first 15 and how many more.
        var actions: [String] = []
        var moreActions: Int?
        /// "theme | best score".
        var mentors: [String] = []

        var description: String {
            "\(siteCount) sites, \(assessmentCount) assessments\n" + rows.map { "  \($0)" }.joined(separator: "\n")
                + "\nmean \(mean.map(\.description) ?? "nil")\nmedian \(median.map(\.description) ?? "nil")\nlevels \(levels)\n"
                + groups.map { "  group \($0)" }.joined(separator: "\n")
                + "\nactions \(actions) +\(moreActions ?? 0)\nmentors \(mentors)"
        }
    }

    /// The demo association's 12 sites, three campaigns each, compared in memory.
    static func demo() throws -> (Comparison, Questionnaire) {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let assessments = DemoAssociation().assessments(questionnaire: q)
        let c = Comparison(assessments: assessments.map {
            ComparedAssessment(file: "\($0.site.id)/\($0.date).json", assessment: $0, questionnaire: q)
        })
        return (c, q)
    }

    // MARK: What the JSON says

    /// The JSON comparison, `--by group`.
    struct JSON {
        let root: JSONObject
        let questionnaire: Questionnaire
        /// Ids of the themes the tables show (not informational), in order.
        let shownThemes: [String]

        init(_ c: Comparison, _ q: Questionnaire) throws {
            root = try #require(try JSONParser.parse(Array(CompareJSON.render(c, by: .group).utf8)).objectValue)
            questionnaire = q
            shownThemes = c.scoredThemes.map(\.id)
        }

        var sites: [JSONObject] { (root["sites"]?.arrayValue ?? []).compactMap(\.objectValue) }

        /// Theme id → title, from the JSON's `themes`.
        var titles: [String: String] {
            Dictionary(((root["themes"]?.arrayValue ?? []).compactMap(\.objectValue)).map {
                ($0["id"]?.stringValue ?? "", $0["title"]?.stringValue ?? "")
            }, uniquingKeysWith: { a, _ in a })
        }

        /// A score as a format with `decimals` shows it.
        func display(_ x: Double?, decimals: Int = 0) -> String {
            guard let x else { return "—" }
            let v = ShownScore.value(x, levels: questionnaire.levels, decimals: decimals)
            return v.rounded() == v ? String(Int(v)) : String(v)
        }

        func cell(_ score: Double?, level: String?, capped: Bool = false) -> Cell {
            guard score != nil else { return Cell(score: "—", level: nil) }
            return Cell(score: display(score), level: (level ?? "non évalué") + (capped ? Words.cappedMark : ""))
        }

        /// A mean or median: its level is the one the unrounded number reaches.
        func statisticCell(_ x: Double?) -> Cell {
            cell(x, level: x.flatMap { questionnaire.level(for: $0)?.name })
        }

        /// The change as the tables show it, from the last two entries of the history.
        func change(_ site: JSONObject) -> String {
            let history = (site["history"]?.arrayValue ?? []).compactMap(\.objectValue)
            guard history.count > 1 else { return "—" }
            let now = history[history.count - 1], before = history[history.count - 2]
            func assessed(_ a: JSONObject) -> Set<String> {
                Set((a["themes"]?.arrayValue ?? []).compactMap(\.objectValue).filter { $0["score"]?.numberValue != nil }.compactMap { $0["id"]?.stringValue })
            }
            if now["status"]?.stringValue == "in_progress" || before["status"]?.stringValue == "in_progress" || assessed(now) != assessed(before) {
                return "n.c."
            }
            guard let x = score(now["overall"]), let y = score(before["overall"]) else { return "—" }
            let n = Int((x - y).rounded())
            return n > 0 ? "+\(n)" : n == 0 ? "=" : "\(n)"
        }

        func score(_ standing: JSONValue?) -> Double? { standing?.objectValue?["score"]?.numberValue }

        func row(_ site: JSONObject, history: Bool) -> Row {
            let latest = site["latest"]?.objectValue ?? JSONObject()
            let overall = latest["overall"]?.objectValue ?? JSONObject()
            let themes = Dictionary(((latest["themes"]?.arrayValue ?? []).compactMap(\.objectValue)).map { ($0["id"]?.stringValue ?? "", $0) },
                                    uniquingKeysWith: { a, _ in a })
            var cells: [String: Cell] = [:]
            for id in shownThemes {
                let t = themes[id]
                cells[titles[id] ?? id] = cell(t?["score"]?.numberValue, level: t?["level"]?.objectValue?["name"]?.stringValue)
            }
            let past = (site["history"]?.arrayValue ?? []).compactMap(\.objectValue).map { display(score($0["overall"])) }
            return Row(
                name: site["site"]?.objectValue?["name"]?.stringValue ?? "", date: latest["date"]?.stringValue ?? "",
                inProgress: latest["status"]?.stringValue == "in_progress",
                overall: cell(overall["score"]?.numberValue, level: overall["level"]?.objectValue?["name"]?.stringValue,
                              capped: overall["capped"]?.boolValue ?? false),
                change: change(site), themes: cells, history: history ? past.joined(separator: " → ") : nil)
        }

        /// A row of statistics from a summary (`themes` and `overall` as the JSON has them).
        func statistics(_ label: String, sites: String?, themes: [JSONValue]?, overall: JSONObject?, pick: String) -> Statistics {
            let byID = Dictionary(((themes ?? []).compactMap(\.objectValue)).map { ($0["id"]?.stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            var cells: [String: Cell] = [:]
            for id in shownThemes { cells[titles[id] ?? id] = statisticCell(byID[id]?[pick]?.numberValue) }
            return Statistics(label: label, sites: sites, overall: statisticCell(overall?[pick]?.numberValue), themes: cells)
        }

        /// What every human format must show; `history` where the format shows each site's history.
        func expected(history: Bool, allActions: Bool) -> Shown {
            var shown = Shown()
            shown.siteCount = String(sites.count)
            shown.assessmentCount = String(sites.reduce(0) { $0 + ($1["history"]?.arrayValue?.count ?? 0) })
            // Highest overall score first, no score last, ties by id.
            let ranked = sites.sorted { a, b in
                let x = score(a["latest"]?.objectValue?["overall"]), y = score(b["latest"]?.objectValue?["overall"])
                switch (x, y) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return (a["site"]?.objectValue?["id"]?.stringValue ?? "") < (b["site"]?.objectValue?["id"]?.stringValue ?? "")
                }
            }
            shown.rows = ranked.map { row($0, history: history) }
            let themes = root["themes"]?.arrayValue, overall = root["overall"]?.objectValue
            shown.mean = statistics("Association (moyenne)", sites: nil, themes: themes, overall: overall, pick: "mean")
            shown.median = statistics("Association (médiane)", sites: nil, themes: themes, overall: overall, pick: "median")
            let counts = overall?["levels"]?.objectValue
            shown.levels = questionnaire.levels.map { "\($0.name) \(Int(counts?[String($0.id)]?.numberValue ?? 0))" }
            shown.groups = (root["groups"]?.arrayValue ?? []).compactMap(\.objectValue).map { g in
                statistics(g["group"]?.stringValue ?? "Sans groupe", sites: String(g["sites"]?.arrayValue?.count ?? 0),
                           themes: g["themes"]?.arrayValue, overall: g["overall"]?.objectValue, pick: "mean")
            }
            let actions = (root["common_actions"]?.arrayValue ?? []).compactMap(\.objectValue).map {
                "\($0["title"]?.stringValue ?? "") | \(Int($0["sites"]?.numberValue ?? 0))"
            }
            shown.actions = allActions ? actions : Array(actions.prefix(15))
            shown.moreActions = allActions || actions.count <= 15 ? nil : actions.count - 15
            shown.mentors = ((themes ?? []).compactMap(\.objectValue)).filter { shownThemes.contains($0["id"]?.stringValue ?? "") }.map {
                "\($0["title"]?.stringValue ?? "") | \(display($0["max"]?.numberValue))"
            }
            return shown
        }
    }

    // MARK: Reading the comparisons back

    /// "55 Engagé", "63 Engagé▾", "—".
    static func cell(_ text: String, levelNames: [String: String] = [:]) -> Cell {
        guard text != "—", let space = text.firstIndex(of: " ") else { return Cell(score: text, level: nil) }
        var level = String(text[text.index(after: space)...])
        let capped = level.hasSuffix(Words.cappedMark)
        if capped { level.removeLast() }
        return Cell(score: String(text[..<space]), level: (levelNames[level] ?? level) + (capped ? Words.cappedMark : ""))
    }

    static func counts(_ line: String) throws -> (String, String) {
        let m = try #require(line.firstMatch(of: /(\d+) sites · (\d+) évaluations/))
        return (String(m.1), String(m.2))
    }

    static func text(_ c: Comparison) throws -> Shown {
        let lines = CompareText.render(c, by: .group).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func columns(_ line: String) -> [String] { line.split(separator: /[ ]{2,}/).map(String.init) }
        var shown = Shown()
        (shown.siteCount, shown.assessmentCount) = try counts(lines[1])
        // The legends: short level names and short theme headers.
        let levelLegend = try #require(lines.first { $0.hasPrefix("Niveaux : ") }).dropFirst("Niveaux : ".count)
        var levelNames: [String: String] = [:]
        for part in levelLegend.split(separator: "  ·  ")[0].split(separator: " · ") {
            let pair = part.split(separator: " = ", maxSplits: 1).map(String.init)
            levelNames[pair[0]] = pair[1]
        }
        let themeLegend = try #require(lines.first { $0.hasPrefix("Thèmes : ") }).dropFirst("Thèmes : ".count)
        var titles: [String: String] = [:]
        for part in themeLegend.split(separator: " · ") {
            let pair = part.split(separator: " = ", maxSplits: 1).map(String.init)
            titles[pair[0]] = pair[1]
        }
        func themeCells(_ headers: [String], _ cells: [String]) -> [String: Cell] {
            Dictionary(zip(headers, cells).map { (titles[$0] ?? $0, cell($1, levelNames: levelNames)) }, uniquingKeysWith: { a, _ in a })
        }
        let header = try #require(lines.firstIndex { $0.hasPrefix("Site ") })
        let headers = Array(columns(lines[header]).dropFirst(4))
        var k = header + 1
        while !lines[k].hasPrefix("─") {
            let cells = columns(lines[k])
            try #require(cells.count == 4 + headers.count, "\(lines[k])")
            let inProgress = cells[1].hasSuffix(" *")
            shown.rows.append(Row(name: cells[0], date: inProgress ? String(cells[1].dropLast(2)) : cells[1], inProgress: inProgress,
                                  overall: cell(cells[2], levelNames: levelNames), change: cells[3],
                                  themes: themeCells(headers, Array(cells.dropFirst(4))), history: nil))
            k += 1
        }
        for (offset, label) in ["Association (moyenne)", "Association (médiane)"].enumerated() {
            let cells = columns(lines[k + 1 + offset])
            try #require(cells.first == label && cells.count == 2 + headers.count, "\(lines[k + 1 + offset])")
            let row = Statistics(label: label, sites: nil, overall: cell(cells[1], levelNames: levelNames),
                                 themes: themeCells(headers, Array(cells.dropFirst(2))))
            if offset == 0 { shown.mean = row } else { shown.median = row }
        }
        let distribution = try #require(lines.firstIndex(of: "Répartition des niveaux globaux"))
        for line in lines[(distribution + 1)...].prefix(while: { !$0.isEmpty }) {
            let m = try #require(line.firstMatch(of: /^  (.+?) +█* ?(\d+)$/))
            shown.levels.append("\(m.1) \(m.2)")
        }
        let mentors = try #require(lines.firstIndex(of: "Qui peut accompagner qui"))
        for line in lines[(mentors + 1)...].prefix(while: { !$0.isEmpty }) {
            let m = try #require(line.firstMatch(of: /^  (.+?) : .+? \((\d+)\)(?: → .*)?$/))
            shown.mentors.append("\(m.1) | \(m.2)")
        }
        let together = try #require(lines.firstIndex(of: "Projets à mener ensemble"))
        for line in lines[(together + 1)...].prefix(while: { !$0.isEmpty }) {
            if let m = line.firstMatch(of: /^ +(\d+) sites?  (.+)$/) {
                shown.actions.append("\(m.2) | \(m.1)")
            } else if line.hasPrefix("             ") {
                // What the project would save over its sites: CompareFootprintNumbersTests reads it.
                continue
            } else {
                let m = try #require(line.firstMatch(of: /^  … et (\d+) autres/), "\(line)")
                shown.moreActions = Int(m.1)
            }
        }
        let groups = try #require(lines.firstIndex(of: "Par groupe")) + 1
        let groupHeaders = Array(columns(lines[groups]).dropFirst(3))
        for line in lines[(groups + 1)...].prefix(while: { !$0.hasPrefix("  ") && !$0.isEmpty }) {
            let cells = columns(line)
            try #require(cells.count == 3 + groupHeaders.count, "\(line)")
            shown.groups.append(Statistics(label: cells[0], sites: cells[1], overall: cell(cells[2], levelNames: levelNames),
                                           themes: themeCells(groupHeaders, Array(cells.dropFirst(3)))))
        }
        return shown
    }

    static func markdown(_ c: Comparison) throws -> Shown {
        let template = try Repository.text("Reports/compare.md.mustache")
        let lines = try CompareTemplate.render(c, template: template, format: .markdown, by: .group).split(separator: "\n").map(String.init)
        func plain(_ s: Substring) -> String {
            String(s).replacing("\\", with: "").replacing("**", with: "").trimmingCharacters(in: .whitespaces)
        }
        func cells(_ line: String) -> [String] { line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map(plain) }
        func rows(after heading: String) throws -> [[String]] {
            let start = try #require(lines.firstIndex(of: heading))
            let table = try #require(lines[start...].firstIndex { $0.hasPrefix("|") })
            return lines[(table + 2)...].prefix(while: { $0.hasPrefix("|") }).map(cells)
        }
        var shown = Shown()
        (shown.siteCount, shown.assessmentCount) = try counts(lines[1])
        var titles: [String: String] = [:]
        for line in lines {
            if let m = line.firstMatch(of: /^- \*\*(.+?)\*\* : (.+)$/) { titles[String(m.1)] = String(m.2) }
        }
        func themeCells(_ headers: [String], _ values: [String]) -> [String: Cell] {
            Dictionary(zip(headers, values).map { (titles[$0] ?? $0, cell($1)) }, uniquingKeysWith: { a, _ in a })
        }
        let heatHeading = "## Les sites, thème par thème"
        let heat = try #require(lines.firstIndex(of: heatHeading))
        let headers = Array(cells(try #require(lines[heat...].first { $0.hasPrefix("|") })).dropFirst(4).dropLast())
        for row in try rows(after: heatHeading) {
            try #require(row.count == 5 + headers.count, "\(row)")
            let themes = themeCells(headers, Array(row[4..<(4 + headers.count)]))
            if row[0].hasPrefix("Association (") {
                let stats = Statistics(label: row[0], sites: nil, overall: cell(row[2]), themes: themes)
                if row[0] == "Association (moyenne)" { shown.mean = stats } else { shown.median = stats }
                continue
            }
            let pending = " (évaluation en cours)"
            let inProgress = row[1].hasSuffix(pending)
            shown.rows.append(Row(name: row[0], date: inProgress ? String(row[1].dropLast(pending.count)) : row[1], inProgress: inProgress,
                                  overall: cell(row[2]), change: row[3], themes: themes, history: row.last))
        }
        shown.levels = try rows(after: "## Répartition des niveaux globaux").map { "\($0[0]) \($0[1])" }
        shown.mentors = try rows(after: "## Qui peut accompagner qui").map { "\($0[0]) | \($0[2])" }
        shown.actions = lines.compactMap { line in line.firstMatch(of: /^- \*\*(.+?)\*\* — (\d+) sites? \(/).map { "\(plain($0.1)) | \($0.2)" } }
        let groupHeading = "## Par groupe"
        let groups = try #require(lines.firstIndex(of: groupHeading))
        let groupHeaders = Array(cells(try #require(lines[groups...].first { $0.hasPrefix("|") })).dropFirst(3))
        for row in try rows(after: groupHeading) {
            try #require(row.count == 3 + groupHeaders.count, "\(row)")
            shown.groups.append(Statistics(label: row[0], sites: row[1], overall: cell(row[2]), themes: themeCells(groupHeaders, Array(row.dropFirst(3)))))
        }
        return shown
    }

    static func html(_ c: Comparison) throws -> Shown {
        let template = try Repository.text("Reports/compare.html.mustache")
        let page = try CompareTemplate.render(c, template: template, format: .html, by: .group).withPlainSpaces
        func plain(_ s: some StringProtocol) -> String {
            String(s).replacing(/<[^>]*>/, with: "").replacing("&#39;", with: "'").replacing("&quot;", with: "\"")
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }
        func section(_ id: String) throws -> Substring {
            let start = try #require(page.firstRange(of: "<h2 id=\"\(id)\">")).upperBound
            let end = try #require(page[start...].firstRange(of: "</section>")).lowerBound
            return page[start..<end]
        }
        /// A heat cell: `<td class="c" …>55<span>Engagé</span></td>` or `<td class="c na" …>—</td>`.
        func heatCell(_ attributes: Substring, _ content: Substring) -> Cell {
            if attributes.contains("class=\"c na\"") { return Cell(score: plain(content), level: nil) }
            let m = content.firstMatch(of: /^(.*?)<span>(.*)<\/span>$/)
            return Cell(score: m.map { plain($0.1) } ?? plain(content), level: m.map { plain($0.2) })
        }
        func tds(_ row: Substring) -> [(attributes: Substring, content: Substring)] {
            row.matches(of: /<td([^>]*)>(.*?)<\/td>/).map { ($0.1, $0.2) }
        }
        var shown = Shown()
        let meta = try #require(page.firstMatch(of: /<p class="meta">(.*?)<\/p>/))
        (shown.siteCount, shown.assessmentCount) = try counts(String(meta.1))

        let heat = try section("h-heat")
        let headers = heat.matches(of: /<th scope="col" class="t"><abbr title="([^"]*)">/).map { plain($0.1) }
        for m in heat.matches(of: /<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/) {
            let name = plain(m.1.split(separator: "<br>").first ?? m.1)
            let cells = tds(m.2)
            try #require(cells.count == 4 + headers.count, "\(m.0)")
            let date = cells[0].content.split(separator: "<br>")
            // The sparkline's label, "2024 : 60, 2025 : 77, 2026 : 89", read as the Markdown's "60 → 77 → 89".
            let history = cells.last.flatMap { $0.content.firstMatch(of: /aria-label="([^"]*)"/) }.map {
                plain($0.1).split(separator: ", ").map { $0.split(separator: " : ").last.map(String.init) ?? "" }.joined(separator: " → ")
            }
            shown.rows.append(Row(name: name, date: plain(date[0]), inProgress: date.count > 1,
                                  overall: heatCell(cells[1].attributes, cells[1].content), change: plain(cells[2].content),
                                  themes: Dictionary(zip(headers, cells[3..<(3 + headers.count)]).map { ($0, heatCell($1.attributes, $1.content)) },
                                                     uniquingKeysWith: { a, _ in a }),
                                  history: history))
        }
        for m in heat.matches(of: /<tr class="stat[^"]*"><th scope="row" colspan="2">(.*?)<\/th>(.*?)<\/tr>/) {
            let cells = tds(m.2).filter { !$0.attributes.isEmpty }  // the empty cells under "change" and the history
            try #require(cells.count == 1 + headers.count, "\(m.0)")
            let row = Statistics(label: plain(m.1), sites: nil, overall: heatCell(cells[0].attributes, cells[0].content),
                                 themes: Dictionary(zip(headers, cells.dropFirst()).map { ($0, heatCell($1.attributes, $1.content)) },
                                                    uniquingKeysWith: { a, _ in a }))
            if row.label == "Association (moyenne)" { shown.mean = row } else { shown.median = row }
        }
        let texts = try section("h-dist").matches(of: /<text[^>]*>(.*?)<\/text>/).map { plain($0.1) }
        for k in stride(from: 0, to: texts.count - 1, by: 2) {
            shown.levels.append("\(texts[k]) \(texts[k + 1].split(separator: " ").first ?? "")")
        }
        shown.mentors = try section("h-mentors").matches(of: /<tr><th scope="row">(.*?)<\/th><td>.*?<\/td><td class="num">(.*?)<\/td>/)
            .map { "\(plain($0.1)) | \(plain($0.2))" }
        shown.actions = try section("h-together").matches(of: /<tr><td class="num"><strong>(\d+)<\/strong><\/td><td><strong>(.*?)<\/strong>/)
            .map { "\(plain($0.2)) | \($0.1)" }
        let groups = try section("h-groups")
        let groupHeaders = groups.matches(of: /<th scope="col" class="t"><abbr title="([^"]*)">/).map { plain($0.1) }
        for m in groups.matches(of: /<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/) {
            let cells = tds(m.2)
            try #require(cells.count == 2 + groupHeaders.count, "\(m.0)")
            shown.groups.append(Statistics(
                label: plain(m.1), sites: plain(cells[0].content), overall: heatCell(cells[1].attributes, cells[1].content),
                themes: Dictionary(zip(groupHeaders, cells.dropFirst(2)).map { ($0, heatCell($1.attributes, $1.content)) }, uniquingKeysWith: { a, _ in a })))
        }
        return shown
    }

    /// The fields of a CSV line (`;`, double quotes doubled inside quoted fields).
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = line.makeIterator()
        var pending: Character?
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }

    /// A CSV number ("75,5") as `JSON.display` writes it ("75.5"); "—" for an empty cell.
    static func number(_ text: String) -> String {
        guard let x = Double(text.replacing(",", with: ".")) else { return text.isEmpty ? "—" : text }
        return x.rounded() == x ? String(Int(x)) : String(x)
    }

    // MARK: The checks

    /// Each shown score reads beside its level: the level it reaches, shown at its precision.
    static func checkLevels(_ shown: Shown, _ q: Questionnaire, format: String) {
        func check(_ cell: Cell, _ context: String) {
            guard let level = cell.level, !level.hasSuffix(Words.cappedMark), let score = Double(cell.score) else { return }
            #expect(q.level(for: score)?.name == level, "\(format) \(context): \(cell) reads below or above its level")
        }
        for row in shown.rows {
            check(row.overall, row.name)
            for (theme, cell) in row.themes { check(cell, "\(row.name) \(theme)") }
        }
        for stats in [shown.mean, shown.median].compactMap({ $0 }) + shown.groups {
            check(stats.overall, stats.label)
            for (theme, cell) in stats.themes { check(cell, "\(stats.label) \(theme)") }
        }
    }

    @Test func everyNumberOfTheComparisonIsTheJSONOne() throws {
        let (c, q) = try Self.demo()
        #expect(c.sites.count == 12)
        let json = try JSON(c, q)
        for (format, read, history, allActions) in [
            ("text", Self.text, false, false), ("markdown", Self.markdown, true, true), ("html", Self.html, true, true),
        ] {
            let shown = try read(c)
            let expected = json.expected(history: history, allActions: allActions)
            #expect(shown == expected, "\(format):\nshown\n\(shown)\nexpected\n\(expected)")
            #expect(shown.rows.count == 12 && shown.groups.count == 3 && !shown.actions.isEmpty, "\(format): \(shown)")
            Self.checkLevels(shown, q, format: format)
        }
    }

    @Test func everyNumberOfTheCSVComparisonIsTheJSONOne() throws {
        let (c, q) = try Self.demo()
        let json = try JSON(c, q)
        let lines = CompareCSV.render(c).dropFirst().split(separator: "\r\n")
        let header = Self.fields(try #require(lines.first))
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(lines.count == 13)
        let number = Self.number
        for site in json.sites {
            let id = site["site"]?.objectValue?["id"]?.stringValue ?? ""
            let row = try #require(lines.map(Self.fields).first { $0.first == id }, "\(id)")
            func value(_ name: String) throws -> String { row[try #require(column[name], "\(name)")] }
            let latest = site["latest"]?.objectValue ?? JSONObject()
            let overall = latest["overall"]?.objectValue ?? JSONObject()
            #expect(try value("nom") == site["site"]?.objectValue?["name"]?.stringValue)
            #expect(try value("date") == latest["date"]?.stringValue)
            #expect(number(try value("score global")) == json.display(overall["score"]?.numberValue, decimals: 1), "\(id)")
            #expect(try value("niveau global") == overall["level"]?.objectValue?["name"]?.stringValue ?? "", "\(id)")
            let change = json.change(site)
            let history = (site["history"]?.arrayValue ?? []).compactMap(\.objectValue)
            var expectedChange = "—"
            if change != "n.c." && change != "—" {
                let d = (json.score(history[history.count - 1]["overall"]) ?? 0) - (json.score(history[history.count - 2]["overall"]) ?? 0)
                let r = (d * 10).rounded() / 10
                expectedChange = r.rounded() == r ? String(Int(r)) : String(r)
            }
            #expect(number(try value("évolution")) == expectedChange, "\(id)")
            let themes = Dictionary(((latest["themes"]?.arrayValue ?? []).compactMap(\.objectValue)).map { ($0["id"]?.stringValue ?? "", $0) },
                                    uniquingKeysWith: { a, _ in a })
            for theme in json.shownThemes {
                let title = json.titles[theme] ?? theme
                let score = themes[theme]?["score"]?.numberValue
                let shownScore = number(try value("\(title) (score)"))
                #expect(shownScore == json.display(score, decimals: 1), "\(id) \(title)")
                let level = try value("\(title) (niveau)")
                #expect(level == themes[theme]?["level"]?.objectValue?["name"]?.stringValue ?? "", "\(id) \(title)")
                if let x = Double(shownScore) { #expect(q.level(for: x)?.name == level, "\(id) \(title): \(shownScore) beside \(level)") }
            }
        }
    }

    @Test func everyNumberOfTheLongCSVComparisonIsTheJSONOne() throws {
        let (c, q) = try Self.demo()
        let json = try JSON(c, q)
        let lines = CompareCSV.render(c, long: true).dropFirst().split(separator: "\r\n").map(Self.fields)
        let header = try #require(lines.first)
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func field(_ row: [String], _ name: String) throws -> String { row[try #require(column[name], "\(name)")] }
        // site id, date, theme id → the row.
        var rows: [String: [String]] = [:]
        for row in lines.dropFirst() { rows["\(try field(row, "site")) \(try field(row, "date")) \(try field(row, "thème"))"] = row }
        var count = 0
        for site in json.sites {
            let id = site["site"]?.objectValue?["id"]?.stringValue ?? ""
            for entry in (site["history"]?.arrayValue ?? []).compactMap(\.objectValue) {
                let date = entry["date"]?.stringValue ?? ""
                let overall = entry["overall"]?.objectValue
                for theme in (entry["themes"]?.arrayValue ?? []).compactMap(\.objectValue) where json.shownThemes.contains(theme["id"]?.stringValue ?? "") {
                    let key = "\(id) \(date) \(theme["id"]?.stringValue ?? "")"
                    let row = try #require(rows[key], "\(key)")
                    count += 1
                    let score = Self.number(try field(row, "score"))
                    #expect(score == json.display(theme["score"]?.numberValue, decimals: 1), "\(key)")
                    let level = try field(row, "niveau")
                    if let x = Double(score) { #expect(q.level(for: x)?.name == level, "\(key): \(score) beside \(level)") }
                    #expect(Self.number(try field(row, "score global")) == json.display(overall?["score"]?.numberValue, decimals: 1), "\(key)")
                    #expect(try field(row, "niveau global") == overall?["level"]?.objectValue?["name"]?.stringValue ?? "", "\(key)")
                }
            }
        }
        #expect(count == lines.count - 1 && count > 200)
    }
}
