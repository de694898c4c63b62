@testable import SobreReport
import Testing

/// Wrapping for a terminal: at spaces, continuation lines indented, and never a line that starts
/// with a lone French closing mark or ends with an opening quote.
@Suite struct TextWrapTests {
    @Test func aLongLineBreaksAtSpacesWithItsIndentation() {
        #expect(TextWrap.wrap("  un deux trois quatre", width: 12) == "  un deux\n    trois\n    quatre")
        #expect(TextWrap.wrap("court", width: 12) == "court")
        #expect(TextWrap.wrap("a b\nc d", width: 3) == "a b\nc d")
    }

    @Test(arguments: FrenchTypography.closingMarks.map(String.init) + ["?)"])
    func aClosingMarkTakesTheWordBeforeItDown(_ mark: String) {
        // « sur place » fills the line exactly; the mark would have started the next one.
        let wrapped = TextWrap.wrap("Combien sur place \(mark)", width: 17)
        #expect(wrapped == "Combien sur\n  place \(mark)")
        for line in wrapped.split(separator: "\n") {
            #expect(!line.trimmingPrefix(" ").hasPrefix(mark))
        }
    }

    @Test func anOpeningQuoteGoesDownWithWhatItOpens() {
        #expect(TextWrap.wrap("Réponse : « déchetterie »", width: 12) == "Réponse :\n  « déchetterie »")
        #expect(TextWrap.wrap("un deux « trois", width: 10) == "un deux\n  « trois")
    }

    @Test func aNumberStaysWithWhatItCounts() {
        #expect(TextWrap.wrap("une moyenne de 363 kWh par an", width: 18) == "une moyenne de\n  363 kWh par an")
        #expect(TextWrap.wrap("sur un total de 1 000 points", width: 17) == "sur un total de\n  1 000 points")
        // A year and a number that are not one number may part.
        #expect(TextWrap.wrap("en 2024 12 sites", width: 8) == "en 2024\n  12 sites")
    }

    @Test func withNoGoodBreakTheLineRunsOver() {
        // Nothing to take down with the mark: it stays on its word's line, past the width.
        #expect(TextWrap.wrap("Anticonstitutionnellement ?", width: 10) == "Anticonstitutionnellement ?")
        #expect(TextWrap.wrap("a « anticonstitutionnellement » b", width: 10) == "a\n  « anticonstitutionnellement »\n  b")
    }

    @Test func escapeCodesTakeNoWidth() {
        let red = "\u{1B}[31m", reset = "\u{1B}[0m"
        #expect(TextWrap.wrap("\(red)un\(reset) deux", width: 7) == "\(red)un\(reset) deux")
    }
}
