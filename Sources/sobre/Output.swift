import SobreCore

/// Writes a command's result to stdout or, atomically, to a file that is none of its `inputs`
/// and no assessment (`OutputTarget`).
enum Output {
    static func write(_ text: String, to path: String?, inputs: [String], language: Language) throws {
        try write(bytes: Array(text.utf8), to: path, inputs: inputs, language: language)
    }

    /// The same with the UTF-8 bytes already made: a large comparison is not copied into a
    /// `String` and back.
    static func write(bytes: [UInt8], to path: String?, inputs: [String], language: Language) throws {
        guard let path else {
            FileIO.write(bytes: bytes, fd: 1)
            return
        }
        if let problem = OutputTarget.problem(path, inputs: inputs) {
            throw CommandFailure(problem.message(path, language: language))
        }
        let folder = FileIO.directory(of: path)
        guard FileIO.isDirectory(folder) else {
            throw CommandFailure(language.pick(fr: "le dossier « \(folder) » n’existe pas", en: "folder '\(folder)' does not exist"))
        }
        do {
            try FileIO.writeAtomically(bytes, to: path)
        } catch {
            throw CommandFailure(language.pick(fr: "écriture impossible de \(path) : \(error.reason(.fr)) ; rien n’a été écrit",
                                               en: "cannot write \(path): \(error.reason)"))
        }
    }
}
