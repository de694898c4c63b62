/// A change of an assessment's objectives, as `sobre targets` asks for it (SPEC §6, §9):
/// the options given are merged into the targets already there, or `clear` removes them.
package struct TargetsEdit: Sendable {
    package var by: Int?
    /// A level id or name.
    package var overall: String?
    /// `ID=LEVEL`, a level id or name.
    package var themes: [String] = []
    /// `ID=PERCENT`.
    package var indicators: [String] = []
    package var clear = false

    package init(by: Int? = nil, overall: String? = nil, themes: [String] = [], indicators: [String] = [], clear: Bool = false) {
        self.by = by
        self.overall = overall
        self.themes = themes
        self.indicators = indicators
        self.clear = clear
    }

    /// Whether no option was given: the command then shows the targets.
    package var isEmpty: Bool { by == nil && overall == nil && themes.isEmpty && indicators.isEmpty && !clear }

    /// The targets `current` becomes, or every problem found (each one sentence naming the
    /// option, what is wrong and the valid choices). `year` is the assessment's.
    package func applied(to current: Targets?, questionnaire: Questionnaire, year: Int?, indicatorIDs: [String])
        -> Result<Targets?, Problems>
    {
        let l = questionnaire.language
        var problems: [String] = []
        if clear {
            if by != nil || overall != nil || !themes.isEmpty || !indicators.isEmpty {
                problems.append(l.pick(fr: "--clear efface les objectifs : il ne se combine pas avec d’autres options",
                                       en: "--clear removes the objectives: it cannot be combined with other options"))
                return .failure(Problems(messages: problems))
            }
            return .success(nil)
        }
        guard let byYear = by ?? current?.by else {
            return .failure(Problems(messages: [l.pick(
                fr: "cette évaluation n’a pas encore d’objectifs : précisez l’année visée avec --by ANNÉE (par exemple --by \((year ?? 2026) + 3))",
                en: "this assessment has no objectives yet: give the year aimed at with --by YEAR (e.g. --by \((year ?? 2026) + 3))")]))
        }
        var targets = current ?? Targets(by: byYear)
        targets.by = byYear
        if let overall {
            switch Self.level(overall, in: questionnaire) {
            case .some(let id): targets.overall = id
            case .none: problems.append("--overall: " + TargetsCheck.unknownLevel(overall, questionnaire))
            }
        }
        let themeIDs = questionnaire.themes.map(\.id)
        for option in themes {
            guard let (id, value) = Self.pair(option) else {
                problems.append("--theme \(TerminalText.neutralised(option)): " + l.pick(
                    fr: "attendu ID=NIVEAU, par exemple \(themeIDs.first ?? "gouvernance")=3",
                    en: "expected ID=LEVEL, e.g. \(themeIDs.first ?? "governance")=3"))
                continue
            }
            guard themeIDs.contains(id) else {
                problems.append("--theme \(TerminalText.neutralised(option)): " + TargetsCheck.unknownTheme(id, questionnaire))
                continue
            }
            guard let level = Self.level(value, in: questionnaire) else {
                problems.append("--theme \(TerminalText.neutralised(option)): " + TargetsCheck.unknownLevel(value, questionnaire))
                continue
            }
            if let k = targets.themes.firstIndex(where: { $0.id == id }) {
                targets.themes[k].level = level
            } else {
                targets.themes.append(.init(id: id, level: level))
            }
        }
        for option in indicators {
            guard let (id, value) = Self.pair(option), let percent = Double(value.replacingOccurrences(of: ",", with: ".")),
                  percent.isFinite else {
                problems.append("--indicator \(TerminalText.neutralised(option)): " + l.pick(
                    fr: "attendu ID=POURCENTAGE, par exemple electricite=-20 (un cinquième de moins)",
                    en: "expected ID=PERCENT, e.g. electricity=-20 (a fifth less)"))
                continue
            }
            guard indicatorIDs.contains(id) else {
                problems.append("--indicator \(TerminalText.neutralised(option)): " + TargetsCheck.unknownIndicator(id, valid: indicatorIDs, l))
                continue
            }
            if let k = targets.indicators.firstIndex(where: { $0.id == id }) {
                targets.indicators[k].percent = percent
            } else {
                targets.indicators.append(.init(id: id, percent: percent))
            }
        }
        if by != nil {
            problems += TargetsCheck.problems(Targets(by: byYear), questionnaire: questionnaire, year: year, indicators: [])
                .map { "--by: " + $0.message }
        }
        return problems.isEmpty ? .success(targets) : .failure(Problems(messages: problems))
    }

    /// Every problem of an edit, in the order of the options.
    package struct Problems: Error, Sendable {
        package let messages: [String]
    }

    /// `ID=VALUE` split at its first `=`, both sides non-empty.
    private static func pair(_ option: String) -> (String, String)? {
        guard let equal = option.firstIndex(of: "=") else { return nil }
        let id = String(option[..<equal]), value = String(option[option.index(after: equal)...])
        return id.isEmpty || value.isEmpty ? nil : (id, value)
    }

    /// A level given by its id or its name, in any case, its accents as written or left out
    /// (`engage` for `Engagé`: not every keyboard at hand types them): as `sobre targets` reads
    /// `--overall` and `--theme`, and as the interview's objectives read a typed level. A name
    /// written exactly, case aside, wins over one that only matches without accents.
    package static func level(_ text: String, in questionnaire: Questionnaire) -> Int? {
        if let id = Int(text), questionnaire.level(id: id) != nil { return id }
        if let exact = questionnaire.levels.first(where: { $0.name.lowercased() == text.lowercased() }) { return exact.id }
        let folded = Slug.withoutAccents(text)
        return questionnaire.levels.first { Slug.withoutAccents($0.name) == folded }?.id
    }
}
