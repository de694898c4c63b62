import SobreCore

/// A plausible association of ESSMS for the demo: sites in regions, yearly campaigns with
/// progress, a few sites that slip back on one theme, one interview still in progress.
///
/// Everything comes from a fixed seed through `SplitMix64`: the same seed gives the same files
/// on every machine (no clock, no system randomness).
public struct DemoAssociation: Sendable {
    /// The seed of `sobre demo`.
    public static let defaultSeed: UInt64 = 0x50B2_E2026

    public let seed: UInt64
    public let sites: [DemoSite]
    /// Campaign years, oldest first.
    public let years: [Int]

    /// The curated sites: (kind and name, town's département, group).
    static let curated: [(name: String, department: String, group: String)] = [
        ("EHPAD Les Tilleuls", "59", "Hauts-de-France"),
        ("IME Les Hirondelles", "62", "Hauts-de-France"),
        ("ESAT Les Ateliers du Beffroi", "59", "Hauts-de-France"),
        ("Foyer d’hébergement Le Moulin", "80", "Hauts-de-France"),
        ("SESSAD Horizon", "59", "Hauts-de-France"),
        ("EHPAD Résidence Bellevue", "93", "Île-de-France"),
        ("MECS La Passerelle", "94", "Île-de-France"),
        ("FAM Les Coquelicots", "78", "Île-de-France"),
        ("IME Les Sources", "92", "Île-de-France"),
        ("MAS Les Embruns", "76", "Normandie"),
        ("SAVS Cap Autonomie", "14", "Normandie"),
        ("EHPAD Le Clos Fleuri", "27", "Normandie"),
    ]
    static let kinds = ["EHPAD", "IME", "ESAT", "Foyer d’hébergement", "SESSAD", "MECS", "FAM", "MAS", "SAVS", "SSIAD", "ITEP", "CHRS"]
    static let names = [
        "Les Tilleuls", "Les Hirondelles", "Le Moulin", "Horizon", "Bellevue", "La Passerelle", "Les Coquelicots",
        "Les Sources", "Les Embruns", "Le Clos Fleuri", "Les Glycines", "Le Phare", "Les Peupliers", "La Roseraie",
        "Les Cèdres", "L’Escale", "Les Marronniers", "La Source Vive", "Le Val d’Or", "Les Lilas",
    ]
    static let regions: [(group: String, departments: [String])] = [
        ("Hauts-de-France", ["59", "62", "80", "02", "60"]),
        ("Île-de-France", ["75", "92", "93", "94", "78", "95"]),
        ("Normandie", ["76", "14", "27", "50", "61"]),
    ]
    static let respondents = [
        ("Claire Martin", "Directrice"), ("Karim Benali", "Directeur"), ("Sophie Lefebvre", "Directrice adjointe"),
        ("Julien Moreau", "Chef de service"), ("Nadia Haddad", "Directrice"), ("Thomas Dubois", "Directeur"),
        ("Élise Fournier", "Cheffe de service"), ("Marc Lambert", "Directeur adjoint"),
    ]

    /// The association: the 12 curated sites (or `siteCount` sites, the curated ones first) and
    /// one campaign per year.
    public init(seed: UInt64 = defaultSeed, siteCount: Int = 12, years: [Int] = [2024, 2025, 2026]) {
        self.seed = seed
        self.years = years
        var rng = SplitMix64(seed: seed, key: "sites")
        var sites: [DemoSite] = []
        var ids: Set<String> = []
        var nextSuffix: [String: Int] = [:]
        var names: Set<String> = Set(Self.curated.map(\.name))
        var nextNumber: [String: Int] = [:]
        let count = max(siteCount, 1)
        for k in 0..<count {
            let name: String, department: String, group: String
            if k < Self.curated.count {
                (name, department, group) = Self.curated[k]
            } else {
                let region = Self.regions[k % Self.regions.count]
                name = Self.unique("\(rng.pick(Self.kinds)) \(rng.pick(Self.names))", among: &names, next: &nextNumber)
                department = rng.pick(region.departments)
                group = region.group
            }
            var id = Slug.make(name, fallback: "site")
            if ids.contains(id) {
                // Resumes where the last duplicate of this name stopped: the same id as counting
                // from 2, since taken ids are never freed, without a quadratic walk for
                // associations of tens of thousands of sites (`--sites`).
                let base = id
                var n = nextSuffix[base] ?? 2
                while ids.contains("\(base)-\(n)") { n += 1 }
                id = "\(base)-\(n)"
                nextSuffix[base] = n + 1
            }
            ids.insert(id)
            var digits = department + "0"
            for _ in 0..<5 { digits += String(rng.int(0...9)) }
            let finess = Finess.completing(digits) ?? digits + "0"
            // The demo's story: one site far ahead, one that hardly moves, one that joined late.
            var base = rng.uniform(0.12, 0.55)
            var progress = rng.uniform(0.05, 0.15)
            if k == 0 { base = 0.62 }
            if k == 6 { progress = 0.01 }
            if k == 10 { (base, progress) = (0.06, 0.03) }
            // The draw is kept as it was, so that the other draws of the stream do not move; the
            // kind of establishment turns it into a plausible number of users.
            let sizeDraw = Double(rng.int(15...160) - 15) / 145
            let size = DemoInventory.of(kind: DemoSite.kind(of: name)).users(at: sizeDraw)
            sites.append(DemoSite(
                id: id, name: name, finess: finess, group: group, size: size,
                baseMaturity: base, yearlyProgress: progress, themeBias: rng.uniform(0.1, 0.2),
                // The ESAT's référent left in the last year: its pilotage falls and the weakest
                // link holds its level down (issue 13).
                regressingTheme: k % 6 == 3 ? "usages" : k % 6 == 4 ? "gouvernance" : k == 2 ? "pilotage" : nil,
                firstCampaign: k % 12 == 10 && years.count > 1 ? 1 : 0,
                lastInProgress: k % 12 == 7))
        }
        self.sites = sites
    }

    /// `name`, or when an earlier site has it, the name followed by the first free number
    /// ("MAS Le Phare 2"): two sites of one association never share a name. `next` resumes
    /// where the last duplicate of a name stopped (tens of thousands of sites with `--sites`).
    static func unique(_ name: String, among taken: inout Set<String>, next: inout [String: Int]) -> String {
        var candidate = name
        var n = next[name] ?? 2
        while taken.contains(candidate) {
            candidate = "\(name) \(n)"
            n += 1
        }
        next[name] = n
        taken.insert(candidate)
        return candidate
    }

    /// A site's maturity on a theme in campaign `index`, in [0.02, 0.97].
    public func maturity(of site: DemoSite, theme: String, campaign index: Int) -> Double {
        var rng = SplitMix64(seed: seed, key: "\(site.id)/bias/\(theme)")
        var m = site.baseMaturity + site.yearlyProgress * Double(index) + rng.uniform(-site.themeBias, site.themeBias)
        if theme == site.regressingTheme, index == years.count - 1, index > 0 {
            // A référent who leaves takes the pilotage back to the start; elsewhere habits slip.
            m -= theme == "pilotage" ? 0.8 : 0.3
        }
        return min(max(m, 0.02), 0.97)
    }

    /// Every assessment of every site with `questionnaire`, site by site, oldest first.
    public func assessments(questionnaire: Questionnaire) -> [Assessment] {
        let headOffices = headOfficeAssessments(questionnaire: questionnaire)
        return sites.flatMap { assessments(of: $0, questionnaire: questionnaire, headOffices: headOffices) }
    }

    /// The assessments of one site with `questionnaire`, oldest first. Each site draws from its
    /// own streams, so sites can be generated in any order, or concurrently.
    ///
    /// - Parameters:
    ///   - headOffices: `headOfficeAssessments(questionnaire:)`, made once for all sites; the
    ///     sites inherit their answers to the association questions.
    public func assessments(of site: DemoSite, questionnaire: Questionnaire, headOffices: [Assessment] = []) -> [Assessment] {
        var result: [Assessment] = []
        var rng = SplitMix64(seed: seed, key: "\(site.id)/calendar")
        let respondent = rng.pick(Self.respondents)
        for (index, year) in years.enumerated() where index >= site.firstCampaign {
            let month = rng.int(3...6), day = rng.int(1...28)
            let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            let inProgress = site.lastInProgress && index == years.count - 1
            let generator = AnswerGenerator(
                seed: seed, siteKey: site.id, yearKey: String(year), size: site.size, inventory: site.inventory)
            let start = rng.int(0...5) * 900
            let answers = generator.answers(
                for: questionnaire, maturity: { maturity(of: site, theme: $0, campaign: index) },
                date: date, start: start, fraction: inProgress ? 0.55 : 1)
            let last = answers.compactMap(\.answer.at).max()
            var assessment = Assessment(
                questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
                site: .init(id: site.id, name: site.name, finess: site.finess, group: site.group, category: site.category),
                respondent: .init(name: respondent.0, role: respondent.1),
                interviewer: "Camille Roux, chargée de mission RSE de l’association",
                date: date, status: inProgress ? .inProgress : .complete,
                startedAt: AnswerGenerator.timestamp(date, seconds: start), updatedAt: last,
                answers: answers)
            assessment = inheriting(assessment, site: site, campaign: index, headOffices: headOffices, questionnaire: questionnaire)
            let card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
            if !inProgress, !card.missingRequired.isEmpty {
                assessment.status = .inProgress
            }
            assessment.targets = objectives(for: site, campaign: index, card: card)
            result.append(assessment)
        }
        return result
    }
}
