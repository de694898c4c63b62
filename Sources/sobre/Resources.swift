#if canImport(Glibc)
import Glibc
#endif
import SobreCore

/// Where `sobre` finds its bundled questionnaires and report templates, wherever it runs from.
///
/// In order: `$SOBRE_HOME`; `<prefix>/share/sobre` beside an installed binary (`<prefix>/bin/sobre`);
/// the source tree the binary was built in (`.build/<config>/sobre` → the package root).
enum Resources {
    static func roots() -> [String] {
        var roots: [String] = []
        if let home = getenv("SOBRE_HOME").map({ PathEncoding.string(fromCString: $0) }), !home.isEmpty {
            roots.append(home)
        }
        let executable = executablePath()
        var folder = FileIO.directory(of: executable)
        roots.append(FileIO.join(FileIO.directory(of: folder), "share/sobre"))
        // Built in place: walk up to the folder holding Package.swift and Questionnaires/.
        for _ in 0..<8 {
            if FileIO.exists(FileIO.join(folder, "Package.swift")), FileIO.isDirectory(FileIO.join(folder, "Questionnaires")) {
                roots.append(folder)
                break
            }
            let parent = FileIO.directory(of: folder)
            if parent == folder { break }
            folder = parent
        }
        return roots.filter { FileIO.isDirectory($0) }
    }

    static var questionnaireDirectories: [String] {
        roots().map { FileIO.join($0, "Questionnaires") }.filter(FileIO.isDirectory)
    }

    static var templateDirectories: [String] {
        roots().map { FileIO.join($0, "Reports") }.filter(FileIO.isDirectory)
    }

    static var library: QuestionnaireLibrary { QuestionnaireLibrary(bundledDirectories: questionnaireDirectories) }

    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            buffer[n] = 0
            return FileIO.string(fromCString: buffer)
        }
        return FileIO.absolute(CommandLine.arguments.first ?? "sobre")
    }
}
