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

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0

    /// Parses one JSON document.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        guard parser.i == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard i < bytes.count else { throw error("unexpected end of file") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected character")
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var pairs: [(key: String, value: JSONValue)] = []
        var keyStarts: [Int] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) { i += 1; depth -= 1; return .object(JSONObject()) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a quoted key") }
            keyStarts.append(i)
            let key = try parseString()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after a key") }
            i += 1
            skipSpace()
            pairs.append((key, try parseValue()))
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: "}")) { i += 1; break }
            throw error("expected ',' or '}'")
        }
        depth -= 1
        do throws(JSONObject.RepeatedKey) {
            return .object(try JSONObject(parsed: pairs))
        } catch {
            i = keyStarts[error.position]
            var failure = self.error("key given twice in one object")
            failure.repeatedKey = pairs[error.position].key
            throw failure
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { i += 1; depth -= 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: "]")) { i += 1; break }
            throw error("expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        var highBits: UInt8 = 0
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 {
            highBits |= bytes[i]
            i += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            // ASCII is valid UTF-8 as it is; validating (a generic, unspecialised call) is only
            // worth it for the strings with other characters.
            let s: String
            if highBits < 0x80 {
                s = String(decoding: bytes[start..<i], as: UTF8.self)
            } else {
                guard let valid = String(validating: bytes[start..<i], as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
                s = valid
            }
            i += 1
            return s
        }
        var buffer = Array(bytes[start..<i])
        while true {
            guard i < bytes.count else { throw error("unterminated string") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 0x20 { throw error("control character in a string") }
            if b != UInt8(ascii: "\\") { buffer.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { throw error("unterminated escape") }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("lone surrogate in a \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw error("lone surrogate in a \\u escape")
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw error("invalid escape")
            }
        }
        guard let s = String(validating: buffer, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
        return s
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[i]) else { throw error("invalid hex digit in a \\u escape") }
            value = value * 16 + digit
            i += 1
        }
        return value
    }

    /// The value of a hexadecimal digit, nil for another byte.
    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = i
        if peek(UInt8(ascii: "-")) { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw error("invalid number") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("invalid number") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            i += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("invalid number") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        guard let value = bytes.withUnsafeBufferPointer({ Self.numberValue(UnsafeBufferPointer(rebasing: $0[start..<i])) }) else {
            // Located at the number's start: a number that ends the text is whole, not cut short.
            i = start
            var tooLarge = error("number out of range")
            tooLarge.numberOutOfRange = true
            throw tooLarge
        }
        return value
    }

    /// The value of a number's text, already checked against the grammar; nil when it is beyond
    /// the range of a `Double`. `AssessmentScan` reads numbers through it too, so both readers
    /// give the same value to the last bit.
    static func numberValue(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        // Whole numbers of up to 15 digits, most numbers in assessments, are exact in a Double:
        // the same value as parsing the text, without making a string of it.
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? 1 : 0
        if text.count - digits <= 15, !text[digits...].contains(where: { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") }) {
            var whole: Int64 = 0
            for b in text[digits...] { whole = whole * 10 + Int64(b - UInt8(ascii: "0")) }
            return negative ? -Double(whole) : Double(whole)
        }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        let count = expected.count
        guard i + count <= bytes.count, bytes[i..<(i + count)].elementsEqual(expected) else {
            throw error("unexpected word")
        }
        i += count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting too deep") }
    }

    private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }
    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private func error(_ message: String) -> SyntaxError {
        var line = 1
        var column = 1
        var k = 0
        let end = min(i, bytes.count)
        while k < end {
            if bytes[k] == 0x0A {
                line += 1
                column = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return SyntaxError(line: line, column: column, message: message, atEnd: i >= bytes.count)
    }
}
