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
    /// comparison found in its input folders (`OutputTarget.inputProblem`).
    static func write(to path: String?, inputs: [String], filesRead: [FileIdentity: String]? = nil, language: Language,
                      _ produce: (_ write: ([UInt8]) -> Void) -> Void) throws {
        guard let path else {
            produce { FileIO.write(bytes: $0, fd: 1) }
            return
        }
        if let problem = OutputTarget.inputProblem(path, inputs: inputs, filesRead: filesRead) {
            throw CommandFailure(problem.message(path, language: language))
        }
        let folder = FileIO.directory(of: path)
        guard FileIO.isDirectory(folder) else {
            throw CommandFailure(language.pick(fr: "le dossier « \(folder) » n’existe pas", en: "folder '\(folder)' does not exist"))
        }
        // Whether the file holds an assessment is searched for on another core while the result is
        // written beside it (last month's comparison is tens of megabytes to read), and the file
        // is replaced only once the answer is no.
        let assessment = Concurrently { OutputTarget.holdsAssessment(path) }
        let replaced: Bool
        do throws(FileIO.Failure) {
            replaced = try FileIO.writeAtomically(to: path, replacingIf: { !assessment.value }, produce)
        } catch {
            // Onto an assessment, that is what the user must hear, whatever became of the writing.
            if assessment.value { throw CommandFailure(OutputTarget.Problem.assessment.message(path, language: language)) }
            throw CommandFailure(language.pick(fr: "écriture impossible de \(path) : \(error.reason(.fr)) ; rien n’a été écrit",
                                               en: "cannot write \(path): \(error.reason)"))
        }
        guard replaced else { throw CommandFailure(OutputTarget.Problem.assessment.message(path, language: language)) }
    }
}
