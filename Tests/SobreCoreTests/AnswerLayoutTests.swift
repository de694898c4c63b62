import Testing
@testable import SobreCore

/// A questionnaire's layout for scanned files: each choice's option found by its id's bytes,
/// wherever the value lies in the text and whatever its length.
@Suite struct AnswerLayoutTests {
    static let ids = ["a", "oui", "non_pas", "huitcarx", "neuf_cara", "quinze_caracter", "seize_caracteres", "dix_sept_caracter", "vingt_et_un_caracteres"]

    static let layout: AnswerLayout? = {
        let options = ids.map { AnswerOption(id: $0, label: $0, score: 0) }
        let questions = [Question(id: "m", themeID: "t", text: "?", kind: .multiple(options)),
                         Question(id: "n", themeID: "t", text: "?", kind: .number(.init()))]
        let theme = Theme(id: "t", title: "T", questions: questions)
        return AnswerLayout(Questionnaire(id: "q", version: "1", language: .fr, title: "", levels: [], themes: [theme], actions: []))
    }()

    /// `text` quoted, after `before` bytes, followed by `after` bytes: what `option` is given.
    static func found(_ text: String, before: Int, after: Int, at position: Int = 0) throws -> String? {
        let layout = try #require(Self.layout)
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: before) + Array(text.utf8) + [UInt8](repeating: UInt8(ascii: "y"), count: after)
        guard let found = bytes.withUnsafeBufferPointer({ layout.option(at: position, $0, before..<(before + text.utf8.count)) }) else { return nil }
        // The position given is the option's, which scoring reads its score at.
        #expect(Self.ids.indices.contains(found.index) && Self.ids[found.index] == found.id, "\(text): \(found)")
        return found.id
    }

    @Test func everyOptionIsFoundAnywhereInTheText() throws {
        for id in Self.ids {
            for (before, after) in [(0, 0), (3, 0), (0, 1), (5, 20), (40, 2)] {
                #expect(try Self.found(id, before: before, after: after) == id, "\(id) \(before) \(after)")
            }
        }
    }

    /// Bytes that are no option's id, one byte off in any place, or an option's id cut short or
    /// made longer, find none: the scan then makes the text itself.
    @Test func otherBytesFindNoOption() throws {
        for id in Self.ids {
            var bytes = Array(id.utf8)
            for k in bytes.indices {
                let kept = bytes[k]
                bytes[k] = kept == UInt8(ascii: "z") ? UInt8(ascii: "w") : UInt8(ascii: "z")
                #expect(try Self.found(String(decoding: bytes, as: UTF8.self), before: 2, after: 30) == nil, "\(id) at \(k)")
                #expect(try Self.found(String(decoding: bytes, as: UTF8.self), before: 2, after: 0) == nil, "\(id) at \(k), at the end")
                bytes[k] = kept
            }
            #expect(try Self.found(id + "s", before: 0, after: 20) == nil)
            #expect(try Self.found(String(id.dropLast()), before: 0, after: 20) == nil)
        }
        #expect(try Self.found("", before: 4, after: 20) == nil)
        // The number question has no options; a position beyond the questions has none either.
        #expect(try Self.found("oui", before: 0, after: 20, at: 1) == nil)
        #expect(try Self.found("oui", before: 0, after: 20, at: 7) == nil)
    }
}
