import SobreCore
import SobreJSON

/// The objectives exchange offered at the end of an interview on a terminal (SPEC §9): a yes or
/// a no, the year, then one short question for the overall level and for each scored theme,
/// Enter keeping what the file holds (no objective when it holds none). Never offered to piped input: scripted interviews stay as they are.
enum TargetsExchange {
    /// The objectives typed, nil when none were asked for. Ctrl-C or Ctrl-D stops the exchange
    /// and keeps what was typed so far.
    static func run(_ questionnaire: Questionnaire, year: Int, current: Targets?, reader: LineReader,
                    say: (String) -> Void) -> Targets? {
        let l = questionnaire.language
        let scored = questionnaire.themes.filter(\.isScored)
        // Nothing is scored (an inventory): no level to aim at.
        guard !scored.isEmpty else { return nil }
        let reply: YesNo.Reply<Never> = YesNo.ask(InterviewMessages.setTargetsPrompt(l), reader: reader, language: l, say: say)
        guard case .yes = reply else { return nil }
        // Never a year before the assessment's, even one a hand-edited file holds, nor one the
        // file could not hold.
        let years = TargetsCheck.years
        let suggested = min(max(current?.by ?? year + 3, year), years.upperBound)
        var by: Int?
        while by == nil {
            switch reader.readLine(prompt: InterviewMessages.targetYearPrompt(default: suggested, l), completions: []) {
            case .interrupted, .endOfInput: return nil
            case .refused(let problem): say(problem.reason(l))
            case .line(let line):
                let text = line.trimmingSpaces
                if text.isEmpty { by = suggested } else if let y = Int(text), y >= year, years.contains(y) { by = y } else {
                    say(InterviewMessages.targetYearRefused(from: year, l))
                }
            }
        }
        let year = by ?? suggested
        // What the file already holds stays (indicator objectives, levels answered with Enter):
        // a typed level replaces only its own.
        var targets = current ?? Targets(by: year)
        targets.by = year
        let ids = questionnaire.levels.map(\.id)
        let range = "\(ids.first ?? 1)–\(ids.last ?? 1)"
        // A level is typed by its id or its name, as `sobre targets` takes it; Tab completes both.
        let levels = questionnaire.levels.map { "\($0.id) \(TerminalText.neutralised($0.name))" }
        let completions = ids.map(String.init) + questionnaire.levels.map { TerminalText.neutralised($0.name) }
        let asked: [(title: String, theme: String?)] = [(InterviewMessages.overallName(l), nil)] + scored.map { ($0.title, $0.id) }
        for (title, theme) in asked {
            var done = false
            while !done {
                let prompt = InterviewMessages.targetLevelPrompt(TerminalText.neutralised(title), by: year, range: range, l)
                switch reader.readLine(prompt: prompt, completions: completions) {
                case .interrupted, .endOfInput: return targets
                case .refused(let problem): say(problem.reason(l))
                case .line(let line):
                    let text = line.trimmingSpaces
                    if text.isEmpty {
                        done = true
                    } else if let level = TargetsEdit.level(text, in: questionnaire) {
                        if let theme {
                            targets.themes.removeAll { $0.id == theme }
                            targets.themes.append(Targets.ThemeTarget(id: theme, level: level))
                        } else {
                            targets.overall = level
                        }
                        done = true
                    } else {
                        say(InterviewMessages.targetLevelRefused(range: range, levels: levels, l))
                    }
                }
            }
        }
        return targets
    }
}
