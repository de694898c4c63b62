import SobreCore

/// The command line as the system gave it: an argument that is not UTF-8 (a file name from
/// another system) keeps its bytes, so that the file it names is the one opened or written.
enum Arguments {
    /// The arguments after the program's name, each decoded by `PathEncoding`.
    static func decoded() -> [String] {
        (0..<Int(CommandLine.argc)).dropFirst().compactMap { k in
            CommandLine.unsafeArgv[k].map { PathEncoding.string(fromCString: $0) }
        }
    }
}
