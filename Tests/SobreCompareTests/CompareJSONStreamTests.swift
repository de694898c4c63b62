import SobreCore
import SobreReport
import Testing

/// The JSON comparison is written a block of sites at a time, so that 100,000 files never have
/// their whole comparison held in memory; the blocks make exactly the document `bytes` makes.
@Suite struct CompareJSONStreamTests {
    @Test func aLargeComparisonIsHandedOverInBlocksThatMakeTheWholeDocument() throws {
        let q = try Mini.questionnaire()
        let options = ["zero", "half", "full"]
        let assessments = (0..<1_300).map { k in
            Mini.scored(q, site: "s\(k)", ["a.q": options[k % 3], "b.q": options[(k / 3) % 3]])
        }
        let comparison = Comparison(assessments: assessments)
        var parts: [[UInt8]] = []
        CompareJSON.write(comparison) { parts.append($0) }
        // The opening, one part per 64 sites, the statistics and the end.
        #expect(parts.count >= 1_300 / 64)
        #expect(parts.map(\.count).max() ?? 0 < CompareJSON.bytes(comparison).count / 10)
        #expect(Array(parts.joined()) == CompareJSON.bytes(comparison))
    }

    @Test func aStreamedFileIsWrittenAtomicallyAndWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/out.json"
        try FileIO.writeAtomically(Array("old".utf8), to: path)
        try FileIO.writeAtomically(to: path) { write in
            for part in ["{", "\"a\": ", "1", "}\n"] { write(Array(part.utf8)) }
        }
        #expect(try FileIO.read(path) == Array("{\"a\": 1}\n".utf8))
        // No temporary file is left beside it.
        #expect(FileIO.list(folder.path) == ["out.json"])
    }
}
