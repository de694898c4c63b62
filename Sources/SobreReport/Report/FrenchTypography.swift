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
    /// `html` with the spaces around French punctuation made non-breaking.
    static func bindPunctuation(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard let out = bindPunctuation(bytes) else { return html }
        return String(decoding: out, as: UTF8.self)
    }

    private static let space: UInt8 = 0x20
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

    /// The bytes with the spaces bound, or nil when no space needed it (the text is kept as is).
    static func bindPunctuation(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0
        var k = 0
        var inTag = false
        // The element whose content is not text (`style`, `script`), until its end tag.
        var rawUntil: [UInt8]?
        func flush(upTo end: Int) {
            if out.isEmpty { out.reserveCapacity(bytes.count + 1024) }
            out.append(contentsOf: bytes[copied..<end])
        }
        while k < bytes.count {
            let b = bytes[k]
            if let end = rawUntil {
                if b == UInt8(ascii: "<"), startsWith(bytes, at: k, lowercased: end) { rawUntil = nil; inTag = true }
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
                if startsWith(bytes, at: k, lowercased: Array("<style".utf8)) { rawUntil = Array("</style".utf8) }
                if startsWith(bytes, at: k, lowercased: Array("<script".utf8)) { rawUntil = Array("</script".utf8) }
                k += 1
                continue
            }
            if b == space, bindsToNext(bytes, after: k) {
                flush(upTo: k)
                out += noBreakSpace
                copied = k + 1
            } else if b == 0xC2, k + 2 < bytes.count, bytes[k + 1] == 0xAB, bytes[k + 2] == space {
                // « followed by a space.
                flush(upTo: k + 2)
                out += noBreakSpace
                copied = k + 3
                k += 3
                continue
            }
            k += 1
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// Whether the character after the space at `k` takes a no-break space before it.
    private static func bindsToNext(_ bytes: [UInt8], after k: Int) -> Bool {
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
    private static func startsWith(_ bytes: [UInt8], at k: Int, lowercased prefix: [UInt8]) -> Bool {
        guard k + prefix.count <= bytes.count else { return false }
        for (j, p) in prefix.enumerated() {
            var b = bytes[k + j]
            if b >= UInt8(ascii: "A"), b <= UInt8(ascii: "Z") { b += 32 }
            if b != p { return false }
        }
        return true
    }
}
