import SobreCore

/// The objectives in force for a report and what follows from them (SPEC §9): the roadmap,
/// and the progress since the assessment that set them when it is the earlier one.
public struct ReportObjectives: Sendable {
    /// Where the objectives in force come from.
    public enum Source: String, Sendable {
        /// The assessment's own.
        case assessment
        /// Those of the earlier assessment (`--previous`).
        case previous
        /// A file of common objectives (`--targets`).
        case file
    }

    public let targets: Targets
    public let source: Source
    public let roadmap: Roadmap
    /// With `--previous` holding the objectives: the progress since then.
    public let progress: TargetProgress?

    /// The objectives in force, first found: the assessment's, the earlier assessment's, the file's.
    init?(card: Scorecard, assessment: Assessment, previous: (card: Scorecard, assessment: Assessment)?, file: Targets?,
          figures: IndicatorFigures = .none, previousFigures: IndicatorFigures = .none) {
        let found: (Targets, Source)
        if let own = assessment.targets {
            found = (own, .assessment)
        } else if let earlier = previous?.assessment.targets {
            found = (earlier, .previous)
        } else if let file {
            found = (file, .file)
        } else {
            return nil
        }
        targets = found.0
        source = found.1
        // An indicator target's base is its value in the assessment that holds the targets (SPEC §9).
        roadmap = Roadmap(card, targets: targets, date: assessment.date, figures: figures,
                          base: source == .previous ? previousFigures : nil)
        if source == .previous, let previous {
            progress = TargetProgress(targets: targets, baseline: previous.card, baselineDate: previous.assessment.date,
                                      current: card, currentDate: assessment.date,
                                      baselineFigures: previousFigures, currentFigures: figures)
        } else {
            progress = nil
        }
    }

    /// The roadmap's actions of the assessment's own year: what a director reads first.
    public var thisYear: Roadmap.Year? { roadmap.years.first }
}
