import SobreCore

/// French spacing in a rendered HTML page: the space before « ? ! ; : % € » and after « « »
/// becomes a no-break space, so a narrow screen or a printed page never starts a line with a lone
/// « ? » or « : », nor ends one with « « »; so does the space between a number and the word it
/// counts (« 363 kWh », « 5 ans ») or the next group of its digits (« 1 000 »).
///
/// It runs once over the whole page, after the template, so that every text gets it: the
/// questionnaire's questions and level descriptions, the words of the report, what a user typed,
/// and what an association's own template writes. Only text between tags changes; tags (and
/// their attributes), comments and the content of `<style>` and `<script>` are copied as they
/// are, since a space before a colon means something in CSS (`a :hover`).
enum FrenchTypography {
    /// The marks a space before them binds to the word before: the page's reading matches them on
    /// their bytes, `TextWrap` on these characters (`FrenchTypographyTests` holds the two together).
    static let closingMarks: Set<Character> = ["?", "!", ";", ":", "%", "€", "»"]

    /// `html` with the spaces around French punctuation made non-breaking.
    static func bindPunctuation(_ html: String) -> String {
        var html = html
        let bound: String? = html.withUTF8 { bytes in
            // Counted first, then written: a list of the places would itself take megabytes.
            var count = 0
            var counting = PageReading()
            counting.forEachSpaceToBind(bytes, 0..<bytes.count) { _ in count += 1 }
            guard count > 0 else { return nil }
            // A space (1 byte) becomes U+00A0 (2 bytes).
            return String(unsafeUninitializedCapacity: bytes.count + count) { out in
                var written = 0
                var reading = PageReading()
                reading.write(bytes, 0..<bytes.count) { part in
                    // Both readings find the same spaces, so the room counted is the room written;
                    // `initialize(fromContentsOf:)` checks it all the same.
                    written = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(fromContentsOf: part) + written
                }
                return written
            }
        }
        return bound ?? html
    }

    /// The bytes of `html` with the spaces bound, handed to `emit` in order, in pieces of about
    /// `pieceSize` bytes. Each piece ends before a `<`, where no space waits for the next byte.
    ///
    /// A page given in parts, each after the first starting with `<`, is read as the whole page
    /// is when `reading` is carried from one part to the next.
    static func write(_ html: UnsafeBufferPointer<UInt8>, pieceSize: Int = UTF8Pieces.size, reading: inout PageReading,
                      to emit: ([UInt8]) -> Void) {
        var start = 0
        var out: [UInt8] = []
        while start < html.count {
            var end = min(start + max(pieceSize, 1), html.count)
            while end < html.count, html[end] != UInt8(ascii: "<") { end += 1 }
            out.removeAll(keepingCapacity: true)
            out.reserveCapacity(end - start + 4096)
            reading.write(html, start..<end) { out.append(contentsOf: $0) }
            emit(out)
            start = end
        }
    }

    /// `write(_:pieceSize:reading:to:)` of a whole page.
    static func write(_ html: UnsafeBufferPointer<UInt8>, pieceSize: Int = UTF8Pieces.size, to emit: ([UInt8]) -> Void) {
        var reading = PageReading()
        write(html, pieceSize: pieceSize, reading: &reading, to: emit)
    }

    /// Where the reading of a page is, carried from one piece of it to the next.
    struct PageReading {
        private enum Place {
            case text
            /// Inside a tag, within an attribute value quoted by `quote` (where a `>` does not end
            /// the tag) or in none; `raw` when the tag opens `style` or `script`.
            case tag(quote: UInt8?, raw: StaticString?)
            /// Inside `<!-- … -->`, which a `>` alone does not end.
            case comment
            /// In the content of `style` or `script`, until its end tag.
            case raw(until: StaticString)
        }

        private var place = Place.text

        private static let space: UInt8 = 0x20
        private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

        /// Hands `range` of `bytes` to `emit` in parts, each space to bind as U+00A0.
        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
            var copied = range.lowerBound
            forEachSpaceToBind(bytes, range) { k in
                emit(UnsafeBufferPointer(rebasing: bytes[copied..<k]))
                Self.noBreakSpace.withUnsafeBufferPointer(emit)
                copied = k + 1
            }
            emit(UnsafeBufferPointer(rebasing: bytes[copied..<range.upperBound]))
        }

        /// Calls `body` with the position of each space of `range` to make non-breaking, in order.
        /// What follows a byte is looked for within `range` only, so a piece ends before a `<`:
        /// a tag, a comment's end and a space's next character then lie within one piece.
        mutating func forEachSpaceToBind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Int) -> Void) {
            let text = UnsafeBufferPointer(rebasing: bytes[range])
            var k = 0
            while k < text.count {
                let b = text[k]
                switch place {
                case .text:
                    if b == UInt8(ascii: "<") {
                        if Self.startsWith(text, at: k, "<!--") {
                            place = .comment
                            k += 4
                            continue
                        }
                        let raw: StaticString? = Self.opensElement(text, at: k, named: "<style") ? "</style"
                            : Self.opensElement(text, at: k, named: "<script") ? "</script" : nil
                        place = .tag(quote: nil, raw: raw)
                    } else if b == Self.space, Self.bindsToNext(text, after: k) {
                        body(range.lowerBound + k)
                    } else if b == 0xC2, k + 2 < text.count, text[k + 1] == 0xAB, text[k + 2] == Self.space {
                        // « followed by a space.
                        body(range.lowerBound + k + 2)
                        k += 3
                        continue
                    }
                case .tag(let quote?, let raw):
                    if b == quote { place = .tag(quote: nil, raw: raw) }
                case .tag(nil, let raw):
                    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        place = .tag(quote: b, raw: raw)
                    } else if b == UInt8(ascii: ">") {
                        place = raw.map { .raw(until: $0) } ?? .text
                    }
                case .comment:
                    if b == UInt8(ascii: "-"), Self.startsWith(text, at: k, "-->") {
                        place = .text
                        k += 3
                        continue
                    }
                case .raw(let end):
                    if b == UInt8(ascii: "<"), Self.opensElement(text, at: k, named: end) { place = .tag(quote: nil, raw: nil) }
                }
                k += 1
            }
        }

        /// Whether `bytes` at `k` hold the tag `name` (`<style`, `</script`…, in lower case), in
        /// any case and followed by a space, `/` or `>`: not `<styles>`.
        private static func opensElement(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, named name: StaticString) -> Bool {
            guard startsWith(bytes, at: k, name), k + name.utf8CodeUnitCount < bytes.count else { return false }
            switch bytes[k + name.utf8CodeUnitCount] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C, UInt8(ascii: "/"), UInt8(ascii: ">"): return true
            default: return false
            }
        }

        /// Whether the space at `k` takes a no-break space: before a closing mark, or inside a
        /// number and what it counts (« 363 kWh », « 5 ans », « 1 000 »).
        private static func bindsToNext(_ bytes: UnsafeBufferPointer<UInt8>, after k: Int) -> Bool {
            guard k + 1 < bytes.count else { return false }
            if k > 0, isDigit(bytes[k - 1]) {
                let next = bytes[k + 1]
                // An ASCII letter, or the first byte of a Latin letter with an accent (é, à, œ…).
                if (next | 0x20) >= UInt8(ascii: "a"), (next | 0x20) <= UInt8(ascii: "z") { return true }
                if next == 0xC3 || next == 0xC5 { return true }
                // A group of three digits continues a number written with spaces.
                if k + 3 < bytes.count, isDigit(next), isDigit(bytes[k + 2]), isDigit(bytes[k + 3]),
                   k + 4 == bytes.count || !isDigit(bytes[k + 4]) {
                    return true
                }
            }
            switch bytes[k + 1] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "%"): return true
            // »
            case 0xC2: return k + 2 < bytes.count && bytes[k + 2] == 0xBB
            // €
            case 0xE2: return k + 3 < bytes.count && bytes[k + 2] == 0x82 && bytes[k + 3] == 0xAC
            default: return false
            }
        }

        private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

        /// Whether `bytes` at `k` start with `prefix` (given in lower case), ASCII letters in any case.
        private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, _ prefix: StaticString) -> Bool {
            guard k + prefix.utf8CodeUnitCount <= bytes.count else { return false }
            return prefix.withUTF8Buffer { p in
                for (j, expected) in p.enumerated() {
                    var b = bytes[k + j]
                    if b >= UInt8(ascii: "A"), b <= UInt8(ascii: "Z") { b += 32 }
                    if b != expected { return false }
                }
                return true
            }
        }
    }
}
