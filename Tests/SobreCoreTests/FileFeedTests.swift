@testable import SobreCore
import Testing

/// The files of a comparison, listed on a thread of their own while they are read: the same
/// files in the same order as listing first, in chunks of exactly the size asked for.
@Suite struct FileFeedTests {
    @Test(arguments: [1, 7, 256, 257, 1024, 5000])
    func theFeedGivesWhatCollectFinds(chunk: Int) throws {
        let folder = try TemporaryFolder()
        for k in 0..<700 {
            try folder.write("{}", to: "a/s\(k % 97)/\(2000 + k).json")
        }
        try folder.write("{}", to: "b.json")
        let paths = [folder.path + "/a", folder.path + "/missing", folder.path + "/b.json", folder.path + "/a"]
        let listed = AssessmentFiles.collect(paths, relativeTo: folder.path, language: .en)
        let feed = FileFeed(listing: paths, relativeTo: folder.path, language: .en)
        var fed: [AssessmentFiles.File] = []
        while let next = feed.next(chunk) {
            #expect(next.count == chunk || fed.count + next.count == listed.files.count, "only the last chunk is short")
            fed += next
        }
        #expect(fed == listed.files)
        #expect(fed.count == 701)
        #expect(feed.problems.map(\.file) == listed.problems.map(\.file))
        #expect(feed.problems.map(\.file) == ["missing"])
        #expect(feed.next(chunk) == nil)
    }
}
