import ArgumentParser
import SobreCore

/// What Tab offers after `interview --questionnaire`: the option takes an id or a path, so both
/// the ids of the bundled questionnaires and the YAML files and folders that start with what is
/// typed. Run by the shell on every Tab (`sobre ---completion …`): it reads folders, never writes.
enum QuestionnaireCompletion {
    /// The candidates that begin with `typed`. Folders end with `/` so that Tab goes on into them,
    /// except for bash: its script completes file names (`complete -o filenames`), which adds it.
    static func candidates(_ typed: String) -> [String] {
        let mark = CompletionShell.requesting == .bash ? "" : "/"
        let ids = typed.contains("/") ? [] : Resources.library.bundled().compactMap { $0.questionnaire?.id }
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        // Hidden entries only when asked for, as zsh and fish do; a name with a line break would
        // be two candidates (one a line), so it is left out.
        let names = FileIO.list(folder.isEmpty ? "." : folder).filter {
            $0.hasPrefix(start) && (start.hasPrefix(".") || !$0.hasPrefix(".")) && !$0.utf8.contains(10)
        }
        let paths = names.compactMap { name -> String? in
            let path = folder + name
            if FileIO.isDirectory(path) { return path + mark }
            return name.hasSuffix(".yaml") || name.hasSuffix(".yml") ? path : nil
        }
        return ids.filter { $0.hasPrefix(typed) } + paths
    }
}
