import Foundation
@testable import SobreCore
import SobreTestSupport
import Testing

/// `based_on.file` is the earlier assessment seen from the new file's folder (SPEC §10).
@Suite struct RelativePathTests {
    @Test func besideAboveAndThroughALinkTheRelativePathNamesTheSameFile() throws {
        let place = try TemporaryFolder("sobre-relative")
        defer { place.remove() }
        try place.write("{}", to: "assessments/foyer/2025-04-06.json")
        try place.write("{}", to: "ailleurs/2026.json")
        let earlier = place.path + "/assessments/foyer/2025-04-06.json"
        #expect(FileIO.relative(earlier, fromFolder: place.path + "/assessments/foyer") == "2025-04-06.json")
        #expect(FileIO.relative(earlier, fromFolder: place.path + "/ailleurs") == "../assessments/foyer/2025-04-06.json")
        #expect(FileIO.relative(earlier, fromFolder: place.path + "/assessments/foyer/./") == "2025-04-06.json")
        // A folder reached through a link: the path resolved from the link's target still names the file.
        try FileManager.default.createSymbolicLink(atPath: place.path + "/lien", withDestinationPath: place.path + "/ailleurs")
        let seen = FileIO.relative(earlier, fromFolder: place.path + "/lien")
        #expect(seen == "../assessments/foyer/2025-04-06.json")
        #expect(FileIO.canonical(FileIO.resolve(seen, fromFolder: place.path + "/ailleurs")) == FileIO.canonical(earlier))
        #expect(FileIO.resolve("/abs/x.json", fromFolder: "/ailleurs") == "/abs/x.json")
    }
}
