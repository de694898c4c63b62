import SobreCore

/// A page rendered by a template, before it is written: French HTML gets its spacing
/// (`FrenchTypography`) as it is handed over.
///
/// A comparison of 100,000 files renders some 80 MB of HTML: `write(to:)` hands it over a
/// megabyte at a time, spacing included, instead of holding a second page.
public struct RenderedPage: Sendable {
    let text: String
    let format: TemplateReport.Format
    let language: Language

    /// Whether the page gets French spacing.
    private var spaced: Bool { format == .html && language == .fr }

    /// The page as it is written.
    public var finished: String { spaced ? FrenchTypography.bindPunctuation(text) : text }

    /// The page's UTF-8 bytes as it is written, handed to `emit` in order, about a megabyte at a time.
    public func write(to emit: ([UInt8]) -> Void) {
        guard spaced else { return UTF8Pieces.forEach(of: text, emit) }
        var text = text
        text.withUTF8 { FrenchTypography.write($0, to: emit) }
    }
}
