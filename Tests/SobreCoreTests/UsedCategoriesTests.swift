@testable import SobreCore
import SobreTestSupport
import Testing

/// Tab after `--category` offers the categories of the files `compare` would read.
@Suite struct UsedCategoriesTests {
    @Test func theFilesAreThoseCompareReads() throws {
        let folder = try TemporaryFolder("sobre-used-categories")
        defer { folder.remove() }
        func write(_ category: String, to name: String) throws {
            let a = Assessment(questionnaire: .init(id: "test", version: "1", sha256: nil), site: .init(id: "s", category: category),
                               date: "2026-05-04", status: .complete)
            try folder.write(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self), to: name)
        }
        try write("EHPAD", to: "s/2026-05-04.json")
        try write("Foyer de vie", to: "s/2025-05-04.JSON")  // read by `compare`: offered
        try write("Caché", to: "s/.2024-05-04.json")        // skipped by `compare`: not offered
        try write("Texte", to: "s/2023-05-04.txt")
        #expect(UsedCategories.inFolder(folder.path) == ["EHPAD", "Foyer de vie"])
        let compared = AssessmentFiles.collect([folder.path]).files.map { String($0.path.split(separator: "/").last ?? "") }
        #expect(compared == ["2025-05-04.JSON", "2026-05-04.json"])
    }
}
