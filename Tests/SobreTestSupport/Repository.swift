import SobreCore

/// Paths in the repository, found from this file's path (`#filePath`), so tests read the
/// bundled questionnaires, the examples and the golden files wherever the checkout is.
package enum Repository {
    /// The package root.
    package static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SobreTestSupport/Repository.swift
        return parts.joined(separator: "/")
    }()

    /// `relative` (e.g. `Reports/examples/assessment.json`) under the package root.
    package static func path(_ relative: String) -> String { root + "/" + relative }

    /// The text of a file of the repository.
    package static func text(_ relative: String) throws -> String {
        String(decoding: try FileIO.read(path(relative)), as: UTF8.self)
    }

    /// The bundled questionnaires, as the command line finds them.
    package static var library: QuestionnaireLibrary { QuestionnaireLibrary(bundledDirectories: [path("Questionnaires")]) }
}
