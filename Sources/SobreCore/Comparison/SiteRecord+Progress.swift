/// A site's progress towards its own objectives in a comparison (SPEC §9, "In a comparison").
extension SiteRecord {
    /// The latest assessment that has targets of its own.
    public var baseline: ComparedAssessment? { history.last { $0.targets != nil } }

    /// The progress of the site's latest complete assessment since its baseline; nil when it has
    /// no baseline, or no complete assessment later than it.
    public var progress: TargetProgress? {
        guard let baseline, let targets = baseline.targets,
              let current = latestComplete,
              ComparedAssessment.precedes(baseline, current) else { return nil }
        // The progress reads the indicators its objectives name, and the order of all of them.
        let named = targets.indicators.map(\.id)
        return TargetProgress(targets: targets, baseline: baseline, baselineDate: baseline.date, current: current,
                              currentDate: current.date, baselineFigures: IndicatorFigures(baseline, only: named),
                              currentFigures: IndicatorFigures(current, only: named))
    }
}
