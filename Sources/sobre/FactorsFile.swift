import SobreCore

/// `--factors FILE` of `report` and `compare` (SPEC §8): read once, every problem of the file
/// located and thrown to be printed once.
enum FactorsFile {
    /// The overrides of `path`, in the questionnaire's `language`; a file that cannot be read or
    /// holds an error stops the command.
    static func read(_ path: String, language: Language) throws -> FactorOverrides {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path)
        } catch {
            throw CommandFailure(language.pick(fr: "\(path) : lecture impossible du fichier de facteurs (\(error.reason(.fr)))",
                                               en: "\(path): cannot read the factors file (\(error.reason))"))
        }
        let (overrides, diagnostics) = FactorOverrides.load(bytes: bytes, path: path, language: language)
        guard let overrides else { throw CommandFailure(diagnostics: diagnostics, lines: []) }
        return overrides
    }

    /// Stops the command when `overrides` names a factor none of `questionnaires` declares.
    static func check(_ overrides: FactorOverrides, against questionnaires: [Questionnaire], language: Language) throws {
        let unknown = overrides.unknownNames(in: questionnaires, language: language)
        if !unknown.isEmpty { throw CommandFailure(diagnostics: unknown, lines: []) }
    }
}
