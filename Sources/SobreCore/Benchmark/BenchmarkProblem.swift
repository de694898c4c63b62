/// Why a benchmark cannot be made from the assessments given.
public enum BenchmarkProblem: Error, Sendable, Equatable {
    /// `--min-sites` below `Benchmark.smallestMinSites`.
    case minSitesTooSmall(Int)
    /// Fewer than `--min-sites` sites with a complete assessment that has an overall score.
    case tooFewSites(found: Int, minSites: Int)
    /// The latest complete assessments come from several questionnaires (ids, sorted).
    case severalQuestionnaires([String])
    /// A benchmark of another questionnaire than the assessment's.
    case otherQuestionnaire(benchmark: String, assessment: String)

    /// The problem in one sentence: what is wrong and what to do.
    public func message(_ language: Language) -> String {
        switch self {
        case .minSitesTooSmall(let k):
            return language.pick(
                fr: "--min-sites \(k) est trop petit : au-dessous de \(Benchmark.smallestMinSites) sites, un chiffre publié ferait reconnaître un établissement ; donnez \(Benchmark.smallestMinSites) ou plus (\(Benchmark.defaultMinSites) par défaut)",
                en: "--min-sites \(k) is too small: below \(Benchmark.smallestMinSites) sites, a published figure would identify an establishment; give \(Benchmark.smallestMinSites) or more (\(Benchmark.defaultMinSites) by default)")
        case .tooFewSites(let found, let k):
            return language.pick(
                fr: "\(Plural.count(found, singular: "site a", plural: "sites ont", language: .fr)) une évaluation complète avec un score global, moins que --min-sites \(k) : un repère sur si peu de sites les ferait reconnaître ; ajoutez des sites ou terminez leurs évaluations",
                en: "\(Plural.count(found, singular: "site has", plural: "sites have", language: .en)) a complete assessment with an overall score, fewer than --min-sites \(k): a benchmark of so few sites would identify them; add sites or complete their assessments")
        case .severalQuestionnaires(let ids):
            let list = ids.map { "« \($0) »" }.joined(separator: ", ")
            return language.pick(
                fr: "les évaluations complètes viennent de plusieurs questionnaires (\(list)) : un repère porte sur un seul ; donnez les évaluations d’un seul questionnaire",
                en: "the complete assessments come from several questionnaires (\(ids.map { "'\($0)'" }.joined(separator: ", "))): a benchmark is of one only; give the assessments of one questionnaire")
        case .otherQuestionnaire(let benchmark, let assessment):
            return language.pick(
                fr: "ce repère porte sur le questionnaire « \(benchmark) », l’évaluation sur « \(assessment) » : leurs scores ne se comparent pas ; donnez un repère fait avec « \(assessment) »",
                en: "this benchmark is of questionnaire '\(benchmark)', the assessment of '\(assessment)': their scores do not compare; give a benchmark made with '\(assessment)'")
        }
    }
}
