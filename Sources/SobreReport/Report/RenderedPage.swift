import SobreCore

/// A page rendered by a template, before it is written: French HTML gets its spacing
/// (`FrenchTypography`) as it is handed over.
///
/// A comparison of 100,000 files renders some 80 MB of HTML: `write(to:)` hands it over a
/// megabyte at a time, spacing included, instead of holding a second page. The page stays in the
/// pieces its template was rendered in (`TemplatePieces`): joining them would be that second page.
public struct RenderedPage: Sendable {
    /// The renderings of the template's pieces, in order.
    let pieces: [String]
    let format: TemplateReport.Format
    let language: Language

    /// Whether the page gets French spacing.
    private var spaced: Bool { format == .html && language == .fr }

    /// The page as it is written.
    public var finished: String {
        let text = pieces.count == 1 ? pieces[0] : pieces.joined()
        return spaced ? FrenchTypography.bindPunctuation(text) : text
    }

    /// The page's UTF-8 bytes as it is written, handed to `emit` in order, about a megabyte at a time.
    public func write(to emit: ([UInt8]) -> Void) {
        guard spaced else {
            for piece in pieces { UTF8Pieces.forEach(of: piece, emit) }
            return
        }
        // The spacing's reading stops and goes on before a `<` only (where no space waits for
        // the next byte): what lies between the last `<` of a piece and the first of the next
        // is read in one go, from a copy (small: a piece without any `<` would be copied whole).
        var reading = FrenchTypography.PageReading()
        var carried: [UInt8] = []
        for var piece in pieces {
            piece.withUTF8 { bytes in
                let lt = UInt8(ascii: "<")
                guard let first = bytes.firstIndex(of: lt), let last = bytes.lastIndex(of: lt) else {
                    carried.append(contentsOf: bytes)
                    return
                }
                carried.append(contentsOf: bytes[..<first])
                carried.withUnsafeBufferPointer { FrenchTypography.write($0, reading: &reading, to: emit) }
                FrenchTypography.write(UnsafeBufferPointer(rebasing: bytes[first..<last]), reading: &reading, to: emit)
                carried = Array(bytes[last...])
            }
        }
        carried.withUnsafeBufferPointer { FrenchTypography.write($0, reading: &reading, to: emit) }
    }
}
