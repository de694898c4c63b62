import SobreCore

/// What every human-facing comparison format shows in the same way: the sites ranked, short
/// theme headers, short level names, the change since last time, rounded numbers.
struct CompareLayout {
    let comparison: Comparison
    let words: CompareWords
    /// The themes shown (informational ones left out).
    let themes: [ComparedTheme]
    /// Short headers of `themes`, same order, unique.
    let abbreviations: [String]
    /// Sites from the highest overall score to the lowest (no score last), ties by id.
    let ranking: [SiteRecord]

    init(_ comparison: Comparison) {
        self.comparison = comparison
        words = CompareWords(language: comparison.language)
        themes = comparison.scoredThemes
        abbreviations = Self.abbreviate(themes.map(\.title))
        ranking = comparison.sites.sorted { a, b in
            switch (a.latest.overallScore, b.latest.overallScore) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.id < b.id
            }
        }
    }

    var language: Language { comparison.language }
    var levels: [Level] { comparison.reference?.levels ?? [] }
    var title: String { comparison.reference?.title ?? "sobre" }

    /// A short header per title: its first word, cut to 8 characters with a dot; made unique.
    static func abbreviate(_ titles: [String]) -> [String] {
        var result: [String] = []
        for title in titles {
            let word = title.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "’" || $0 == "'" }).first.map(String.init) ?? title
            var short = word.count > 9 ? String(word.prefix(8)) + "." : word
            if result.contains(short) {
                var n = 2
                while result.contains("\(short)\(n)") { n += 1 }
                short = "\(short)\(n)"
            }
            result.append(short)
        }
        return result
    }

    /// Short level names: the first three letters when they tell the levels apart, else the position.
    var levelShortNames: [Int: String] {
        let prefixes = levels.map { String($0.name.prefix(3)) }
        let unique = Set(prefixes).count == prefixes.count
        var names: [Int: String] = [:]
        for (k, level) in levels.enumerated() { names[level.id] = unique ? prefixes[k] : "N\(k + 1)" }
        return names
    }

    /// The level a score reaches in the reference questionnaire (for means and medians).
    func level(for score: Double?) -> Level? {
        guard let score else { return nil }
        return comparison.reference?.level(for: score)
    }

    /// The colours of a level, by its position among the reference levels (ids compared across versions).
    func swatch(_ level: Level?) -> LevelPalette.Swatch {
        guard let level, let reference = comparison.reference else { return LevelPalette.none }
        return LevelPalette.swatch(for: reference.level(id: level.id) ?? level, in: reference)
    }

    /// The background colour of a level (see `swatch`).
    func colour(_ level: Level?) -> String { swatch(level).background }

    /// The overall change since the site's previous assessment.
    func delta(_ site: SiteRecord) -> Double? {
        guard let now = site.latest.overallScore, let before = site.previous?.overallScore else { return nil }
        return now - before
    }

    /// `+5`, `-3`, `=`, or `—` without a previous assessment.
    func signed(_ delta: Double?) -> String {
        Words(language: language).signed(delta)
    }

    /// A site's display name by id.
    func name(_ id: String) -> String {
        comparison.site(id)?.name ?? id
    }

    /// Display names of sites by id, the first `limit` ones, then how many more.
    func names(_ ids: [String], limit: Int = 12) -> String {
        var text = ids.prefix(limit).map(name).joined(separator: ", ")
        if ids.count > limit {
            let more = ids.count - limit
            text += language.pick(fr: " et \(more) autre\(more > 1 ? "s" : "")", en: " and \(more) more")
        }
        return text
    }

    /// The group name as shown.
    func groupName(_ name: String?) -> String { name ?? words.noGroup }

    /// How many assessments were compared.
    var assessmentCount: Int { comparison.sites.reduce(0) { $0 + $1.history.count } }
}
