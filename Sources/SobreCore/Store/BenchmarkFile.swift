/// Opens the benchmark a report places its site in (`report --benchmark FILE`).
public enum BenchmarkFile {
    /// Reads and decodes the benchmark at `path`, refused when it is of another questionnaire
    /// than `questionnaireID`.
    public static func open(_ path: String, questionnaireID: String, language: Language) throws(BenchmarkCodec.ReadError) -> Benchmark {
        let bytes: [UInt8]
        do throws(FileIO.Failure) {
            bytes = try FileIO.read(path)
        } catch {
            throw BenchmarkCodec.ReadError(message: AssessmentStore.cannotRead(error, language: language).message)
        }
        let benchmark = try BenchmarkCodec.decode(bytes, language: language)
        guard benchmark.questionnaireID == questionnaireID else {
            throw BenchmarkCodec.ReadError(message: BenchmarkProblem.otherQuestionnaire(
                benchmark: benchmark.questionnaireID, assessment: questionnaireID).message(language))
        }
        return benchmark
    }
}
