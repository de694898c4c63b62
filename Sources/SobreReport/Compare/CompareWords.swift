import SobreCore

/// The fixed words of the comparison reports, in the comparison's language.
struct CompareWords {
    let language: Language

    private func pick(_ fr: String, _ en: String) -> String { language.pick(fr: fr, en: en) }

    var heading: String { pick("Comparaison des sites", "Sites compared") }
    var site: String { pick("Site", "Site") }
    var heatmap: String { pick("Les sites, thème par thème", "The sites, theme by theme") }
    /// The column naming the groups of a grouping.
    func group(_ grouping: SiteGrouping) -> String {
        grouping == .group ? pick("Groupe", "Group") : pick("Catégorie", "Category")
    }
    var date: String { pick("Date", "Date") }
    var overall: String { pick("Global", "Overall") }
    var change: String { pick("Évol.", "Change") }
    var changeLong: String { pick("Évolution depuis l’évaluation précédente", "Change since the previous assessment") }
    var notComparable: String { pick("n.c.", "n/c") }
    var notComparableLegend: String {
        pick("n.c. : non comparable, l’une des deux évaluations est en cours ou les thèmes évalués diffèrent",
             "n/c: not comparable, one of the two assessments is in progress or the themes assessed differ")
    }
    func groupNote(_ grouping: SiteGrouping) -> String {
        // A mean has no weakest theme: its level can be above that of a site capped by `▾`, even
        // the only site of its group, and a director comparing the two tables must be told why.
        (grouping == .group
            ? pick("Moyenne des scores des sites du groupe (dernière évaluation de chaque site où le thème est évalué).",
                   "Mean of the scores of the group's sites (each site's latest assessment where the theme is assessed).")
            : pick("Moyenne des scores des sites de la catégorie (dernière évaluation de chaque site où le thème est évalué).",
                   "Mean of the scores of the category's sites (each site's latest assessment where the theme is assessed)."))
            + pick(" Le niveau est celui de cette moyenne\u{A0}: le plafond d’un site par son thème le plus faible (▾) ne s’y applique pas.",
                   " The level is that of this mean: a site's cap by its weakest theme (▾) does not apply to it.")
    }
    var history: String { pick("Années", "Years") }
    var mean: String { pick("Association (moyenne)", "Association (mean)") }
    var median: String { pick("Association (médiane)", "Association (median)") }
    var inProgress: String { pick("évaluation en cours", "assessment in progress") }
    var levels: String { pick("Niveaux", "Levels") }
    var themes: String { pick("Thèmes", "Themes") }
    var distribution: String { pick("Répartition des niveaux globaux", "Overall levels of the sites") }
    var mentors: String { pick("Qui peut accompagner qui", "Who can mentor whom") }
    var best: String { pick("Le meilleur site", "Best site") }
    var canHelp: String { pick("peut accompagner", "can help") }
    /// `canHelp` as a column header.
    var canHelpHeader: String { pick("Peut accompagner", "Can help") }
    var together: String { pick("Projets à mener ensemble", "Projects to run together") }
    var togetherIntro: String {
        pick("Actions proposées à plusieurs sites par leur dernière évaluation : à lancer en commun (achats groupés, collecte partagée, campagne de sensibilisation unique).",
             "Actions proposed to several sites by their latest assessment: to run together (group purchasing, shared collection, one awareness campaign).")
    }
    var noCommonAction: String { pick("Aucune action n’est commune à deux sites.", "No action is shared by two sites.") }
    var questionnaires: String { pick("Questionnaires utilisés", "Questionnaires used") }
    func byGroup(_ grouping: SiteGrouping) -> String {
        grouping == .group ? pick("Par groupe", "By group") : pick("Par catégorie", "By category")
    }
    func noGroup(_ grouping: SiteGrouping) -> String {
        grouping == .group ? pick("(sans groupe)", "(no group)") : pick("(sans catégorie)", "(no category)")
    }
    var ignored: String { pick("Fichiers ignorés", "Files ignored") }
    var theme: String { pick("Thème", "Theme") }
    var action: String { pick("Action", "Action") }
    var sitesWord: String { pick("Sites", "Sites") }
    var score: String { pick("Score", "Score") }
    var level: String { pick("Niveau", "Level") }
    var notAssessed: String { pick("non évalué", "not assessed") }
    var file: String { pick("Fichier", "File") }
    var problem: String { pick("Problème", "Problem") }
    var generated: String { pick("Comparaison produite par sobre", "Comparison made by sobre") }
    var heatmapNote: String {
        pick("Dernière évaluation de chaque site, classés du plus avancé au moins avancé. Chaque case donne le score du thème (0 à 100) et sa couleur son niveau.",
             "Latest assessment of each site, from the most to the least advanced. Each cell gives the theme's score (0 to 100), its colour the level.")
    }
    var statsNote: String {
        pick("Moyenne et médiane sur la dernière évaluation de chaque site où le thème est évalué\u{A0}; leur niveau est celui du score, sans le plafond ▾ des sites.",
             "Mean and median over each site's latest assessment where the theme is assessed; their level is that of the score, without the sites' ▾ cap.")
    }

    func count(_ n: Int, _ fr: String, _ en: String) -> String {
        Plural.count(n, singular: pick(fr, en), plural: pick(fr + "s", en + "s"), language: language)
    }

    func sites(_ n: Int) -> String { count(n, "site", "site") }
    func assessments(_ n: Int) -> String { count(n, "évaluation", "assessment") }

    func status(_ s: Assessment.Status) -> String {
        switch s {
        case .complete: pick("complète", "complete")
        case .inProgress: pick("en cours", "in progress")
        }
    }

    func version(_ v: QuestionnaireUsage) -> String {
        "\(v.id) \(v.version) (sha256 \(v.sha256.prefix(12))…)"
    }
}
