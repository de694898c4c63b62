import SobreCore

extension ReportModel {
    /// The same report with the site's standing in `benchmark`: against its `site.category`
    /// when the benchmark has it, else the whole network; informational themes left out.
    public func against(_ benchmark: Benchmark) -> ReportModel {
        var model = self
        model.benchmark = BenchmarkStanding(
            benchmark: benchmark, category: assessment.site.category, overall: overall.score,
            themes: themes.filter { !$0.informational }.map { ($0.theme.id, $0.theme.title, $0.score) })
        return model
    }
}
