import Testing
@testable import SobreCore
@testable import SobreJSON

/// The strict JSON parser and the writer that keeps key order.
@Suite struct JSONTests {
    static func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    /// The error as `line:column: message`, or "" when the text parses.
    static func failure(_ bytes: [UInt8]) -> String {
        do {
            _ = try JSONParser.parse(bytes)
            return ""
        } catch {
            return error.description
        }
    }

    static func failure(_ text: String) -> String { failure(Array(text.utf8)) }

    static func compact(_ value: JSONValue) -> String { JSONWriter.string(value, pretty: false) }

    // MARK: - Strings

    /// The streamed writer gives the bytes of the pretty writer for the same value.
    @Test func streamWritesAsThePrettyWriter() {
        var stream = JSONStream(level: 0)
        stream.beginObject()
        stream.key("site")
        stream.string("Foyer « Les Tilleuls »\n")
        stream.key("score")
        stream.number(62.5)
        stream.key("level")
        stream.null()
        stream.key("plan")
        stream.strings(["a", "b"])
        stream.key("history")
        stream.beginArray()
        stream.beginObject()
        stream.key("delta")
        stream.number(-0.0)
        stream.endObject()
        stream.beginArray()
        stream.endArray()
        stream.endArray()
        stream.key("empty")
        stream.beginObject()
        stream.endObject()
        stream.endObject()
        let value = JSONValue.object(JSONObject([
            ("site", .string("Foyer « Les Tilleuls »\n")), ("score", .number(62.5)), ("level", .null),
            ("plan", .array([.string("a"), .string("b")])),
            ("history", .array([.object(JSONObject([("delta", .number(-0.0))])), .array([])])),
            ("empty", .object(JSONObject())),
        ]))
        var expected: [UInt8] = []
        JSONWriter.appendPretty(value, to: &expected, level: 0)
        #expect(String(decoding: stream.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// Lines start with the pretty writer's indentation at every depth: below, at and past the
    /// eight spaces stored at once and the 30 of `JSONWriter.lineStart`, from a starting level too.
    @Test(arguments: [0, 3])
    func streamIndentsEveryDepthAsThePrettyWriter(start: Int) {
        for depth in 0...20 {
            var stream = JSONStream(level: start)
            var value = JSONValue.array([.number(1), .string("a")])
            for _ in 0..<depth {
                stream.beginObject()
                stream.key("k")
            }
            stream.beginArray()
            stream.beginArray()
            stream.endArray()
            stream.number(1)
            stream.string("a")
            stream.endArray()
            for _ in 0..<depth { stream.endObject() }
            for _ in 0..<depth { value = .object(JSONObject([("k", value)])) }
            // The array of scalars is on one line in a tree; streamed, each element has its own.
            var expected: [UInt8] = []
            JSONWriter.appendPretty(value, to: &expected, level: start)
            let text = String(decoding: expected, as: UTF8.self)
            let inner = String(repeating: " ", count: 2 * (start + depth + 1))
            let streamed = text.replacingOccurrences(of: "[1, \"a\"]", with: "[\n\(inner)[],\n\(inner)1,\n\(inner)\"a\"\n\(inner.dropLast(2))]")
            #expect(String(decoding: stream.bytes, as: UTF8.self) == streamed, "depth \(depth)")
        }
    }

    /// Closing what was never opened, or a key outside an object, writes what it can and never traps.
    @Test func streamMisuseDoesNotTrap() {
        var stream = JSONStream(level: 0)
        stream.endObject()
        stream.key("x")
        stream.endArray()
        #expect(String(decoding: stream.bytes, as: UTF8.self) == "}\"x\": ]")
    }

    /// The word-at-a-time test of a text that needs no escape finds every byte that does, at every
    /// place in a word and in the bytes after the last whole word.
    @Test func needsNoEscapeFindsEveryByteEverywhere() {
        func byByte(_ bytes: [UInt8]) -> Bool {
            !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }
        }
        var disagreements = 0
        for length in [1, 7, 8, 9, 16, 19] {
            for place in 0..<length {
                for b in 0...255 {
                    // Around it, a byte just above each flagged range, so that a borrow would show.
                    var bytes = (0..<length).map { [0x20, 0x23, 0x5D, 0x80, 0xE3, 0x61][$0 % 6] as UInt8 }
                    bytes[place] = UInt8(b)
                    let quick = bytes.withUnsafeBufferPointer { JSONWriter.needsNoEscape($0) }
                    if quick != byByte(bytes) { disagreements += 1 }
                }
            }
        }
        #expect(disagreements == 0)
        #expect([UInt8]().withUnsafeBufferPointer { JSONWriter.needsNoEscape($0) })
        #expect(Array("assessments/ehpad-les-tilleuls/2026-05-04.json".utf8).withUnsafeBufferPointer { JSONWriter.needsNoEscape($0) })
        #expect(!Array("Les « Tilleuls » – EHPAD".utf8).withUnsafeBufferPointer { JSONWriter.needsNoEscape($0) })
    }

    @Test func escapesAreRead() throws {
        #expect(try Self.parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        #expect(try Self.parse(#""\u00e9\u20AC\u0041""#) == .string("é€A"))
        #expect(try Self.parse(#""\u0000""#) == .string("\u{0}"))
        #expect(try Self.parse(#""déjà vu ✓""#) == .string("déjà vu ✓"))
    }

    @Test func escapesAreWritten() {
        #expect(Self.compact(.string("a\"b\\c/d\u{8}\u{C}\n\r\t")) == #""a\"b\\c/d\u0008\u000c\n\r\t""#)
        #expect(Self.compact(.string("\u{0}\u{1F}\u{7F}")) == #""\u0000\u001f\u007f""#)
        #expect(Self.compact(.string("\u{2028}\u{2029}")) == #""\u2028\u2029""#)
        #expect(Self.compact(.string("é😀")) == "\"é😀\"")
    }

    @Test func surrogatePairs() throws {
        #expect(try Self.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try Self.parse(#""x\uD834\uDD1Ey""#) == .string("x𝄞y"))
        #expect(Self.failure(#""\ud83d""#) == "1:8: lone surrogate in a \\u escape")
        #expect(Self.failure(#""\ud83dx""#) == "1:8: lone surrogate in a \\u escape")
        #expect(Self.failure(#""\ude00""#) == "1:8: lone surrogate in a \\u escape")
        #expect(Self.failure(#""\ud83d\u0041""#) == "1:14: invalid surrogate pair")
    }

    @Test func badEscapes() {
        #expect(Self.failure(#""\x""#) == "1:4: invalid escape")
        #expect(Self.failure(#""\u12zz""#) == "1:6: invalid hex digit in a \\u escape")
        #expect(Self.failure(#""\u12"#) == "1:4: short \\u escape")
        #expect(Self.failure("\"a\u{1}\"") == "1:3: control character in a string")
        #expect(Self.failure("\"a\nb\"") == "1:3: control character in a string")
        #expect(Self.failure("\"abc") == "1:5: unterminated string")
        #expect(Self.failure("\"a\\n") == "1:5: unterminated string")
    }

    @Test func invalidUTF8() {
        #expect(Self.failure([0x22, 0xC3, 0x28, 0x22]) == "1:4: invalid UTF-8 in a string")
        // After an escape, on the slow path.
        #expect(Self.failure([0x22, 0x5C, 0x6E, 0xFF, 0x22]) == "1:6: invalid UTF-8 in a string")
        // An encoded surrogate and an overlong slash are not UTF-8.
        #expect(Self.failure([0x22, 0xED, 0xA0, 0x80, 0x22]).hasSuffix("invalid UTF-8 in a string"))
        #expect(Self.failure([0x22, 0xC0, 0xAF, 0x22]).hasSuffix("invalid UTF-8 in a string"))
        #expect(Self.failure([0xFF]) == "1:1: unexpected character")
    }

    // MARK: - Numbers

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (42, "42"), (-7, "-7"), (1e14, "100000000000000"), (123456789012345, "123456789012345"),
        (0.1, "0.1"), (-2.5, "-2.5"), (1.0 / 3, "0.3333333333333333"), (0.1 + 0.2, "0.30000000000000004"),
        (1e15, "1000000000000000"), (-9007199254740992, "-9007199254740992"), (9.999999999999998e15, "9999999999999998"),
        (1e16, "1e+16"), (1.5e16, "1.5e+16"), (1e-7, "1e-07"), (.leastNonzeroMagnitude, "5e-324"),
        (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ] as [(Double, String)])
    func numbersAreWrittenShortest(value: Double, text: String) throws {
        #expect(JSONWriter.number(value) == text)
        var bytes = Array("x".utf8)
        JSONWriter.appendNumber(value, to: &bytes)
        #expect(bytes == Array("x\(text)".utf8))
        // And read back exactly.
        #expect(try Self.parse(text) == .number(value))
    }

    /// Every fractional number is written as `Double` describes itself, whatever its length,
    /// through the stack buffer of `DigitSink`.
    @Test func fractionalNumbersAreTheirDescription() {
        // Seeded, so that a number written wrong is written wrong again on the next run.
        var generator = SplitMix64(seed: 15)
        for _ in 0..<2_000 {
            let x = Double(bitPattern: generator.next())
            guard x.isFinite, x.rounded() != x || abs(x) >= 1e16 else { continue }
            #expect(JSONWriter.number(x) == x.description)
        }
    }

    /// Text past the sink's 32 bytes of its own, in pieces, comes out whole and in order.
    @Test func aDigitSinkKeepsTextPastItsOwnRoom() {
        for pieces in [["1.5"], [String(repeating: "7", count: 32)], ["12345678901234567890", "abcdefghijklmn", "XYZ"],
                       Array(repeating: "0123456789", count: 7)] {
            var sink = DigitSink()
            for (k, piece) in pieces.enumerated() {
                if k.isMultiple(of: 2) {
                    sink.write(piece)
                } else {
                    Array(piece.utf8).withUnsafeBufferPointer { sink._writeASCII($0) }
                }
            }
            var out: [UInt8] = []
            sink.withBytes { out.append(contentsOf: $0) }
            #expect(String(decoding: out, as: UTF8.self) == pieces.joined())
        }
    }

    @Test func nonFiniteNumbersAreWrittenAsNull() {
        #expect(JSONWriter.number(.infinity) == "null")
        #expect(JSONWriter.number(.nan) == "null")
        for x in [Double.infinity, -.infinity, .nan] {
            var bytes: [UInt8] = []
            JSONWriter.appendNumber(x, to: &bytes)
            #expect(bytes == Array("null".utf8))
        }
    }

    /// A line start is a line feed and two spaces a level, on both sides of the levels the
    /// writer keeps ready (up to 15).
    @Test func lineStartsAtEveryLevel() {
        for level in 0..<40 {
            var bytes = Array("x".utf8)
            JSONWriter.appendNewline(to: &bytes, level: level)
            #expect(bytes == Array("x".utf8) + [0x0A] + Array(repeating: UInt8(ascii: " "), count: 2 * level), "level \(level)")
        }
    }

    /// Numbers appended to bytes are the text of the rule (an integer below 1e16, else Swift's
    /// shortest form), for doubles of every magnitude and sign, whole or not, and the digits land
    /// after what the bytes held.
    @Test func appendedNumbersAreTheirText() {
        var rng = SplitMix64(seed: 20261201)
        for k in 0..<20_000 {
            let x: Double = switch k % 3 {
            case 0: Double(bitPattern: rng.next())
            case 1: Double(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 64))
            default: Double(Int64(bitPattern: rng.next()) % 100_000) / 64
            }
            var bytes = Array("[".utf8)
            JSONWriter.appendNumber(x, to: &bytes)
            let text = !x.isFinite ? "null" : x.rounded() == x && abs(x) < 1e16 ? String(Int64(x)) : "\(x)"
            #expect(bytes == Array("[\(text)".utf8), "\(x.bitPattern)")
            #expect(JSONWriter.number(x) == text)
        }
    }

    @Test func numbersAreRead() throws {
        #expect(try Self.parse("1E2") == .number(100))
        #expect(try Self.parse("-0.5e-1") == .number(-0.05))
        #expect(try Self.parse(" 12 ") == .number(12))
        #expect(Self.failure("1e400") == "1:1: number out of range")
        #expect(Self.failure("01") == "1:2: unexpected text after the JSON value")
        #expect(Self.failure("1.") == "1:3: invalid number")
        #expect(Self.failure("1e") == "1:3: invalid number")
        #expect(Self.failure("-") == "1:2: invalid number")
        #expect(Self.failure(".5") == "1:1: unexpected character")
        #expect(Self.failure("+1") == "1:1: unexpected character")
        #expect(Self.failure("NaN") == "1:1: unexpected character")
    }

    /// A number too large for a Double, even one that ends the file, is located at its start
    /// and said to be too large: the file is not truncated.
    @Test func aNumberTooLargeIsNotATruncatedFile() throws {
        for text in ["1e999999", "[1, -2e400]", "{\"a\":\n 1e999999}"] {
            #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
            do {
                _ = try JSONParser.parse(Array(text.utf8))
            } catch {
                #expect(error.numberOutOfRange, "\(text)")
                #expect(!error.atEnd, "\(text)")
            }
        }
        #expect(Self.failure("{\"a\":\n 1e999999}") == "2:2: number out of range")
        for (text, column) in [("1e999999", 1), ("{\"format\": 1e999999}", 12)] {
            #expect(throws: AssessmentCodec.ReadError(message: "un nombre est trop grand pour être lu (ligne 1, colonne \(column)) : au-delà de ±1,8 × 10^308")) {
                try AssessmentCodec.decode(Array(text.utf8))
            }
        }
        // A number cut short is still a truncated file.
        #expect(throws: AssessmentCodec.ReadError.self) { try AssessmentCodec.decode(Array("{\"format\": 1".utf8)) }
        do {
            _ = try AssessmentCodec.decode(Array("{\"format\": 1".utf8))
        } catch {
            #expect(error.message.contains("tronqué"))
        }
    }

    // MARK: - Structure

    @Test func keyOrderIsKept() throws {
        let text = #"{"zeta":1,"alpha":{"b":[true,false,null],"a":"x"},"mu":[],"nu":{}}"#
        let value = try Self.parse(text)
        #expect(value.objectValue?.keys == ["zeta", "alpha", "mu", "nu"])
        #expect(value.objectValue?["alpha"]?.objectValue?.keys == ["b", "a"])
        #expect(Self.compact(value) == text)
    }

    /// Which of two values was meant cannot be told: refused, at the second key.
    @Test func keyGivenTwiceIsRefused() throws {
        #expect(Self.failure(#"{"a": 1, "b": 2, "a": 3}"#) == "1:18: key given twice in one object")
        #expect(Self.failure("{\"x\": [{\"a\": 1,\n  \"\\u0061\": 2}]}") == "2:3: key given twice in one object")
        // Keys are texts: « é » written precomposed and as « e » with an accent are one key.
        #expect(Self.failure("{\"\u{E9}\": 1, \"e\u{301}\": 2}") == "1:10: key given twice in one object")
        // Above the size where objects keep a table, the same.
        let many = (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(Self.failure("{\(many), \"k7\": 0}").hasSuffix("key given twice in one object"))
        do {
            _ = try Self.parse(#"{"a": 1, "a": 2}"#)
            Issue.record("parsed")
        } catch {
            #expect(error.repeatedKey == "a")
        }
        #expect(Self.compact(try Self.parse(#"{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}"#)) == #"{"a":{"a":1},"b":[{"a":2},{"a":3}]}"#)
    }

    @Test func prettyLayout() {
        let value = JSONValue.object(JSONObject([
            ("a", .array([.number(1), .string("x")])),
            ("b", .object(JSONObject([("c", .null)]))),
            ("d", .array([.object(JSONObject([("e", .bool(true))])), .array([])])),
            ("f", .object(JSONObject())),
        ]))
        #expect(JSONWriter.string(value) == """
            {
              "a": [1, "x"],
              "b": {
                "c": null
              },
              "d": [
                {
                  "e": true
                },
                []
              ],
              "f": {}
            }

            """)
    }

    @Test func syntaxErrorsAreLocated() {
        #expect(Self.failure("{\n  \"a\": tru\n}") == "2:8: unexpected word")
        #expect(Self.failure("{\"a\" 1}") == "1:6: expected ':' after a key")
        #expect(Self.failure("{a: 1}") == "1:2: expected a quoted key")
        #expect(Self.failure("[1 2]") == "1:4: expected ',' or ']'")
        #expect(Self.failure("[1,]") == "1:4: unexpected character")
        #expect(Self.failure("{} {}") == "1:4: unexpected text after the JSON value")
        #expect(Self.failure("  ") == "1:3: unexpected end of file")
        #expect(Self.failure("[\n\"é\",\n\"ü\" x]") == "3:5: expected ',' or ']'")
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(1)]))
    }

    // MARK: - Depth

    @Test func nestingUpToTheLimit() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try Self.parse(text)
        var levels = 0
        while case .array(let items) = value, let first = items.first {
            value = first
            levels += 1
        }
        #expect(levels == depth - 1)
    }

    @Test func deepNestingIsRefused() {
        let depth = JSONParser.maximumDepth + 1
        #expect(Self.failure(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
                == "1:\(depth): nesting too deep")
        #expect(Self.failure(String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth))
                == "1:\(5 * (depth - 1) + 1): nesting too deep")
        // Far deeper: still an error, not a crash.
        #expect(Self.failure(String(repeating: "[", count: 200_000)) == "1:\(depth): nesting too deep")
    }
}
