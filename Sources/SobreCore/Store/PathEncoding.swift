/// File names are bytes, not text: a name that is not UTF-8 is held in a `String` without loss
/// and given back to the system byte for byte.
///
/// Each byte that is not part of valid UTF-8 becomes one private-use character of U+10FF80…
/// U+10FFFF (the byte plus U+10FF00), as Python's `surrogateescape` does with lone surrogates,
/// which a Swift `String` cannot hold. A name that really holds one of these 128 characters has
/// each byte of it escaped the same way, so decoding is one to one and `bytes(string(bytes))`
/// is always `bytes`. Names in UTF-8, nearly all of them, are unchanged.
package enum PathEncoding {
    /// The first of the 128 characters that stand for single bytes 0x80…0xFF.
    static let escapeBase: UInt32 = 0x10FF00

    /// The text that stands for these bytes.
    package static func string(fromBytes bytes: some Collection<UInt8>) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        let bytes = Array(bytes)
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                scalars.append(Unicode.Scalar(bytes[i]))
                i += 1
            } else if let (scalar, length) = decode(bytes, at: i), scalar.value < escapeBase + 0x80 {
                scalars.append(scalar)
                i += length
            } else {
                // Not UTF-8, or a character of the escape range itself: one escape per byte.
                let length = decode(bytes, at: i)?.length ?? 1
                for b in bytes[i..<(i + length)] { scalars.append(escape(b)) }
                i += length
            }
        }
        return String(scalars)
    }

    /// The text that stands for a NUL-terminated C string.
    package static func string(fromCString pointer: UnsafePointer<CChar>) -> String {
        var length = 0
        while pointer[length] != 0 { length += 1 }
        return string(fromBytes: UnsafeRawBufferPointer(start: pointer, count: length))
    }

    /// The bytes `path` stands for.
    package static func bytes(_ path: String) -> [UInt8] {
        guard hasEscapes(path) else { return Array(path.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if let b = escapedByte(scalar) { out.append(b) } else { out.append(contentsOf: String(scalar).utf8) }
        }
        return out
    }

    /// Calls `body` with `path` as the C string of its bytes, as the system calls want it.
    package static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) -> R) -> R {
        guard hasEscapes(path) else { return path.withCString(body) }
        var cString = bytes(path).map { CChar(bitPattern: $0) }
        cString.append(0)
        return cString.withUnsafeBufferPointer { buffer in
            // A non-empty array's buffer always has a base address.
            guard let base = buffer.baseAddress else { return "".withCString(body) }
            return body(base)
        }
    }

    /// `path` as a person reads it: each byte that is not UTF-8 shown as `\xFF`.
    package static func shown(_ path: String) -> String {
        guard hasEscapes(path) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if let b = escapedByte(scalar) {
                out += "\\x" + String(b, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` read as text: each byte that was not UTF-8 becomes U+FFFD, as a decoder repairs it.
    package static func repaired(_ text: String) -> String {
        guard hasEscapes(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { escapedByte($0) == nil ? $0 : "\u{FFFD}" }))
    }

    /// Whether `text` may hold escapes: their UTF-8 starts F4 8F BE or F4 8F BF.
    private static func hasEscapes(_ text: String) -> Bool {
        // Every path opened or shown is looked through: in place when its bytes lie together (a
        // native string), which a byte-by-byte walk of the UTF-8 view was thirty times slower than.
        let mayHold = text.utf8.withContiguousStorageIfAvailable { $0.contains(0xF4) } ?? text.utf8.contains(0xF4)
        return mayHold && text.unicodeScalars.contains { escapedByte($0) != nil }
    }

    private static func escape(_ b: UInt8) -> Unicode.Scalar {
        // 0x10FF80…0x10FFFF are scalars.
        Unicode.Scalar(escapeBase + UInt32(b)) ?? "\u{FFFD}"
    }

    private static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= escapeBase + 0x80 ? UInt8(truncatingIfNeeded: scalar.value - escapeBase) : nil
    }

    /// The scalar of the well-formed UTF-8 sequence at `i` (a byte of 0x80 or more) and its length.
    private static func decode(_ bytes: [UInt8], at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = bytes[i]
        let length: Int
        let low: UInt8, high: UInt8  // allowed range of the second byte (RFC 3629 table)
        switch lead {
        case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
        case 0xE0: length = 3; low = 0xA0; high = 0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; low = 0x80; high = 0xBF
        case 0xED: length = 3; low = 0x80; high = 0x9F
        case 0xF0: length = 4; low = 0x90; high = 0xBF
        case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
        case 0xF4: length = 4; low = 0x80; high = 0x8F
        default: return nil
        }
        guard i + length <= bytes.count, (low...high).contains(bytes[i + 1]) else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}
