import SobreCore
import SobreDemo
import SobreJSON
import SobreReport
import Testing

/// A comparison read from files makes plans and estimates only for the assessments it shows them
/// of (each site's latest and latest complete, and the baselines of objectives): what it writes
/// must be what it would write with every assessment's details made, however the files are
/// split into chunks.
@Suite struct LatestDetailsTests {
    /// The demo association of 40 sites (in-progress latest interviews, head-office files,
    /// objectives set in 2024), read with all details: every file decoded in full.
    static func reference(_ folder: TemporaryFolder, questionnaire q: Questionnaire) throws -> Comparison {
        let files = AssessmentFiles.collect([folder.path + "/assessments"], relativeTo: folder.path).files
        let assessments = try files.map { file in
            let a = try AssessmentCodec.decode(try FileIO.read(file.path), language: .fr)
            return ComparedAssessment(file: file.display, assessment: a, questionnaire: q)
        }
        return Comparison(assessments: assessments)
    }

    /// Chunks of every size, on crews of one to three threads (each with its own copy of the
    /// questionnaire, found in the association's `.questionnaires/`).
    @Test(arguments: [(1, 2), (5, 3), (64, 1), (64, 2), (1024, 3), (1024, 1)])
    func theComparisonIsTheOneWithEveryDetailMade(chunkSize: Int, crewSize: Int) throws {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try DemoWriter.writeAssessments(DemoAssociation(siteCount: 40), questionnaire: q, into: folder.path)
        let read = ComparisonReader.read(paths: [folder.path + "/assessments"], library: QuestionnaireLibrary(bundledDirectories: []),
                                         relativeTo: folder.path, language: .fr, factors: nil, chunkSize: chunkSize, crewSize: crewSize)
        #expect(read.errors.isEmpty)
        // Every assessment names one copy of the questionnaire, whichever thread scored it.
        #expect(Set(read.assessments.map(\.sourceIdentity)).count == 1)
        let compared = Comparison(assessments: read.assessments, errors: read.errors)
        let reference = try Self.reference(folder, questionnaire: q)
        // The association has what the second pass must get right.
        #expect(compared.sites.contains { $0.latest.status == .inProgress })
        #expect(compared.sites.contains { $0.progress != nil })
        #expect(!compared.summary.commonActions.isEmpty)
        #expect(String(decoding: CompareJSON.bytes(compared), as: UTF8.self) == String(decoding: CompareJSON.bytes(reference), as: UTF8.self))
        let benchmark = { (c: Comparison) in BenchmarkCodec.bytes(try Benchmark(comparison: c, minSites: 3)) }
        #expect(try benchmark(compared) == benchmark(reference))
        // A baseline keeps its indicator values, which the progress on an indicator objective reads.
        let baselines = compared.sites.compactMap(\.baseline)
        #expect(!baselines.isEmpty)
        for baseline in baselines { #expect(!baseline.indicatorValues.isEmpty, "\(baseline.file)") }
        // And older assessments carry no plan: the memory a comparison of 100,000 files saves.
        for record in compared.sites {
            let kept = Set([record.latest.file, record.history.last { $0.status == .complete }?.file, record.baseline?.file].compactMap { $0 })
            for older in record.history where !kept.contains(older.file) {
                #expect(older.plan.isEmpty && older.indicatorValues.isEmpty, "\(older.file), chunks of \(chunkSize), crew of \(crewSize)")
            }
        }
    }
}
