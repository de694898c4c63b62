/// What must hold of the questionnaire loader for any bytes, checked by both fuzzers: the
/// seeded tests (`Tests/SobreFuzzTests`) and the libFuzzer harness (`Fuzz/`).
///
/// Every diagnostic has a place (line and column from 1, not past the last line) and a
/// message; errors come exactly when no questionnaire does. Internal: the fuzzers reach it
/// through `@testable import`, the product never calls it.
enum LoadingProperties {
    /// The properties `result`, loaded from `input`, breaks, in words; empty when all hold.
    static func failures(of result: QuestionnaireLoader.Result, input: [UInt8]) -> [String] {
        let lines = yamlLineCount(input)
        var failures: [String] = []
        for d in result.diagnostics {
            guard let place = d.location else {
                failures.append("a diagnostic without a place: \(d.message)")
                continue
            }
            if place.line < 1 || place.column < 1 || place.line > lines {
                failures.append("a diagnostic at \(place.line):\(place.column) (\(lines) lines): \(d.message)")
            }
            if d.message.allSatisfy(\.isWhitespace) { failures.append("an empty message at \(place)") }
        }
        if result.diagnostics.hasErrors != (result.questionnaire == nil) {
            failures.append("errors \(result.diagnostics.hasErrors) but questionnaire \(result.questionnaire == nil ? "nil" : "present")")
        }
        return failures
    }

    /// Lines as YAML counts them: a line ends with LF, CRLF, a lone CR, NEL, LS or PS (so a file
    /// with lone carriage returns has more lines than LFs, and diagnostics may point there).
    static func yamlLineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        var k = 0
        while k < bytes.count {
            switch bytes[k] {
            case 0x0A: count += 1
            case 0x0D: count += 1
                if k + 1 < bytes.count, bytes[k + 1] == 0x0A { k += 1 }
            case 0xC2 where k + 1 < bytes.count && bytes[k + 1] == 0x85: count += 1
            case 0xE2 where k + 2 < bytes.count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9): count += 1
            default: break
            }
            k += 1
        }
        return count
    }
}
