import Foundation
import SobreCore
import Testing

/// Outputs of several megabytes are written a piece at a time (a block of sites for the JSON
/// comparison, a megabyte of text for the others): to a file or to the standard output, the
/// bytes are those of one write.
@Suite struct LargeOutputTests {
    /// Runs `sobre` with its standard output into `stdoutPath`; its status.
    func run(_ arguments: [String], in folder: String, stdoutPath: String) throws -> Int32 {
        _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: E2E.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SOBRE_HOME"] = E2E.root
        process.environment = environment
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(arguments: ["html", "json"])
    func aComparisonOfSeveralMegabytesIsWrittenWhole(format: String) throws {
        let folder = try E2E.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try run(["demo", "demo", "--sites", "700", "--assessments-only"], in: folder, stdoutPath: folder + "/demo.txt") == 0)
        #expect(try run(["compare", "demo/assessments", "--format", format, "--output", "file." + format], in: folder,
                        stdoutPath: folder + "/none.txt") == 0)
        #expect(try run(["compare", "demo/assessments", "--format", format], in: folder, stdoutPath: folder + "/stdout." + format) == 0)
        let file = try E2E.read(folder + "/file." + format)
        let stdout = try E2E.read(folder + "/stdout." + format)
        // More than one piece of a megabyte, ending as the document ends.
        #expect(file.count > 1 << 20)
        #expect(file == stdout)
        #expect(String(decoding: file.suffix(8), as: UTF8.self).hasSuffix(format == "json" ? "}\n" : "</html>\n"))
        // Each piece once: the document's first key and its end appear once each.
        let text = String(decoding: file, as: UTF8.self)
        for mark in format == "json" ? ["\"compare_format\"", "\"versions\""] : ["<html", "</html>"] {
            #expect(text.components(separatedBy: mark).count == 2, "\(mark)")
        }
        #expect(try E2E.read(folder + "/none.txt").isEmpty)
    }
}
