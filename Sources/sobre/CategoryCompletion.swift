import ArgumentParser
import SobreCore

/// What Tab offers after `interview --category`: the categories already written in the default
/// folder `assessments/`, so that a network spells each kind one way, then the usual kinds of
/// ESSMS. Run by the shell on every Tab: it reads a bounded number of files, never writes.
enum CategoryCompletion {
    /// The usual kinds of social and medico-social establishments.
    static let usual = ["EHPAD", "IME", "ESAT", "FAM", "MAS", "Foyer", "SESSAD", "SAVS", "MECS"]

    /// The candidates that begin with `typed`, those found in files first, each once. A value
    /// holding a control or text-direction character is left out: `--category` refuses it, and
    /// a line break would make it two candidates.
    static func candidates(_ typed: String, folder: String = "assessments") -> [String] {
        var seen = Set<String>()
        return (UsedCategories.inFolder(folder) + usual).filter {
            $0.hasPrefix(typed) && TerminalText.firstUnsafe(in: $0) == nil && seen.insert($0).inserted
        }
    }
}
