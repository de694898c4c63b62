/// The store's side of `compare --targets`: the answers a comparison does not keep, read again.
extension CommonTargets {
    /// Measures the sites of `comparison`, read from `paths` (as `Comparison(paths:…)` read them,
    /// with the same `base`), against `targets` read from `file`.
    ///
    /// A comparison keeps scores, not answers (thousands of assessments must fit in memory), and
    /// a roadmap projects answers: the latest complete assessment of each site measured is read
    /// again and scored with the questionnaire it was compared with (`--factors` applied). A file
    /// that can no longer be read or decoded (changed since) leaves its site unmeasured.
    public static func read(_ comparison: Comparison, targets: Targets, file: String, paths: [String],
                            relativeTo base: String? = nil) -> CommonTargets {
        // Assessments are named by their display path; only the listing knows where to read them.
        var locations: [String: String] = [:]
        for found in AssessmentFiles.collect(paths, relativeTo: base).files where locations[found.display] == nil {
            locations[found.display] = found.path
        }
        let located = locations
        return CommonTargets(comparison, targets: targets, file: file) { assessment in
            guard let path = located[assessment.file], let bytes = try? FileIO.read(path),
                  let decoded = try? AssessmentCodec.decode(bytes) else { return nil }
            return Scorecard(questionnaire: assessment.questionnaire, answers: decoded.answers)
        }
    }
}
