/// An association's common objectives (`compare --targets FILE`) measured on the sites that
/// have none of their own (extension of SPEC §9, docs/reference/objectives.md): each such site's
/// latest complete assessment gets the roadmap a report with `--targets` would show, so that the
/// association sees which sites already reach them, which will with their plan, which cannot.
public struct CommonTargets: Sendable {
    /// One site measured against the common objectives.
    public struct Standing: Sendable {
        /// The file of the assessment measured: the site's latest complete one.
        public let file: String
        /// Its date.
        public let date: String
        /// The roadmap of that assessment towards the common objectives.
        public let roadmap: Roadmap
        /// The worst of the roadmap's items: short, then planned, then reached (reached when
        /// there are none).
        public let status: Roadmap.Status
    }

    /// The file the objectives were read from, as given.
    public let file: String
    public let targets: Targets
    /// By position in the comparison's `sites`: nil for a site with objectives of its own in
    /// some assessment, without a complete assessment, or taken with another questionnaire than
    /// the comparison's reference.
    public let standings: [Standing?]
    /// The ids of the sites `standings` follows, as the comparison measured had them.
    private let siteIDs: [String]

    /// Measures each site of `comparison` without objectives of its own against `targets`, with
    /// the scorecard `scorecard` gives of its latest complete assessment (nil: not measured), on
    /// every core.
    public init(_ comparison: Comparison, targets: Targets, file: String,
                scorecard: @escaping @Sendable (ComparedAssessment) -> Scorecard?) {
        self.file = file
        self.targets = targets
        siteIDs = comparison.sites.map(\.id)
        // The objectives were checked against the reference questionnaire: a site taken with
        // another questionnaire (another id) has other levels and themes, and is not measured.
        let questionnaireID = comparison.reference?.id
        standings = ParallelMap.map(comparison.sites) { record in
            guard let assessment = Self.measured(record), assessment.questionnaire.id == questionnaireID,
                  let card = scorecard(assessment) else { return nil }
            return Self.standing(assessment, card: card, targets: targets)
        }
    }

    /// The assessment a site is measured on: its latest complete one, when no assessment of the
    /// site has objectives of its own (those are followed as `SiteRecord.progress`).
    public static func measured(_ record: SiteRecord) -> ComparedAssessment? {
        guard record.baseline == nil else { return nil }
        return record.latestComplete
    }

    /// The standing of one assessment, scored as `card`.
    static func standing(_ assessment: ComparedAssessment, card: Scorecard, targets: Targets) -> Standing {
        let roadmap = Roadmap(card, targets: targets.known(to: card.questionnaire), date: assessment.date,
                              figures: IndicatorFigures(card))
        return Standing(file: assessment.file, date: assessment.date, roadmap: roadmap, status: Self.worst(roadmap.items))
    }

    /// Short, then planned, then reached.
    static func worst(_ items: [Roadmap.Item]) -> Roadmap.Status {
        let statuses = Set(items.map(\.status))
        return statuses.contains(.short) ? .short : statuses.contains(.planned) ? .planned : .reached
    }

    /// How many sites measured stand at `status`.
    public func count(_ status: Roadmap.Status) -> Int {
        standings.reduce(0) { $0 + ($1?.status == status ? 1 : 0) }
    }

    /// How many sites are measured.
    public var measuredCount: Int { standings.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Whether these standings were measured on `comparison`'s sites, in its order: renderers
    /// pair them with its sites by position, so standings of another comparison are not shown.
    public func measured(on comparison: Comparison) -> Bool {
        siteIDs.count == comparison.sites.count
            && zip(siteIDs, comparison.sites).allSatisfy { $0.unicodeScalars.elementsEqual($1.id.unicodeScalars) }
    }
}
