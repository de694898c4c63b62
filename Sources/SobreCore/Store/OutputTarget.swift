import SobreJSON

/// Where a command may write its result (`report --output`, `compare --output`): never onto one
/// of the files it read, and never onto an assessment, whatever the path that leads there.
package enum OutputTarget {
    /// Why a path may not receive a command's result.
    package enum Problem: Sendable, Equatable {
        /// `--output ""`.
        case empty
        /// The path leads to `input`, a file the command reads (the same file, through a link or not).
        case input(String)
        /// The path holds an assessment that is not among the inputs.
        case assessment

        /// What is wrong and what to do, in one sentence, for the output `path`.
        package func message(_ path: String, language l: Language) -> String {
            switch self {
            case .empty:
                return l.pick(fr: "--output est vide : donnez le fichier à écrire", en: "--output is empty: give the file to write")
            case .input(let input):
                let same = input == path ? "" : " (\(input))"
                return l.pick(
                    fr: "\(path) est un des fichiers lus par la commande\(same) : il n’est jamais remplacé ; choisissez un autre fichier pour --output, rien n’a été écrit",
                    en: "\(path) is one of the files the command reads\(same): it is never replaced; choose another file for --output, nothing was written")
            case .assessment:
                return l.pick(
                    fr: "\(path) est une évaluation : un rapport ne la remplace jamais ; choisissez un autre fichier pour --output, rien n’a été écrit",
                    en: "\(path) is an assessment: a report never replaces it; choose another file for --output, nothing was written")
            }
        }
    }

    /// Why `path` may not receive the result of a command that reads `inputs`, nil when it may.
    ///
    /// Files are compared by device and inode, so a symbolic or hard link to an input is that
    /// input; an input folder stands for the assessment files found in it. A path with no file
    /// yet is always free.
    ///
    /// `filesRead`, when given, holds every file found in the input folders (a comparison's
    /// `filesRead`): they are looked up there, not searched for again.
    package static func problem(_ path: String, inputs: [String], filesRead: [FileIdentity: String]? = nil) -> Problem? {
        if let problem = inputProblem(path, inputs: inputs, filesRead: filesRead) { return problem }
        return holdsAssessment(path) ? .assessment : nil
    }

    /// `problem` but for the search of an assessment in the file (`holdsAssessment`), which may
    /// read tens of megabytes: a command checks that while it writes its result beside the file
    /// (`FileIO.writeAtomically(to:replacingIf:_:)`).
    package static func inputProblem(_ path: String, inputs: [String], filesRead: [FileIdentity: String]? = nil) -> Problem? {
        if path.isEmpty { return .empty }
        guard let target = FileIdentity(path), target.isRegularFile else { return nil }
        if let filesRead, let found = filesRead[target] { return .input(found) }
        for input in inputs {
            if FileIO.isDirectory(input) {
                if filesRead == nil, let found = AssessmentFiles.collect([input]).files.first(where: { FileIdentity($0.path) == target }) {
                    return .input(found.path)
                }
            } else if FileIdentity(input) == target {
                return .input(input)
            }
        }
        return nil
    }

    /// Whether the file could have a key `answers`, looked for a megabyte at a time: such a key
    /// is written with these bytes or with an escape (`\u0061nswers`). A file with neither, such
    /// as last month's comparison, is told apart without being held whole. A file larger than
    /// any `FileIO.read` accepts is no assessment either: the search stops there.
    static func mayHoldAnswers(_ path: String) -> Bool {
        var found = false
        var seen = 0
        // The last bytes of a piece go in front of the next: a word cut in two is still seen.
        var window: [UInt8] = []
        do throws(FileIO.Failure) {
            try FileIO.forEachPiece(of: path, size: 1 << 20) { piece in
                seen += piece.count
                window.append(contentsOf: piece)
                // Found by its `w`, the rarest of its letters in the reports and comparisons that
                // are usually replaced: by its `e`, the search stopped a million times in a 25.7 MB
                // comparison of 10,005 files.
                found = Platform.contains(window, "answers", anchor: 3) || Platform.contains(window, "\\u", anchor: 0)
                window.removeFirst(max(0, window.count - 6))
                return !found && seen <= FileIO.maximumFileSize
            }
        } catch {
            return false
        }
        return found
    }

    /// Whether the file reads as an assessment: a JSON object with `format` and `answers`, the
    /// two keys every assessment has and no report has. One the reader would refuse (an unknown
    /// format, a missing field) still counts: it is someone's answers.
    ///
    /// The bytes are searched first, then the top-level keys looked at: the file is parsed only
    /// when both keys are there, so replacing last year's 100 MB comparison costs no parse of it.
    package static func holdsAssessment(_ path: String) -> Bool {
        guard mayHoldAnswers(path), let bytes = try? FileIO.read(path) else { return false }
        let keys = JSONParser.topLevelKeys(bytes)
        guard keys.contains("format"), keys.contains("answers"),
              let value = try? JSONParser.parse(bytes), case .object(let object) = value else { return false }
        return object["format"] != nil && object["answers"] != nil
    }
}
