import SobreCore
import SobreReport
import Testing

/// The annex's claim, checked on the sample: a theme's score is the mean of its questions'
/// scores, each counted as many times as the weight the annex shows beside it.
@Suite struct AnnexWeightsTests {
    @Test func theAnnexWeightsGiveEachThemesScore() throws {
        let model = try Fixtures.sample()
        var checked = 0
        for line in model.themes {
            guard let score = line.score else { continue }
            let counted = model.answers.filter { $0.question.themeID == line.theme.id && $0.counted }
            let total = counted.reduce(0.0) { $0 + $1.question.weight }
            let weighted = counted.reduce(0.0) { $0 + $1.question.weight * ($1.score ?? 0) }
            #expect(abs(100 * weighted / total - score) < 1e-9, "\(line.theme.id)")
            checked += 1
        }
        #expect(checked >= 5)
        // The sample's weights differ, so the annex shows them, and says how they count.
        let md = try TemplateReport.render(model, template: Repository.text("Reports/report.md.mustache"), format: .markdown)
        #expect(md.contains("| Question | Réponse | Score | Poids | Note |"))
        #expect(md.contains("une question de poids 2 compte double"))
    }
}
