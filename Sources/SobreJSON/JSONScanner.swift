/// The JSON grammar of RFC 8259 over UTF-8 bytes, token by token: white space, strings, numbers
/// and literals. Both readers of JSON text use it, `JSONParser` (which builds values and explains
/// what is wrong) and the assessment scan of a comparison (which gives up on anything unusual),
/// so that what one accepts the other accepts, read to the same bytes and the same `Double`.
///
/// A failure leaves `index` where the reader reports it. Inlinable: the assessment scan, in
/// another module, reads 10,000 to 100,000 files through it.
package struct JSONScanner {
    /// Why a token is not valid JSON; `index` stands where the problem is reported.
    package struct Failure: Error {
        package let message: String
        /// A number beyond the range of a `Double`; `index` is back at its first byte.
        package var numberOutOfRange = false

        @inlinable package init(_ message: String, numberOutOfRange: Bool = false) {
            self.message = message
            self.numberOutOfRange = numberOutOfRange
        }
    }

    /// A string read: the bytes between its quotes when it has no escape, else nil (its decoded
    /// bytes were appended to the buffer given, when one was).
    package struct PlainString {
        package let range: Range<Int>
        /// Whether every byte is below 0x80: then the bytes are the text as they are.
        package let isASCII: Bool

        @inlinable package init(range: Range<Int>, isASCII: Bool) {
            self.range = range
            self.isASCII = isASCII
        }
    }

    package let bytes: UnsafeBufferPointer<UInt8>
    package var index = 0

    @inlinable package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at `index`, nil at the end.
    @inlinable @inline(__always) package var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Whether the byte at `index` is `b`.
    @inlinable @inline(__always) package func at(_ b: UInt8) -> Bool { index < bytes.count && bytes[index] == b }

    @inlinable @inline(__always) package var atEnd: Bool { index >= bytes.count }

    /// Steps over a UTF-8 byte order mark at the start of the text.
    @inlinable package mutating func skipByteOrderMark() {
        if index == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// Steps over spaces, tabs, carriage returns and line feeds.
    @inlinable package mutating func skipWhitespace() {
        guard let base = bytes.baseAddress else { return }
        var i = index
        let n = bytes.count
        while i < n {
            let b = base[i]
            // Any byte above a space ends it at once: most calls meet no white space at all.
            if b > 0x20 || (b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09) { break }
            i += 1
            // The indentation after a line feed, eight spaces at a time, and the first byte that
            // is not a space found in the word itself (lowest byte first, whatever the machine).
            while i + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let other = word ^ 0x2020_2020_2020_2020
                if other == 0 {
                    i += 8
                    continue
                }
                i += other.trailingZeroBitCount >> 3
                break
            }
        }
        index = i
    }

    /// Steps over `word` (`true`, `false`, `null`) when it is next; false, not moving, otherwise.
    @inlinable package mutating func literal(_ word: StaticString) -> Bool {
        let n = word.hasPointerRepresentation ? word.utf8CodeUnitCount : word.withUTF8Buffer { $0.count }
        guard index + n <= bytes.count, equals(index..<(index + n), word) else { return false }
        index += n
        return true
    }

    /// Whether the bytes in `range` are those of `word`.
    @inlinable package func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        // A one-character literal may be held as a scalar, without a pointer to its bytes.
        guard word.hasPointerRepresentation else {
            return word.withUTF8Buffer { w in range.count == w.count && w.indices.allSatisfy { bytes[range.lowerBound + $0] == w[$0] } }
        }
        guard range.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != w[k] { return false }
        return true
    }

    // MARK: Strings

    /// Reads a string standing on its opening quote, to just past its closing quote, checking
    /// its escapes and its UTF-8; an escaped one is stepped over, not decoded.
    @inlinable package mutating func string() throws(Failure) -> PlainString? {
        var unused: [UInt8] = []
        return try string(decoding: false, into: &unused)
    }

    /// Reads a string standing on its opening quote, to just past its closing quote; an escaped
    /// one is decoded into `buffer` (emptied first).
    @inlinable package mutating func string(decodingInto buffer: inout [UInt8]) throws(Failure) -> PlainString? {
        buffer.removeAll(keepingCapacity: true)
        return try string(decoding: true, into: &buffer)
    }

    @inlinable package mutating func string(decoding: Bool, into buffer: inout [UInt8]) throws(Failure) -> PlainString? {
        index += 1
        let start = index
        if let short = shortPlainString() { return short }
        // Fast path: no escapes.
        var highBits: UInt8 = 0
        plainWords(highBits: &highBits)
        var i = index
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
            highBits |= b
            i += 1
        }
        index = i
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            // ASCII is valid UTF-8 as it is: only strings with other characters are checked.
            if highBits >= 0x80, !Self.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<index])) {
                throw Failure("invalid UTF-8 in a string")
            }
            index += 1
            return PlainString(range: start..<(index - 1), isASCII: highBits < 0x80)
        }
        try escapedString(from: start, highBits: highBits, decoding: decoding, into: &buffer)
        return nil
    }

    /// A string of at most 23 ASCII bytes without escape or control character, read from just
    /// past its opening quote to just past its closing one; nil, not moving, for any other (then
    /// read byte by byte and word by word as before).
    ///
    /// Most strings of an assessment are such (answer ids, times, option ids, site fields): their
    /// next 24 bytes are read as three words and the first byte that is a quote, a backslash, a
    /// control character or above 0x7F is found at once, by `plainWords`'s tests (`endsPlainRun`)
    /// and the top bit. When it is the quote, every byte
    /// before it is plain ASCII: the string `string(decoding:into:)` would read, as it reads it.
    /// Reading a string in one general loop was a twelfth of a comparison's instructions.
    @inlinable @inline(__always) package mutating func shortPlainString() -> PlainString? {
        guard index + 24 <= bytes.count, let base = bytes.baseAddress else { return nil }
        let at = UnsafeRawPointer(base + index)
        var offset = 0
        var found: UInt64 = 0
        for k in 0..<3 {
            let word = UInt64(littleEndian: at.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self))
            found = Self.endsPlainRun(word) | (word & 0x8080_8080_8080_8080)
            if found != 0 {
                offset = 8 * k + (found.trailingZeroBitCount >> 3)
                break
            }
        }
        guard found != 0, base[index + offset] == UInt8(ascii: "\"") else { return nil }
        let start = index
        index += offset + 1
        return PlainString(range: start..<(start + offset), isASCII: true)
    }

    /// The bytes of `word` (lowest first) that are a quote, a backslash or a control character,
    /// flagged by their top bit; the lowest byte flagged is exactly the first such byte (a
    /// borrow only comes from a byte that passes a test itself), higher flags may be false.
    @inlinable @inline(__always) package static func endsPlainRun(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)) & 0x8080_8080_8080_8080
    }

    /// Steps over the bytes that are neither a quote, a backslash nor a control character, eight
    /// at a time, to the first one that is (or to the last word of the text), noting in
    /// `highBits` whether one stepped over is above 0x7F; the byte loop does the rest.
    ///
    /// Each test finds a byte of the word that is zero after a subtraction (SWAR): a borrow can
    /// only come from a byte that passes the test itself, so a word without any such byte is
    /// never stopped at, a word with one always is, and the lowest byte flagged is the first
    /// one that passes (bytes are taken lowest first, whatever the machine's order).
    @inlinable package mutating func plainWords(highBits: inout UInt8) {
        guard let base = bytes.baseAddress else { return }
        let tops: UInt64 = 0x8080_8080_8080_8080
        var seen: UInt64 = 0
        var i = index
        let n = bytes.count
        while i + 8 <= n {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let found = Self.endsPlainRun(word)
            if found != 0 {
                let plain = found.trailingZeroBitCount >> 3
                if plain > 0 { seen |= word & (UInt64.max >> (64 - 8 * plain)) }
                i += plain
                break
            }
            seen |= word
            i += 8
        }
        index = i
        if seen & tops != 0 { highBits |= 0x80 }
    }

    /// The rest of a string that is not plain, from `start` (just past its opening quote), the
    /// bytes up to `index` being plain ones.
    @usableFromInline package mutating func escapedString(
        from start: Int, highBits: UInt8, decoding: Bool, into buffer: inout [UInt8]
    ) throws(Failure) {
        if decoding { buffer.append(contentsOf: bytes[start..<index]) }
        // An escape always gives whole characters, so the runs of plain bytes between escapes
        // are valid UTF-8 exactly when the decoded string is; it is said once the string is read.
        var valid = highBits < 0x80 || Self.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        var run = index
        var high: UInt8 = 0
        func endRun() {
            if high >= 0x80, valid { valid = Self.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[run..<index])) }
            high = 0
        }
        while true {
            guard index < bytes.count else { throw Failure("unterminated string") }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                endRun()
                index += 1
                break
            }
            if b < 0x20 { throw Failure("control character in a string") }
            if b != UInt8(ascii: "\\") {
                if decoding { buffer.append(b) }
                high |= b
                index += 1
                continue
            }
            endRun()
            index += 1
            guard index < bytes.count else { throw Failure("unterminated escape") }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): if decoding { buffer.append(0x22) }
            case UInt8(ascii: "\\"): if decoding { buffer.append(0x5C) }
            case UInt8(ascii: "/"): if decoding { buffer.append(0x2F) }
            case UInt8(ascii: "b"): if decoding { buffer.append(0x08) }
            case UInt8(ascii: "f"): if decoding { buffer.append(0x0C) }
            case UInt8(ascii: "n"): if decoding { buffer.append(0x0A) }
            case UInt8(ascii: "r"): if decoding { buffer.append(0x0D) }
            case UInt8(ascii: "t"): if decoding { buffer.append(0x09) }
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw Failure("lone surrogate in a \\u escape")
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw Failure("invalid surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw Failure("lone surrogate in a \\u escape")
                }
                guard let scalar = Unicode.Scalar(code) else { throw Failure("invalid \\u escape") }
                if decoding { buffer.append(contentsOf: Array(String(Character(scalar)).utf8)) }
            default:
                throw Failure("invalid escape")
            }
            run = index
        }
        guard valid else { throw Failure("invalid UTF-8 in a string") }
    }

    @usableFromInline package mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Failure("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else { throw Failure("invalid hex digit in a \\u escape") }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// The value of a hexadecimal digit, nil for another byte.
    @inlinable package static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Well-formed UTF-8 (Unicode, table 3-7): no overlong form, no surrogate, nothing above U+10FFFF.
    @inlinable package static func isValidUTF8(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = s.count
        func continuation(_ at: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            at < n && s[at] >= low && s[at] <= high
        }
        while k < n {
            let c = s[k]
            switch c {
            case 0x00...0x7F:
                k += 1
            case 0xC2...0xDF:
                guard continuation(k + 1) else { return false }
                k += 2
            case 0xE0...0xEF:
                let low: UInt8 = c == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard continuation(k + 1, low, high), continuation(k + 2) else { return false }
                k += 3
            case 0xF0...0xF4:
                let low: UInt8 = c == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard continuation(k + 1, low, high), continuation(k + 2), continuation(k + 3) else { return false }
                k += 4
            default:
                return false
            }
        }
        return true
    }

    // MARK: Numbers

    /// Reads a number standing on its first byte (`-` or a digit).
    @inlinable package mutating func number() throws(Failure) -> Double {
        let start = index
        if at(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw Failure("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if at(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw Failure("invalid number") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if at(UInt8(ascii: "e")) || at(UInt8(ascii: "E")) {
            index += 1
            if at(UInt8(ascii: "+")) || at(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw Failure("invalid number") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        guard let value = Self.numberValue(UnsafeBufferPointer(rebasing: bytes[start..<index])) else {
            // Located at the number's start: a number that ends the text is whole, not cut short.
            index = start
            throw Failure("number out of range", numberOutOfRange: true)
        }
        return value
    }

    @inlinable package static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// The value of a number's text, already checked against the grammar; nil when it is beyond
    /// the range of a `Double`.
    @inlinable package static func numberValue(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
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
}
