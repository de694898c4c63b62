import ArgumentParser
import SobreCore

/// Writes a command's result to stdout or, atomically, to a file.
enum Output {
    static func write(_ text: String, to path: String?, language: Language) throws {
        try write(bytes: Array(text.utf8), to: path, language: language)
    }

    /// The same with the UTF-8 bytes already made: a large comparison is not copied into a
    /// `String` and back.
    static func write(bytes: [UInt8], to path: String?, language: Language) throws {
        guard let path else {
            FileIO.write(bytes: bytes, fd: 1)
            return
        }
        let folder = FileIO.directory(of: path)
        guard FileIO.isDirectory(folder) else {
            Terminal.writeError("sobre: " + language.pick(fr: "le dossier « \(folder) » n’existe pas", en: "folder '\(folder)' does not exist"))
            throw ExitCode(1)
        }
        do {
            try FileIO.writeAtomically(bytes, to: path)
        } catch {
            Terminal.writeError("sobre: " + language.pick(fr: "écriture impossible de \(path) : \(error.reason(.fr)) ; rien n’a été écrit",
                                                          en: "cannot write \(path): \(error.reason)"))
            throw ExitCode(1)
        }
    }
}
