import Foundation
import Testing
@testable import SobreCore
import SobreDemo
import SobreJSON

/// The quick reading of assessment files that comparisons use: it reads what the full decoder
/// reads, or gives up and leaves the file to it.
@Suite struct AssessmentScanTests {
    static let bundled: Questionnaire? = {
        guard let bytes = FileManager.default.contents(atPath: bundledQuestionnairePath()) else { return nil }
        return QuestionnaireLoader.load(bytes: Array(bytes), path: bundledQuestionnairePath()).questionnaire
    }()

    /// The slots the full decoder gives, by position in `questionnaire`.
    static func expectedSlots(_ a: Assessment, _ questionnaire: Questionnaire) -> [AnswerSlot?] {
        questionnaire.lookup.fullIDs.map { a.answers[$0].map(AnswerSlot.init) }
    }

    static func scanSlots(_ scan: AssessmentScan, _ questionnaire: Questionnaire) -> [AnswerSlot?]? {
        scan.slots(ids: questionnaire.lookup.fullIDs.map { Array($0.utf8) }, positions: questionnaire.lookup.positionByFullID)
    }

    /// Checks that `text` scans, to what the full decoder reads.
    static func expectSame(_ bytes: [UInt8], _ questionnaire: Questionnaire,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let full = try AssessmentCodec.decode(bytes)
        let scan = try #require(AssessmentScan(bytes), sourceLocation: sourceLocation)
        #expect(scan.questionnaire == full.questionnaire, sourceLocation: sourceLocation)
        #expect(scan.site == full.site, sourceLocation: sourceLocation)
        #expect(scan.date == full.date, sourceLocation: sourceLocation)
        #expect(scan.updatedAt == full.updatedAt, sourceLocation: sourceLocation)
        #expect(scan.status == full.status, sourceLocation: sourceLocation)
        #expect(scan.targets == full.targets, sourceLocation: sourceLocation)
        // The same answers by position: what scoring reads (`Scorecard(answers:)` fills its
        // slots the same way), so the same scores, levels and plan.
        let slots = try #require(scanSlots(scan, questionnaire), sourceLocation: sourceLocation)
        #expect(slots == expectedSlots(full, questionnaire), sourceLocation: sourceLocation)
        // Placed as they are read, with the questionnaire found when its name is read.
        let source = ComparedQuestionnaire(questionnaire)
        var asked: [Assessment.QuestionnaireReference] = []
        let placing = try #require(AssessmentScan(bytes, placing: { asked.append($0); return source }), sourceLocation: sourceLocation)
        #expect(asked == [full.questionnaire], sourceLocation: sourceLocation)
        #expect(placing.placed == expectedSlots(full, questionnaire), sourceLocation: sourceLocation)
        #expect(placing.placedWith === source, sourceLocation: sourceLocation)
        #expect(source.slots(of: placing) == expectedSlots(full, questionnaire), sourceLocation: sourceLocation)
    }

    /// A file whose answers come before the questionnaire's name keeps them by id, and they are
    /// placed afterwards, the same.
    @Test func answersBeforeTheQuestionnaireArePlacedAfterwards() throws {
        let q = try #require(Self.bundled)
        let a = try #require(DemoAssociation(siteCount: 2).assessments(questionnaire: q).first { $0.targets == nil })
        let text = String(decoding: AssessmentCodec.bytes(a), as: UTF8.self)
        // The root's members, with "answers" moved before "questionnaire".
        let root = try #require(try JSONParser.parse(Array(text.utf8)).objectValue)
        var moved = JSONObject()
        if let answers = root["answers"] { moved["answers"] = answers }
        for (key, value) in root where key != "answers" { moved[key] = value }
        let bytes = Array(JSONWriter.string(.object(moved), pretty: true).utf8)
        let source = ComparedQuestionnaire(q)
        var asked = 0
        let scan = try #require(AssessmentScan(bytes, placing: { _ in asked += 1; return source }))
        // Not asked at all: the answers were read before the questionnaire was known.
        #expect(asked == 0)
        #expect(scan.placed == nil)
        #expect(scan.placedWith == nil)
        #expect(source.slots(of: scan) == Self.expectedSlots(a, q))
        // A scan placed with another questionnaire's layout is not placed again with this one.
        let placed = try #require(AssessmentScan(AssessmentCodec.bytes(a), placing: { _ in ComparedQuestionnaire(q) }))
        #expect(placed.placed != nil)
        #expect(source.slots(of: placed) == nil)
    }

    @Test func demoAssessmentsScanToWhatTheDecoderReads() throws {
        let q = try #require(Self.bundled)
        let assessments = DemoAssociation(siteCount: 12).assessments(questionnaire: q)
        #expect(assessments.count > 30)
        // Those that set objectives are scanned too, their objectives with them.
        #expect(assessments.contains { $0.targets != nil })
        for a in assessments { try Self.expectSame(AssessmentCodec.bytes(a), q) }
    }

    @Test func theCompleteSampleScans() throws {
        // Escaped notes, non-ASCII text, N/A, an answer with a note only, an unknown question id.
        let q = try #require(Self.bundled)
        try Self.expectSame(Array(AssessmentCodecTests.complete.utf8), q)
    }

    @Test func answersInAnyOrderFindTheirQuestion() throws {
        let q = try #require(Self.bundled)
        let ids = q.lookup.fullIDs
        var a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: "s"), date: "2026-01-02")
        // Reverse interview order, and an id the questionnaire does not have in between.
        for id in ids.reversed().prefix(6) {
            a.answers[id] = Answer(value: .string("x"))
            a.answers["ailleurs." + id] = Answer(value: .number(1))
        }
        a.answers[ids[0]] = Answer(notApplicable: true)
        try Self.expectSame(AssessmentCodec.bytes(a), q)
    }

    /// An answer far from the one expected (a site's file leaves out the head office's
    /// questions) is found among all the ids on its bytes. With an id outside ASCII, which an
    /// ASCII key equals as a text (the Kelvin sign is K), it is looked up as the decoder looks it up.
    @Test(arguments: ["q\u{212A}", "qz"])
    func answersFarFromTheExpectedOneFindTheirQuestion(lastID: String) throws {
        let questions = (0..<12).map { Question(id: "q\($0)", themeID: "t", text: "?", kind: .number(.init())) }
            + [Question(id: lastID, themeID: "t", text: "?", kind: .number(.init()))]
        let q = Questionnaire(id: "q", version: "1", language: .fr, title: "", levels: [],
                              themes: [Theme(id: "t", title: "T", questions: questions)], actions: [])
        var a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: "s"), date: "2026-01-02")
        for k in [11, 0, 9, 1] { a.answers["t.q\(k)"] = Answer(value: .number(Double(k))) }
        a.answers[lastID == "qz" ? "t.qz" : "t.qK"] = Answer(value: .number(42))
        let bytes = AssessmentCodec.bytes(a)
        try Self.expectSame(bytes, q)
        let placed = try #require(AssessmentScan(bytes, placing: { _ in ComparedQuestionnaire(q) })?.placed)
        #expect(placed.map { $0?.value } == [0, 1, nil, nil, nil, nil, nil, nil, nil, 9, nil, 11, 42].map { $0.map { JSONValue.number($0) } })
    }

    /// The answer ids and options read on their bytes with their quotes (`AnswerLayout.isPlain`)
    /// are those strings and no other: an id or an option one byte longer or shorter is read as
    /// the decoder reads it; one written with an escape is still that text to the decoder.
    @Test func idsAndOptionsNearTheQuestionnairesOnesAreReadAsTheDecoderReadsThem() throws {
        let q = try #require(Self.bundled)
        let questions = q.lookup.questions
        let choice = try #require(questions.indices.first { !questions[$0].options.isEmpty })
        let id = q.lookup.fullIDs[choice], option = questions[choice].options[0].id
        let values: [JSONValue] = [.string(option), .string(option + "x"), .string(String(option.dropLast())),
                                   .array([.string(option)]), .array([.string(option + "x")])]
        for value in values {
            for key in [id, id + "x", String(id.dropLast())] {
                var a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: "s"), date: "2026-01-02")
                a.answers[key] = Answer(value: value)
                try Self.expectSame(AssessmentCodec.bytes(a), q)
            }
        }
        // The same option escaped (`\u0061` for `a`) is the same text, read by the general path.
        let plain = AssessmentCodec.bytes({
            var a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: "s"), date: "2026-01-02")
            a.answers[id] = Answer(value: .string(option))
            return a
        }())
        let escaped = String(decoding: plain, as: UTF8.self)
            .replacingOccurrences(of: "\"\(option)\"", with: "\"\\u00\(String(option.utf8.first ?? 0x61, radix: 16))\(option.dropFirst())\"")
        #expect(escaped != String(decoding: plain, as: UTF8.self))
        #expect(try AssessmentCodec.decode(Array(escaped.utf8)).answers[id]?.value == .string(option))
    }

    /// Answers a few questions past the one expected (questions skipped by their condition),
    /// before it, and far from it: each finds its own question, by bytes or by the table.
    @Test func answersThatSkipQuestionsFindTheirQuestion() throws {
        let ids = (0..<12).map { "t.q\($0)" }
        let order = [2, 3, 7, 11, 0, 1, 8, 4]
        let answers = order.map { "\"t.q\($0)\": {\"value\": \($0)}" }.joined(separator: ", ")
        let text = Self.plain.replacingOccurrences(of: "\"answers\": {", with: "\"answers\": {\(answers), ")
        let scan = try #require(AssessmentScan(Array(text.utf8)))
        let positions = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let slots = try #require(scan.slots(ids: ids.map { Array($0.utf8) }, positions: positions))
        for k in ids.indices {
            #expect(slots[k] == (order.contains(k) ? AnswerSlot(value: .number(Double(k)), notApplicable: false) : nil), "t.q\(k)")
        }
    }

    /// The answer keys recognised on their bytes are those exact strings: a longer or shorter
    /// key is another key, followed as the decoder follows it.
    @Test(arguments: ["valeur", "values", "val", "a", "ate", "nat", "n", "notes", "nota", "v"])
    func keysNearTheKnownOnesAreOtherKeys(_ key: String) throws {
        let text = Self.plain.replacingOccurrences(of: "\"na\": false", with: "\"na\": false, \"\(key)\": true")
        #expect(text != Self.plain)
        let scan = try #require(AssessmentScan(Array(text.utf8)))
        let full = try AssessmentCodec.decode(Array(text.utf8))
        let slots = try #require(scan.slots(ids: [Array("t.a".utf8)], positions: ["t.a": 0]))
        #expect(slots == [full.answers["t.a"].map(AnswerSlot.init)])
        #expect(slots[0] == AnswerSlot(value: .string("oui"), notApplicable: false))
    }

    @Test func answerKeyWordsAreTheirTexts() {
        #expect(AnswerKeyWord.value == AnswerKeyWord.packed("\"value\""))
        #expect(AnswerKeyWord.at == AnswerKeyWord.packed("\"at\""))
        #expect(AnswerKeyWord.na == AnswerKeyWord.packed("\"na\""))
        #expect(AnswerKeyWord.note == AnswerKeyWord.packed("\"note\""))
        #expect(AnswerKeyWord.mask(4) == 0xFFFF_FFFF)
    }

    static let plain = """
        {"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "s"}, "date": "2026-01-02",
         "answers": {"t.a": {"value": "oui", "na": false}, "t.b": {"value": [1, "x", true, null]}}}
        """

    @Test func plainFileWithDefaults() throws {
        let scan = try #require(AssessmentScan(Array(Self.plain.utf8)))
        #expect(scan.status == .inProgress)
        #expect(scan.updatedAt == nil)
        #expect(scan.questionnaire.sha256 == nil)
        let slots = try #require(scan.slots(ids: [Array("t.b".utf8), Array("t.a".utf8)], positions: ["t.a": 1, "t.b": 0]))
        #expect(slots == [AnswerSlot(value: .array([.number(1), .string("x"), .bool(true), .null]), notApplicable: false),
                          AnswerSlot(value: .string("oui"), notApplicable: false)])
    }

    @Test func siteCategoryIsReadAsTheDecoderReadsIt() throws {
        // Without `beds`, a key the scan leaves to the full reader.
        let plain = SiteCategoryTests.text.replacingOccurrences(of: ",\n    \"beds\": 42", with: "")
        let scan = try #require(AssessmentScan(Array(plain.utf8)))
        #expect(scan.site.category == "EHPAD")
        #expect(scan.site == (try AssessmentCodec.decode(Array(plain.utf8))).site)
    }

    /// Each of these is left to the full decoder, which reads it differently, refuses it, or
    /// keeps part of it aside.
    @Test(arguments: [
        ("\"format\": 1,", "\"format\": 1.0,"),
        ("\"format\": 1,", "\"format\": 10,"),
        ("\"format\": 1,", ""),
        ("\"date\": \"2026-01-02\"", "\"date\": \"2026-02-30\""),
        ("\"date\": \"2026-01-02\"", "\"date\": \"2026-01-02\", \"date\": \"2026-01-03\""),
        ("{\"id\": \"s\"}", "{\"id\": \"s\", \"ville\": \"Lille\"}"),
        ("{\"id\": \"s\"}", "{\"id\": \"\"}"),
        ("{\"id\": \"s\"}", "{\"id\": \"s\", \"finess\": \"590000000\"}"),
        ("{\"id\": \"s\"}", "{\"id\": \"s\", \"name\": \"Les \\\"Tilleuls\\\"\"}"),
        ("{\"id\": \"s\"}", "{\"id\": \"s\", \"name\": null}"),
        ("{\"id\": \"q\", \"version\": \"1\"}", "{\"id\": \"q\", \"version\": 1}"),
        ("\"t.a\": {", "\"t.\\u0061\": {"),
        ("\"t.a\": {", "\"t.é\": {"),
        ("\"value\": \"oui\"", "\"value\": \"oui\", \"value\": \"non\""),
        ("\"value\": \"oui\"", "\"value\": {\"id\": \"oui\"}"),
        ("\"value\": \"oui\"", "\"value\": \"o\\u0075i\""),
        ("\"value\": \"oui\"", "\"value\": 1e400"),
        ("\"na\": false", "\"na\": false, \"na\": true"),
        ("\"answers\": {", "\"status\": \"done\", \"answers\": {"),
        ("}}}", "}}"),
        ("}}}", "}}} x"),
        ("}}}", "}},}"),
    ])
    func unusualFilesAreLeftToTheDecoder(_ replacing: (String, String)) {
        let text = Self.plain.replacingOccurrences(of: replacing.0, with: replacing.1)
        #expect(text != Self.plain)
        #expect(AssessmentScan(Array(text.utf8)) == nil)
    }

    /// Objectives (SPEC §9) the decoder reads are read the same by the scan, unknown keys kept.
    @Test(arguments: [
        "{\"by\": 2028, \"overall\": 3}",
        "null",
        "{\"by\": 2030, \"themes\": {\"achats\": 2, \"usages\": 4}, \"indicators\": {\"energie\": -20.5}}",
        "{\"by\": 2.029e3, \"overall\": null, \"themes\": null, \"note\": [1, {\"x\": \"é\"}], \"indicators\": {}}",
        "{ \"themes\" : { } , \"by\" : 2027 }",
    ])
    func objectivesAreScannedAsTheDecoderReadsThem(_ targets: String) throws {
        let q = try #require(Self.bundled)
        let text = Self.plain.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \"targets\": \(targets),")
        #expect(text != Self.plain)
        try Self.expectSame(Array(text.utf8), q)
        #expect(try (AssessmentCodec.decode(Array(text.utf8)).targets == nil) == (targets == "null"))
    }

    /// Objectives the decoder refuses, or that only it can tell apart, are left to it.
    @Test(arguments: [
        "{\"overall\": 3}",
        "{\"by\": 2028.5}",
        "{\"by\": \"2028\"}",
        "{\"by\": 2028, \"themes\": [2]}",
        "{\"by\": 2028, \"themes\": {\"achats\": 2.5}}",
        "{\"by\": 2028, \"indicators\": {\"energie\": \"-20\"}}",
        "{\"by\": 2028, \"by\": 2029}",
        "{\"by\": 2028, \"themes\": {\"achats\": 2, \"achats\": 3}}",
        "{\"by\": 2028, \"themes\": {\"\\u0061chats\": 2}}",
        "[2028]",
        "2028",
        "{\"by\": 2028,}",
    ])
    func objectivesTheDecoderRefusesOrEscapesAreLeftToIt(_ targets: String) {
        let text = Self.plain.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \"targets\": \(targets),")
        #expect(text != Self.plain)
        #expect(AssessmentScan(Array(text.utf8)) == nil)
    }

    @Test func objectivesGivenTwiceAreLeftToTheDecoder() throws {
        let twice = "\"format\": 1, \"targets\": {\"by\": 2028}, \"targets\": {\"by\": 2029},"
        let text = Self.plain.replacingOccurrences(of: "\"format\": 1,", with: twice)
        #expect(AssessmentScan(Array(text.utf8)) == nil)
        #expect(throws: (any Error).self) { try AssessmentCodec.decode(Array(text.utf8)) }
    }

    /// A key given twice, in any object, is refused by the decoder; the scan leaves every such
    /// file to it, known key or not.
    @Test(arguments: [
        ("\"format\": 1,", "\"format\": 1, \"notes\": \"a\", \"notes\": \"b\","),
        ("\"format\": 1,", "\"format\": 1, \"r\": {\"name\": \"a\", \"name\": \"b\"},"),
        ("\"format\": 1,", "\"format\": 1, \"r\": [{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}}],"),
        ("\"format\": 1,", "\"format\": 1, \"\u{E9}\": 1, \"e\u{301}\": 2,"),
        // An ASCII key and another equal to it as text (the Kelvin sign is K): the scan compares
        // two ASCII keys on their bytes, any other pair as texts.
        ("\"format\": 1,", "\"format\": 1, \"K\": 1, \"\u{212A}\": 2,"),
        ("\"format\": 1,", "\"format\": 1, \"r\": {\"\u{212A}\": 1, \"K\": 2},"),
        ("{\"id\": \"q\", \"version\": \"1\"}", "{\"id\": \"q\", \"version\": \"1\", \"x\": 1, \"x\": 2}"),
        ("{\"id\": \"s\"}", "{\"id\": \"s\", \"id\": \"s\"}"),
        ("\"t.b\": {", "\"ailleurs.x\": {\"value\": 1}, \"ailleurs.x\": {\"value\": 2}, \"t.b\": {"),
        ("\"value\": \"oui\"", "\"value\": \"oui\", \"note\": \"a\", \"note\": \"b\""),
        ("\"value\": \"oui\"", "\"value\": \"oui\", \"at\": \"a\", \"at\": \"b\""),
        ("\"value\": \"oui\"", "\"value\": \"oui\", \"source\": 1, \"note\": \"a\", \"source\": 2"),
    ])
    func keysGivenTwiceAreRefusedByBoth(_ replacing: (String, String)) {
        let text = Self.plain.replacingOccurrences(of: replacing.0, with: replacing.1)
        #expect(text != Self.plain)
        #expect((try? AssessmentCodec.decode(Array(text.utf8))) == nil)
        #expect(AssessmentScan(Array(text.utf8)) == nil)
    }

    @Test func otherKeysOnceEachStillScan() throws {
        let text = Self.plain.replacingOccurrences(of: "\"value\": \"oui\"", with: "\"value\": \"oui\", \"source\": 1, \"note\": \"a\", \"at\": \"b\", \"x\": 2")
            .replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \"notes\": \"n\", \"r\": {\"name\": \"a\", \"role\": \"b\"},")
        #expect(AssessmentScan(Array(text.utf8)) != nil)
        #expect((try? AssessmentCodec.decode(Array(text.utf8))) != nil)
    }

    /// What the scan steps over is checked as strictly as the decoder checks it: a file the
    /// scan accepts always decodes.
    @Test(arguments: [
        "\"notes\": \"\\ud800\"", "\"notes\": \"\\x\"", "\"notes\": \"\u{01}\"", "\"notes\": [1,]",
        "\"notes\": 01", "\"notes\": -", "\"notes\": tru", "\"notes\": {\"a\" 1}", "\"notes\": 1e999",
    ])
    func brokenSkippedValuesAreRefused(_ member: String) {
        let text = Self.plain.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \(member),")
        #expect((try? AssessmentCodec.decode(Array(text.utf8))) == nil)
        #expect(AssessmentScan(Array(text.utf8)) == nil)
    }

    @Test func skippedValuesWithEscapesAndAccentsAreAccepted() throws {
        let text = Self.plain.replacingOccurrences(
            of: "\"format\": 1,",
            with: "\"format\": 1, \"notes\": \"ligne\\nsuivante « \\u00e9 » \\ud83d\\ude00 é\", \"x\": [{\"y\": -1.5e3}, null, false],")
        #expect(AssessmentScan(Array(text.utf8)) != nil)
    }

    @Test func twoAnswersToOneQuestionAreRefusedByBoth() {
        let text = Self.plain.replacingOccurrences(of: "\"t.b\"", with: "\"t.a\"")
        #expect(AssessmentScan(Array(text.utf8)) == nil)
        #expect(AssessmentCodecTests.failure(text).hasPrefix("la clé « t.a » figure deux fois dans un même objet (ligne 2,"))
    }

    /// Past the scan's first table of ids (64), which then grows: a repeated id is still found,
    /// wherever it stands, and ids that are all different still scan.
    @Test(arguments: [0, 1, 63, 64, 65, 199])
    func aRepeatedIdAmongManyIsFound(repeating k: Int) {
        let ids = (0..<200).map { "x.q\($0)" }
        func file(_ ids: [String]) -> [UInt8] {
            let answers = ids.map { "\"\($0)\": {\"value\": 1}" }.joined(separator: ", ")
            return Array(Self.plain.replacingOccurrences(of: "\"answers\": {", with: "\"answers\": {\(answers), ").utf8)
        }
        #expect(AssessmentScan(file(ids)) != nil)
        #expect(AssessmentScan(file(ids + [ids[k]])) == nil)
        #expect(AssessmentScan(file([ids[k]] + ids)) == nil)
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var rng = SplitMix64(seed: 20261129)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                    0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x8F, 0x90, 0x9F, 0xA0]
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 7)
            let bytes = (0..<count).map { _ in interesting[Int(rng.next() % UInt64(interesting.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let actual = bytes.withUnsafeBufferPointer { JSONScanner.isValidUTF8($0) }
            #expect(actual == expected, "\(bytes)")
        }
    }
}
