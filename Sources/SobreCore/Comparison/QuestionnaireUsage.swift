/// One exact questionnaire (id, version, content hash) and the sites whose latest assessment used it.
public struct QuestionnaireUsage: Sendable {
    public let id: String
    public let version: String
    public let sha256: String
    public let title: String
    /// Ids of the sites whose latest assessment was taken with it, sorted.
    public let sites: [String]
    /// How many assessments, latest or not, were taken with it.
    public let assessments: Int
}
