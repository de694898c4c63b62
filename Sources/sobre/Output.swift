import ArgumentParser
import SobreCore

/// Writes a command's result to stdout or, atomically, to a file.
enum Output {
    static func write(_ text: String, to path: String?, language: Language) throws {
        guard let path else {
            Terminal.write(text)
            return
        }
        let folder = FileIO.directory(of: path)
        guard FileIO.isDirectory(folder) else {
            Terminal.writeError("sobre: " + language.pick(fr: "le dossier « \(folder) » n’existe pas", en: "folder '\(folder)' does not exist"))
            throw ExitCode(1)
        }
        do {
            try FileIO.writeAtomically(Array(text.utf8), to: path)
        } catch {
            Terminal.writeError("sobre: " + language.pick(fr: "écriture impossible de \(path) : \(error.reason(.fr)) ; rien n’a été écrit",
                                                          en: "cannot write \(path): \(error.reason)"))
            throw ExitCode(1)
        }
    }
}
