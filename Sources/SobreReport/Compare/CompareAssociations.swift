import SobreCore

/// The head office's assessments in a comparison (SPEC §12), listed apart from the sites, with
/// the sites that inherited each one's answers and those that inherited none; the same lines in
/// every human format.
struct CompareAssociations {
    let title: String
    let lines: [String]

    /// Nil when no head-office assessment is compared and no site inherited any answer.
    init?(_ comparison: Comparison, layout: CompareLayout) {
        let l = layout.language
        let inheriting = comparison.sites.filter { $0.latest.association != nil }
        guard !comparison.associations.isEmpty || !inheriting.isEmpty else { return nil }
        title = l.pick(fr: "Le siège (réponses décidées une fois pour tous les sites, hors statistiques)",
                       en: "The head office (answers decided once for every site, in no statistic)")
        let words = Words(language: l)
        var lines: [String] = []
        // Dates in words and no file names: in print, a yyyy-mm-dd date marks a heatmap row.
        for a in comparison.associations {
            let users = comparison.sites(using: a)
            let status = a.status == .inProgress ? l.pick(fr: " (en cours)", en: " (in progress)") : ""
            // Counted over each site's latest assessment, as everything else in the comparison.
            let used = users.isEmpty ? l.pick(fr: "aucun site ne s’en sert dans sa dernière évaluation", en: "no site uses it in its latest assessment")
                : l.pick(fr: "reprise dans la dernière évaluation de ", en: "used in the latest assessment of ")
                    + Plural.count(users.count, singular: "site", plural: "sites", language: l) + " (" + layout.names(users) + ")"
            lines.append("\(a.site.name ?? a.site.id), \(words.date(a.date))\(status) : \(used)")
        }
        // Sites whose head-office assessment is not among the files compared still say which they used.
        var unmatched: [(date: String, sites: [String])] = []
        for record in inheriting where comparison.association(usedBy: record) == nil {
            guard let date = record.latest.association?.date else { continue }
            if let k = unmatched.firstIndex(where: { $0.date == date }) { unmatched[k].sites.append(record.id) } else { unmatched.append((date, [record.id])) }
        }
        for group in unmatched {
            lines.append(l.pick(fr: "Réponses du siège du \(words.date(group.date)), évaluation hors de cette comparaison : ",
                                en: "Head-office answers of \(words.date(group.date)), an assessment not in this comparison: ")
                         + Plural.count(group.sites.count, singular: "site", plural: "sites", language: l) + " (" + layout.names(group.sites) + ")")
        }
        let none = comparison.sites.filter { $0.latest.association == nil }.map(\.id)
        if !none.isEmpty {
            lines.append(l.pick(fr: "Sans réponses du siège (tout demandé au site) : ", en: "Without head-office answers (all asked of the site): ")
                         + layout.names(none))
        }
        self.lines = lines
    }
}
