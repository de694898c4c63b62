/// A strict RFC 8259 parser over UTF-8 bytes, bounded in depth, that reports where it stopped.
public struct JSONParser {
    /// Deeper nesting is refused rather than risking the stack.
    public static let maximumDepth = 256

    /// Why a text is not JSON, with the 1-based line and column of the problem.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        /// The text ended before the JSON value did: the usual sign of a truncated file.
        public var atEnd = false
        /// A number beyond the range of a `Double` (such as `1e999999`), at `line` and `column`:
        /// valid JSON, but not one this parser can hold.
        public var numberOutOfRange = false
        /// The key given twice in one object, placed at its second occurrence: which value is
        /// meant cannot be told, so the text is refused.
        public var repeatedKey: String?
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// The tokens, read by the grammar `AssessmentScan` reads with too.
    private var scanner: JSONScanner
    private var depth = 0
    /// The decoded bytes of the last escaped string, its storage kept from one string to the next.
    private var decoded: [UInt8] = []

    /// Parses one JSON document.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, SyntaxError> in
            var parser = JSONParser(scanner: JSONScanner(buffer))
            do throws(SyntaxError) {
                return .success(try parser.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(scanner: JSONScanner) { self.scanner = scanner }

    private mutating func document() throws(SyntaxError) -> JSONValue {
        scanner.skipByteOrderMark()
        scanner.skipWhitespace()
        let value = try parseValue()
        scanner.skipWhitespace()
        guard scanner.atEnd else { throw error("unexpected text after the JSON value") }
        return value
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard let first = scanner.byte else { throw error("unexpected end of file") }
        switch first {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            do throws(JSONScanner.Failure) {
                return .number(try scanner.number())
            } catch {
                throw self.error(error)
            }
        default: throw error("unexpected character")
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        scanner.index += 1
        var pairs: [(key: String, value: JSONValue)] = []
        var keyStarts: [Int] = []
        scanner.skipWhitespace()
        if scanner.at(UInt8(ascii: "}")) { scanner.index += 1; depth -= 1; return .object(JSONObject()) }
        while true {
            scanner.skipWhitespace()
            guard scanner.at(UInt8(ascii: "\"")) else { throw error("expected a quoted key") }
            keyStarts.append(scanner.index)
            let key = try parseString()
            scanner.skipWhitespace()
            guard scanner.at(UInt8(ascii: ":")) else { throw error("expected ':' after a key") }
            scanner.index += 1
            scanner.skipWhitespace()
            pairs.append((key, try parseValue()))
            scanner.skipWhitespace()
            if scanner.at(UInt8(ascii: ",")) { scanner.index += 1; continue }
            if scanner.at(UInt8(ascii: "}")) { scanner.index += 1; break }
            throw error("expected ',' or '}'")
        }
        depth -= 1
        do throws(JSONObject.RepeatedKey) {
            return .object(try JSONObject(parsed: pairs))
        } catch {
            scanner.index = keyStarts[error.position]
            var failure = self.error("key given twice in one object")
            failure.repeatedKey = pairs[error.position].key
            throw failure
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        scanner.index += 1
        var items: [JSONValue] = []
        scanner.skipWhitespace()
        if scanner.at(UInt8(ascii: "]")) { scanner.index += 1; depth -= 1; return .array(items) }
        while true {
            scanner.skipWhitespace()
            items.append(try parseValue())
            scanner.skipWhitespace()
            if scanner.at(UInt8(ascii: ",")) { scanner.index += 1; continue }
            if scanner.at(UInt8(ascii: "]")) { scanner.index += 1; break }
            throw error("expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        do throws(JSONScanner.Failure) {
            guard let plain = try scanner.string(decodingInto: &decoded) else {
                return String(decoding: decoded, as: UTF8.self)
            }
            // Checked as UTF-8 by the scanner already.
            return String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[plain.range]), as: UTF8.self)
        } catch {
            throw self.error(error)
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        guard scanner.literal(word) else { throw error("unexpected word") }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting too deep") }
    }

    private func error(_ failure: JSONScanner.Failure) -> SyntaxError {
        var syntaxError = error(failure.message)
        syntaxError.numberOutOfRange = failure.numberOutOfRange
        return syntaxError
    }

    private func error(_ message: String) -> SyntaxError {
        let bytes = scanner.bytes
        var line = 1
        var column = 1
        var k = 0
        let end = min(scanner.index, bytes.count)
        while k < end {
            if bytes[k] == 0x0A {
                line += 1
                column = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return SyntaxError(line: line, column: column, message: message, atEnd: scanner.atEnd)
    }
}
