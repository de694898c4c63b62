@testable import SobreCore
import SobreDemo
import Testing

/// A folder's entries are listed as they always were: in the order `String` gives their names,
/// `*.json` in any case, now read on bytes.
@Suite struct FolderListingTests {
    static let names = [
        "a.json", "B.json", "c.JSON", "d.Json", "e.jsonx", "f.txt", ".json", "json", "x.jso", "ab.json",
        "a-b.json", "a_b.json", "A.json", "Z.json", "z.json", "10.json", "9.json", "é.json", "e\u{301}.json",
        "x.json\u{301}", "x.ＪＳＯＮ", "x.jſon", "ǅ.json", "Ω.JSON", "a b.json", "~.json", "x.JSoN",
        "x\u{0600}.json", "x\u{0600}.JSON", "\u{0600}.json",
    ]

    @Test func theExtensionIsTheOneLowercasingFinds() {
        for name in Self.names {
            #expect(AssessmentFiles.hasJSONExtension(name) == name.lowercased().hasSuffix(".json"), "\(name)")
        }
    }

    /// A folder and a name joined on their bytes are the text appending gives, slash or not.
    @Test func aJoinedPathIsTheAppendedText() {
        let folders = ["", "/", "a", "a/", "dossier é", "e", "/tmp/x//", "Ω"]
        for folder in folders {
            for name in Self.names + ["\u{301}.json", ""] {
                let expected = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                let joined = FileIO.join(folder, name)
                #expect(Array(joined.utf8) == Array(expected.utf8), "\(folder) \(name)")
                #expect(joined == expected)
            }
        }
    }

    @Test(arguments: [false, true]) func entriesSortAsTheirNamesDo(withAccents: Bool) {
        var rng = SplitMix64(seed: withAccents ? 7 : 20261201)
        let accents: [String] = withAccents ? ["é", "e\u{301}", "ß"] : []
        let alphabet: [String] = "aAbB0-_.zZ~ ".map { String($0) } + accents
        for _ in 0..<50 {
            var entries: [(name: String, kind: FileIO.EntryKind)] = []
            for _ in 0..<Int(rng.next() % 40) {
                var name = ""
                for _ in 0..<(1 + Int(rng.next() % 6)) { name += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                entries.append((name, .file))
            }
            let sorted = FileIO.sortedByName(entries).map { $0.name }
            #expect(sorted == entries.map(\.name).sorted())
        }
        let fixed = FileIO.sortedByName(Self.names.map { (name: $0, kind: FileIO.EntryKind.file) }).map { $0.name }
        #expect(fixed == Self.names.sorted())
    }
}
