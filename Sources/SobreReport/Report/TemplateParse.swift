import Mustache
import SobreCore

/// A report template parsed on a core of its own, started before the assessment and its
/// questionnaire are read, and waited for when the report is rendered.
///
/// Why: swift-mustache takes about as long to parse the bundled HTML report's template (its
/// parser measures the rest of the text at every tag) as `sobre report` takes to read the
/// assessment and load its questionnaire; side by side, neither waits for the other.
public final class TemplateParse: Sendable {
    /// The template's text, parsed again for its mistake when it does not parse.
    private let text: String
    /// The parsed template; nil for a text that does not parse.
    private let parsing: Concurrently<MustacheTemplate?>

    /// Starts parsing `text`.
    public init(_ text: String) {
        self.text = text
        parsing = Concurrently { try? TemplateReport.parse(text, language: .en) }
    }

    /// The parsed template, once parsed. A template that does not parse is parsed again here,
    /// for its mistake located and told in `language` (the questionnaire's, known only now).
    func template(language: Language) throws(TemplateReport.TemplateError) -> MustacheTemplate {
        if let parsed = parsing.value { return parsed }
        return try TemplateReport.parse(text, language: language)
    }
}
