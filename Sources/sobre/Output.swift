import SobreCore

/// Writes a command's result to stdout or, atomically, to a file that is none of its `inputs`
/// and no assessment (`OutputTarget`).
enum Output {
    static func write(_ text: String, to path: String?, inputs: [String], filesRead: [FileIdentity: String]? = nil,
                      language: Language) throws {
        // A megabyte at a time from the text's own storage: the HTML comparison of 100,000 files
        // is an 80 MB text, which a copy into one array would have held twice.
        try write(to: path, inputs: inputs, filesRead: filesRead, language: language) { write in
            UTF8Pieces.forEach(of: text, write)
        }
    }

    /// The same with the UTF-8 bytes already made: a large comparison is not copied into a
    /// `String` and back.
    static func write(bytes: [UInt8], to path: String?, inputs: [String], filesRead: [FileIdentity: String]? = nil,
                      language: Language) throws {
        try write(to: path, inputs: inputs, filesRead: filesRead, language: language) { write in write(bytes) }
    }

    /// The same with the bytes handed to `write` as `produce` makes them: a comparison of
    /// 100,000 files is written a block at a time, never held whole. `filesRead`: the files a
    /// comparison found in its input folders (`OutputTarget.problem`).
    static func write(to path: String?, inputs: [String], filesRead: [FileIdentity: String]? = nil, language: Language,
                      _ produce: (_ write: ([UInt8]) -> Void) -> Void) throws {
        guard let path else {
            produce { FileIO.write(bytes: $0, fd: 1) }
            return
        }
        if let problem = OutputTarget.problem(path, inputs: inputs, filesRead: filesRead) {
            throw CommandFailure(problem.message(path, language: language))
        }
        let folder = FileIO.directory(of: path)
        guard FileIO.isDirectory(folder) else {
            throw CommandFailure(language.pick(fr: "le dossier « \(folder) » n’existe pas", en: "folder '\(folder)' does not exist"))
        }
        do {
            try FileIO.writeAtomically(to: path, produce)
        } catch {
            throw CommandFailure(language.pick(fr: "écriture impossible de \(path) : \(error.reason(.fr)) ; rien n’a été écrit",
                                               en: "cannot write \(path): \(error.reason)"))
        }
    }
}
