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
