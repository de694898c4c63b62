/// The store's side of `compare --targets`: the answers a comparison does not keep, read again.
extension CommonTargets {
    /// Measures the sites of `comparison` against `targets` read from `file`.
    ///
    /// A comparison keeps scores, not answers (thousands of assessments must fit in memory), and
    /// a roadmap projects answers: the latest complete assessment of each site measured is read
    /// again, from where the comparison read it, and scored with the questionnaire it was
    /// compared with (`--factors` applied). A file that can no longer be read or decoded, or that
    /// no longer holds the same site, date and status (changed since), leaves its site unmeasured.
    public static func read(_ comparison: Comparison, targets: Targets, file: String) -> CommonTargets {
        CommonTargets(comparison, targets: targets, file: file) { assessment in
            guard let path = assessment.path, let bytes = try? FileIO.read(path),
                  let decoded = try? AssessmentCodec.decode(bytes),
                  decoded.site.id.unicodeScalars.elementsEqual(assessment.site.id.unicodeScalars),
                  decoded.date == assessment.date, decoded.status == assessment.status else { return nil }
            return Scorecard(questionnaire: assessment.questionnaire, answers: decoded.answers)
        }
    }
}
