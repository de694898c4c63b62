/// French spacing in a rendered HTML page: the space before « ? ! ; : % € » and after « « »
/// becomes a no-break space, so a narrow screen or a printed page never starts a line with a lone
/// « ? » or « : », nor ends one with « « ».
///
/// It runs once over the whole page, after the template, so that every text gets it: the
/// questionnaire's questions and level descriptions, the words of the report, what a user typed,
/// and what an association's own template writes. Only text between tags changes; tags (and
/// their attributes), comments and the content of `<style>` and `<script>` are copied as they
/// are, since a space before a colon means something in CSS (`a :hover`).
enum FrenchTypography {
    /// About how many bytes `write` hands over at a time.
    static let piece = 1 << 20

    /// `html` with the spaces around French punctuation made non-breaking.
    static func bindPunctuation(_ html: String) -> String {
        var html = html
        let bound: String? = html.withUTF8 { bytes in
            // Counted first, then written: a list of the places would itself take megabytes.
            var count = 0
            var counting = Scanner()
            counting.forEachSpaceToBind(bytes, 0..<bytes.count) { _ in count += 1 }
            guard count > 0 else { return nil }
            // A space (1 byte) becomes U+00A0 (2 bytes).
            return String(unsafeUninitializedCapacity: bytes.count + count) { out in
                var written = 0
                var scanner = Scanner()
                scanner.write(bytes, 0..<bytes.count) { part in
                    _ = UnsafeMutableBufferPointer(rebasing: out[written..<(written + part.count)]).initialize(from: part)
                    written += part.count
                }
                return written
            }
        }
        return bound ?? html
    }

    /// The bytes of `html` with the spaces bound, handed to `emit` in order, in pieces of about
    /// `piece` bytes. Each piece ends before a `<`, where no space waits for the next byte.
    static func write(_ html: UnsafeBufferPointer<UInt8>, piece: Int = piece, to emit: ([UInt8]) -> Void) {
        var scanner = Scanner()
        var start = 0
        var out: [UInt8] = []
        while start < html.count {
            var end = min(start + max(piece, 1), html.count)
            while end < html.count, html[end] != UInt8(ascii: "<") { end += 1 }
            out.removeAll(keepingCapacity: true)
            out.reserveCapacity(end - start + 4096)
            scanner.write(html, start..<end) { out.append(contentsOf: $0) }
            emit(out)
            start = end
        }
    }

    /// Where the reading is, carried from one piece of a page to the next.
    struct Scanner {
        private var inTag = false
        /// The element whose content is not text (`style`, `script`), until its end tag.
        private var rawUntil: StaticString?

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
        /// The characters after a space are looked for within `range` only.
        mutating func forEachSpaceToBind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Int) -> Void) {
            let text = UnsafeBufferPointer(rebasing: bytes[range])
            var k = 0
            while k < text.count {
                let b = text[k]
                if let end = rawUntil {
                    if b == UInt8(ascii: "<"), Self.startsWith(text, at: k, lowercased: end) { rawUntil = nil; inTag = true }
                    k += 1
                    continue
                }
                if inTag {
                    if b == UInt8(ascii: ">") { inTag = false }
                    k += 1
                    continue
                }
                if b == UInt8(ascii: "<") {
                    inTag = true
                    if Self.startsWith(text, at: k, lowercased: "<style") { rawUntil = "</style" }
                    if Self.startsWith(text, at: k, lowercased: "<script") { rawUntil = "</script" }
                } else if b == Self.space, Self.bindsToNext(text, after: k) {
                    body(range.lowerBound + k)
                } else if b == 0xC2, k + 2 < text.count, text[k + 1] == 0xAB, text[k + 2] == Self.space {
                    // « followed by a space.
                    body(range.lowerBound + k + 2)
                    k += 3
                    continue
                }
                k += 1
            }
        }

        /// Whether the character after the space at `k` takes a no-break space before it.
        private static func bindsToNext(_ bytes: UnsafeBufferPointer<UInt8>, after k: Int) -> Bool {
            guard k + 1 < bytes.count else { return false }
            switch bytes[k + 1] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "%"): return true
            // »
            case 0xC2: return k + 2 < bytes.count && bytes[k + 2] == 0xBB
            // €
            case 0xE2: return k + 3 < bytes.count && bytes[k + 2] == 0x82 && bytes[k + 3] == 0xAC
            default: return false
            }
        }

        /// Whether `bytes` at `k` start with `prefix` (given in lower case), ASCII letters in any case.
        private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, lowercased prefix: StaticString) -> Bool {
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
