/// A file a command could not use, and why, in one sentence.
public struct FileProblem: Sendable, Hashable {
    /// The file as the report names it.
    public let file: String
    public let message: String

    /// Creates a problem.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
}
