import SobreCore
import SobreJSON
import Testing

/// The one JSON grammar: a string stepped over (as the assessment scan does) is accepted exactly
/// when the parser decodes it, and fails with the parser's message at the parser's place.
@Suite struct JSONScannerTests {
    /// What the scanner says of `bytes`, a string token: the decoded text or the failure and
    /// where it stands, stepping over (`decoding` false) or decoding.
    static func scan(_ bytes: [UInt8], decoding: Bool) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            var decoded: [UInt8] = []
            do throws(JSONScanner.Failure) {
                let plain = decoding ? try scanner.string(decodingInto: &decoded) : try scanner.string()
                guard decoding else { return "ok at \(scanner.index)" }
                let text = plain.map { String(decoding: buffer[$0.range], as: UTF8.self) } ?? String(decoding: decoded, as: UTF8.self)
                return "ok at \(scanner.index): \(text)"
            } catch {
                return "\(error.message) at \(scanner.index)"
            }
        }
    }

    /// The scanner steps over plain strings eight bytes at a time, and over short ones in three
    /// words at once (`shortPlainString`, when 24 bytes follow the opening quote: the text after
    /// the string is 3 bytes long or 32): whatever the place of the byte that ends the fast path
    /// (a quote, a backslash, a control character) or of a byte above 0x7F, in the word or at its
    /// edges, it ends where a byte-by-byte reading ends.
    @Test(arguments: [3, 32])
    func theWordAtATimePathStopsWhereTheByteLoopStops(after tail: Int) {
        for length in 0..<26 {
            for position in 0...length {
                for special: [UInt8] in [[0x22], [0x5C, 0x6E], [0x01], [0x1F], [0xC3, 0xA9], [0x7F], [0x20], [0x21], [0x23], [0x5B], [0x5D]] {
                    var text: [UInt8] = Array(repeating: UInt8(ascii: "a"), count: length)
                    text.insert(contentsOf: special, at: position)
                    let bytes = [0x22] + text + [0x22] + Array(repeating: UInt8(ascii: " "), count: tail)
                    let got = Self.scan(bytes, decoding: false)
                    // The reference: the string ends at the first quote not escaped.
                    var k = 1, expected = "", ascii = true
                    while true {
                        let b = bytes[k]
                        if b == 0x22 { expected = "ok at \(k + 1)"; break }
                        if b < 0x20 { expected = "control character in a string at \(k)"; break }
                        if b == 0x5C { k += 2; continue }
                        if b >= 0x80 { ascii = false }
                        k += 1
                    }
                    #expect(got == expected, "\(special) at \(position) of \(length)")
                    if special != [0x5C, 0x6E], expected.hasPrefix("ok") {
                        let plain = bytes.withUnsafeBufferPointer { buffer in
                            var scanner = JSONScanner(buffer)
                            return try? scanner.string()
                        }
                        #expect(plain?.isASCII == ascii, "\(special) at \(position) of \(length)")
                    }
                }
            }
        }
    }

    /// White space is stepped over to the first byte that is not white space.
    @Test func whiteSpaceIsSteppedOverToTheFirstOtherByte() {
        for length in 0..<20 {
            for other: UInt8 in [0x0A, 0x09, 0x0D, UInt8(ascii: "x")] {
                for position in 0...length {
                    var bytes = Array(repeating: UInt8(0x20), count: length)
                    bytes.insert(other, at: position)
                    bytes += [UInt8(ascii: "}")]
                    let stop = bytes.withUnsafeBufferPointer { buffer in
                        var scanner = JSONScanner(buffer)
                        scanner.skipWhitespace()
                        return scanner.index
                    }
                    let expected = other == UInt8(ascii: "x") ? position : length + 1
                    #expect(stop == expected, "\(other) at \(position) of \(length)")
                }
            }
        }
    }

    /// Runs of indentation, line feeds, tabs and returns mixed at random, then one other byte
    /// (or the end): stepped over to exactly where a byte loop stops.
    @Test func mixedWhiteSpaceStopsWhereAByteLoopStops() {
        var rng = SplitMix64(seed: 1201)
        let white: [UInt8] = [0x20, 0x20, 0x20, 0x20, 0x0A, 0x09, 0x0D]
        for _ in 0..<5000 {
            var bytes = (0..<Int(rng.next() % 40)).map { _ in white[Int(rng.next() % UInt64(white.count))] }
            if rng.next() % 5 != 0 { bytes.append([UInt8(ascii: "x"), 0x21, 0x00, 0x1F, 0xA0, 0x0B][Int(rng.next() % 6)]) }
            bytes += (0..<Int(rng.next() % 9)).map { _ in white[Int(rng.next() % UInt64(white.count))] }
            let stop = bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(buffer)
                scanner.skipWhitespace()
                return scanner.index
            }
            #expect(stop == bytes.firstIndex { !white.contains($0) } ?? bytes.count, "\(bytes)")
        }
    }

    @Test func steppingOverAndDecodingAStringAgreeWithTheParser() {
        var rng = SplitMix64(seed: 20261201)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), [0xC3], [0xA9], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x01],
            Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\n"#.utf8), Array(#"\x"#.utf8), Array(#"\u00e9"#.utf8),
            Array(#"\uD83D\uDE00"#.utf8), Array(#"\uD83D"#.utf8), Array(#"\uDE00"#.utf8), Array(#"\u12"#.utf8),
            Array(#"\u12G4"#.utf8), Array("\\".utf8), Array("\"".utf8),
        ]
        var accepted = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = [UInt8(ascii: "\"")]
            for _ in 0..<Int(rng.next() % 5) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            if rng.next() % 4 != 0 { bytes.append(UInt8(ascii: "\"")) }
            let stepped = Self.scan(bytes, decoding: false)
            let decoded = Self.scan(bytes, decoding: true)
            // The same verdict and the same place, decoding or not.
            #expect(stepped.hasPrefix("ok") == decoded.hasPrefix("ok"), "\(bytes)")
            if !stepped.hasPrefix("ok") { #expect(stepped == decoded, "\(bytes)") }
            // The parser reads the same token, to the same text, or refuses it with the same message.
            switch Result(catching: { () throws(JSONParser.SyntaxError) in try JSONParser.parse(bytes) }) {
            case .success(let value):
                accepted += 1
                #expect(decoded.hasSuffix(": " + (value.stringValue ?? "not a string")), "\(bytes)")
            case .failure(let error):
                if decoded.hasPrefix("ok") {
                    // Accepted as a string: the parser stopped on what follows it.
                    #expect(error.message == "unexpected text after the JSON value", "\(bytes)")
                } else {
                    #expect(decoded.hasPrefix(error.message + " at "), "\(bytes): \(error.message)")
                }
            }
        }
        #expect(accepted > 1_000)
    }

    @Test func numbersReadToTheParsersValue() {
        for text in ["0", "-0", "12", "-12.5e3", "1E+2", "123456789012345", "1234567890123456789", "0.1", "1e999999", "01", "-", "1.", "1e"] {
            let bytes = Array(text.utf8)
            let scanned: String = bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(buffer)
                do throws(JSONScanner.Failure) {
                    let value = try scanner.number()
                    return scanner.atEnd ? "\(value.bitPattern)" : "stopped"
                } catch {
                    return error.message
                }
            }
            switch Result(catching: { () throws(JSONParser.SyntaxError) in try JSONParser.parse(bytes) }) {
            case .success(let value):
                #expect(scanned == "\(value.numberValue?.bitPattern ?? 0)", "\(text)")
            case .failure(let error):
                #expect(scanned == error.message || (scanned == "stopped" && error.message == "unexpected text after the JSON value"), "\(text)")
            }
        }
    }
}
