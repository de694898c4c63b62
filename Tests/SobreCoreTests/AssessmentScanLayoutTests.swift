import Foundation
import Testing
@testable import SobreCore
import SobreJSON

/// The scan's quick reading of answers laid out as the interview writes them
/// (`ScanReader.laidOutAnswer`): the same slots as the full decoder, and, for every variant of the
/// layout or of the members, either the same slots again (read the general way) or the file left
/// to the decoder when the decoder refuses it.
@Suite struct AssessmentScanLayoutTests {
    /// A file as `AssessmentCodec` writes it, with the answers at their usual depth, in the order given.
    static func written(_ answers: KeyValuePairs<String, Answer>) -> [UInt8] {
        var a = Assessment(questionnaire: .init(id: "q", version: "1", sha256: nil), site: .init(id: "s"), date: "2026-01-02")
        for (id, answer) in answers { a.answers[id] = answer }
        return AssessmentCodec.bytes(a)
    }

    static let ids = ["t.a", "t.b", "t.c", "t.d"]

    static func slots(_ bytes: [UInt8]) -> [AnswerSlot?]? {
        AssessmentScan(bytes)?.slots(ids: ids.map { Array($0.utf8) }, positions: Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) }))
    }

    static func decoded(_ bytes: [UInt8]) -> [AnswerSlot?]? {
        guard let full = try? AssessmentCodec.decode(bytes) else { return nil }
        return ids.map { full.answers[$0].map(AnswerSlot.init) }
    }

    static let sample: [UInt8] = {
        var inherited = Answer(value: .string("oui"), at: "2026-01-02T09:00:00Z")
        inherited.inherited = true
        return written([
            "t.a": inherited,
            "t.b": Answer(value: .array([.string("x"), .string("y")]), note: "« vu » \"ici\"", at: "2026-01-02T10:00:00Z"),
            "t.c": Answer(notApplicable: true),
            "t.d": Answer(value: .number(12.5)),
        ])
    }()

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func theWrittenLayoutIsTheOneRecognised() {
        let text = Self.text(Self.sample)
        // The words compared are those the writer puts between an answer's members.
        #expect(text.contains("\"t.a\": {\n      \"value\": \"oui\",\n      \"at\": "))
        #expect(text.contains(",\n      \"inherited\": true\n    }"))
        #expect(LaidOut.open == AnswerKeyWord.packed(": {\n    "))
        #expect(LaidOut.indentRest == AnswerKeyWord.packed("  "))
        #expect(LaidOut.colon == AnswerKeyWord.packed(": "))
        #expect(LaidOut.next == AnswerKeyWord.packed(",\n      "))
        #expect(LaidOut.close == AnswerKeyWord.packed("\n    }"))
        #expect(LaidOut.inherited == AnswerKeyWord.packed("\"inherit"))
        #expect(LaidOut.inheritedRest == AnswerKeyWord.packed("ed\""))
    }

    @Test func theWrittenFileScansToTheDecodersSlots() throws {
        let slots = try #require(Self.slots(Self.sample))
        #expect(slots == Self.decoded(Self.sample))
        #expect(slots[0] == AnswerSlot(value: .string("oui"), notApplicable: false))
        #expect(slots[1] == AnswerSlot(value: .array([.string("x"), .string("y")]), notApplicable: false))
        #expect(slots[2] == AnswerSlot(value: nil, notApplicable: true))
        #expect(slots[3] == AnswerSlot(value: .number(12.5), notApplicable: false))
    }

    /// What becomes of a changed file.
    enum Outcome: Sendable {
        /// The scan reads it, to the decoder's slots.
        case scanned
        /// The scan gives up and the decoder reads it.
        case decoded
        /// Both refuse it.
        case refused
    }

    /// Each change is made to the written sample.
    @Test(arguments: [
        // Another layout: read the general way.
        ("\"t.a\": {\n      \"value\"", "\"t.a\": {\n       \"value\"", Outcome.scanned),
        ("\"t.a\": {\n      \"value\"", "\"t.a\" : {\n      \"value\"", .scanned),
        ("\"t.a\": {\n      \"value\"", "\"t.a\": {\"value\"", .scanned),
        ("\"value\": \"oui\",\n", "\"value\" : \"oui\",\n", .scanned),
        ("\"value\": \"oui\",\n      ", "\"value\": \"oui\", ", .scanned),
        ("\"inherited\": true\n    }", "\"inherited\": true }", .scanned),
        // Other values of the members the quick reading follows.
        ("\"inherited\": true", "\"inherited\": \"oui\"", .scanned),
        ("\"inherited\": true", "\"inherited\": false", .scanned),
        ("\"na\": true", "\"na\": \"oui\"", .scanned),
        ("\"na\": true", "\"na\": false", .scanned),
        ("\"value\": \"oui\"", "\"value\": null", .scanned),
        ("\"value\": 12.5", "\"value\": -0.125e2", .scanned),
        ("\"value\": [\"x\", \"y\"]", "\"value\": [ \"x\" ,\"y\" ]", .scanned),
        ("\"at\": \"2026-01-02T10:00:00Z\"", "\"at\": 5", .scanned),
        // Members the quick reading does not know, once or twice.
        ("\"inherited\": true", "\"inherited\": true,\n      \"source\": 1", .scanned),
        ("\"inherited\": true", "\"inherited\": true,\n      \"inherited\": true", .refused),
        ("\"inherited\": true", "\"inherited\": true,\n      \"at\": \"x\"", .refused),
        ("\"na\": true", "\"na\": true,\n      \"na\": true", .refused),
        ("\"value\": \"oui\",", "\"value\": \"oui\",\n      \"value\": \"non\",", .refused),
        // An escaped value is the decoder's to read.
        ("\"value\": \"oui\"", "\"value\": \"o\\u0075i\"", .decoded),
        // Values the decoder refuses.
        ("\"value\": \"oui\"", "\"value\": \"o\u{01}i\"", .refused),
        ("\"value\": 12.5", "\"value\": 12.", .refused),
        ("\"value\": 12.5", "\"value\": 1e999", .refused),
        ("\"value\": [\"x\", \"y\"]", "\"value\": [\"x\", ]", .refused),
        ("\"inherited\": true", "\"inherited\": tru", .refused),
    ])
    func variantsAreReadAsTheDecoderReadsThem(_ original: String, _ replacement: String, _ outcome: Outcome) throws {
        let text = Self.text(Self.sample)
        #expect(text.contains(original), "the sample has \(original)")
        let changed = Array(text.replacingOccurrences(of: original, with: replacement).utf8)
        #expect(changed != Self.sample)
        let decoded = Self.decoded(changed)
        let scanned = Self.slots(changed)
        switch outcome {
        case .scanned:
            #expect(scanned != nil)
            #expect(scanned == decoded)
        case .decoded:
            #expect(scanned == nil)
            #expect(decoded != nil)
        case .refused:
            #expect(scanned == nil)
            #expect(decoded == nil)
        }
    }

    /// The written sample's four answers are all read the quick way; each change of layout sends
    /// the answer it touches, and it alone, the general way.
    @Test func theQuickWayIsTakenForTheWrittenLayoutOnly() throws {
        #expect(try #require(AssessmentScan(Self.sample)).laidOutAnswers == 4)
        let text = Self.text(Self.sample)
        for (original, replacement) in [("\"t.a\": {\n      \"value\"", "\"t.a\": {\n       \"value\""),
                                        ("\"value\": \"oui\"", "\"value\":  \"oui\""),
                                        ("\"na\": true\n    }", "\"na\": true\n     }"),
                                        ("\"inherited\": true", "\"inherited\": \"oui\"")] {
            let changed = Array(text.replacingOccurrences(of: original, with: replacement).utf8)
            let scan = try #require(AssessmentScan(changed), "\(replacement)")
            #expect(scan.laidOutAnswers == 3, "\(replacement)")
            #expect(Self.slots(changed) == Self.decoded(changed), "\(replacement)")
        }
    }
}
