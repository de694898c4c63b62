import SobreCore
import Testing

/// Two spellings of one path compare equal: how a site's recorded head-office file is matched to
/// the head-office assessments read (SPEC §12).
@Suite struct NormalisedPathTests {
    @Test(arguments: [
        ("a/./b/../c", "a/c"),
        ("assessments/ehpad/../_association/2026-02-15.json", "assessments/_association/2026-02-15.json"),
        ("/x/../y", "/y"),
        ("../a", "../a"),
        ("a/../../b", "../b"),
        ("../../a/..", "../.."),
        ("a//b/", "a/b"),
        ("./a", "a"),
        ("..a/.b/c..", "..a/.b/c.."),
        ("é/./ü/../ß", "é/ß"),
        ("", ""),
        ("/", "/"),
    ])
    func aPathIsNormalisedAsTheFileSystemReadsIt(path: String, expected: String) {
        #expect(Comparison.normalised(path) == expected)
    }
}
