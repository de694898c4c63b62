import ArgumentParser
import SobreCore

/// `compare --format benchmark [--min-sites K]`: the checks of its options and the writing of
/// the benchmark (SPEC §11).
enum BenchmarkOptions {
    /// Refuses `--min-sites` without the benchmark format or below the smallest, and `--by`
    /// with it (a benchmark always has its categories).
    static func validate(format: CompareCommand.Format, minSites: Int?, by: SiteGrouping?, language: Language) throws {
        if let minSites {
            guard format == .benchmark else {
                throw ValidationError(language.pick(fr: "--min-sites ne s’applique qu’au format benchmark",
                                                    en: "--min-sites applies to the benchmark format only"))
            }
            guard minSites >= Benchmark.smallestMinSites else {
                throw ValidationError(BenchmarkProblem.minSitesTooSmall(minSites).message(language))
            }
        }
        if format == .benchmark, by != nil {
            throw ValidationError(language.pick(fr: "--by ne s’applique pas au format benchmark : le repère donne toujours ses catégories (site.category)",
                                                en: "--by does not apply to the benchmark format: a benchmark always gives its categories (site.category)"))
        }
    }

    /// Writes the benchmark of `comparison`; exit status 1 when some file could not be read.
    static func write(_ comparison: Comparison, minSites: Int?, to output: String?, inputs: [String]) throws {
        let lang = comparison.language
        let benchmark: Benchmark
        do throws(BenchmarkProblem) {
            benchmark = try Benchmark(comparison: comparison, minSites: minSites ?? Benchmark.defaultMinSites)
        } catch {
            throw CommandFailure(error.message(lang))
        }
        try Output.write(bytes: BenchmarkCodec.bytes(benchmark), to: output, inputs: inputs, filesRead: comparison.filesRead, language: lang)
        if !comparison.errors.isEmpty { throw CommandFailure.exit(1) }
    }
}
