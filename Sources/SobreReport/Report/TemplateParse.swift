import Mustache
import SobreCore

/// A report template parsed on a core of its own, started before the assessment and its
/// questionnaire are read, and waited for when the report is rendered.
///
/// Why: swift-mustache's parser measures the rest of the text at every tag; even cut into
/// pieces (`TemplatePieces`), parsing the bundled HTML report's template is worth doing beside
/// reading the assessment and loading its questionnaire rather than after.
public final class TemplateParse: Sendable {
    /// The template's text, parsed again for its mistake when it does not parse.
    private let text: String
    /// The parsed pieces (`TemplatePieces`); nil for a text that does not parse.
    private let parsing: Concurrently<[MustacheTemplate]?>

    /// Starts parsing `text`.
    public init(_ text: String) {
        self.text = text
        parsing = Concurrently {
            // Each piece on a core; one that does not parse sends the whole text to be parsed again.
            let parsed = ParallelMap.map(TemplatePieces.split(text)) { try? TemplateReport.parse($0, language: .en) }
            let pieces = parsed.compactMap { $0 }
            if pieces.count == parsed.count { return pieces }
            return (try? TemplateReport.parse(text, language: .en)).map { [$0] }
        }
    }

    /// The parsed template, once parsed. A template that does not parse is parsed again here,
    /// for its mistake located and told in `language` (the questionnaire's, known only now).
    func template(language: Language) throws(TemplateReport.TemplateError) -> Parsed {
        if let pieces = parsing.value { return Parsed(pieces: pieces) }
        return Parsed(pieces: [try TemplateReport.parse(text, language: language)])
    }

    /// A parsed template: its pieces' renderings, in order, are the template's.
    struct Parsed {
        let pieces: [MustacheTemplate]

        /// The pieces' renderings, in order: joined, the template's.
        func render(_ context: Any) -> [String] {
            pieces.map { $0.render(context) }
        }
    }
}
