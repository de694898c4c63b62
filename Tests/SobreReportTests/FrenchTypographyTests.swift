@testable import SobreCore
@testable import SobreReport
import Testing

/// French spacing in HTML pages: no line may start with a lone « ? », « : », « ; », « ! », « % »,
/// « € » or « » », nor end with « « », and markup is never touched.
@Suite struct FrenchTypographyTests {
    static let nbsp = "\u{A0}"

    @Test(arguments: FrenchTypography.closingMarks.map(String.init))
    func theSpaceBeforeAMarkDoesNotBreak(_ mark: String) {
        #expect(FrenchTypography.bindPunctuation("<p>Combien \(mark) fin</p>") == "<p>Combien\(Self.nbsp)\(mark) fin</p>")
    }

    @Test func theSpaceAfterAnOpeningQuoteDoesNotBreak() {
        #expect(FrenchTypography.bindPunctuation("<td>« déchetterie »</td>") == "<td>«\(Self.nbsp)déchetterie\(Self.nbsp)»</td>")
        // At the very start and end of a text too.
        #expect(FrenchTypography.bindPunctuation("« a ?") == "«\(Self.nbsp)a\(Self.nbsp)?")
    }

    @Test func markupStylesAndScriptsAreKept() {
        let page = "<style>a :hover { color: red ; }</style><a title=\"Quoi ?\" href=\"x\">Quoi ?</a><!-- note : --><SCRIPT>x ;</SCRIPT>"
        #expect(FrenchTypography.bindPunctuation(page)
            == "<style>a :hover { color: red ; }</style><a title=\"Quoi ?\" href=\"x\">Quoi\(Self.nbsp)?</a><!-- note : --><SCRIPT>x ;</SCRIPT>")
        // After the style ends, text is text again.
        #expect(FrenchTypography.bindPunctuation("<style>p{}</style>Oui ?") == "<style>p{}</style>Oui\(Self.nbsp)?")
    }

    @Test func aNumberStaysWithWhatItCounts() {
        let n = Self.nbsp
        #expect(FrenchTypography.bindPunctuation("<p>363 kWh, 5 ans, 2 écrans, 3 Œufs</p>") == "<p>363\(n)kWh, 5\(n)ans, 2\(n)écrans, 3\(n)Œufs</p>")
        #expect(FrenchTypography.bindPunctuation("<p>(500 sur 1 000) et 12 345 678 €</p>") == "<p>(500\(n)sur 1\(n)000) et 12\(n)345\(n)678\(n)€</p>")
        // Not a group of three digits, not after a digit, not before a letter: left as it is.
        for text in ["<p>2024 12</p>", "<p>1 0000</p>", "<p>v un</p>", "<p>5 (six)</p>", "<p>5 · six</p>", "<p>5 +++</p>"] {
            #expect(FrenchTypography.bindPunctuation(text) == text)
        }
    }

    @Test func commentsAndQuotedAttributesEndWhereHTMLEndsThem() {
        // A `>` inside a comment or a quoted attribute value does not end it.
        #expect(FrenchTypography.bindPunctuation("<!-- a > b : --><p>c ?</p>") == "<!-- a > b : --><p>c\(Self.nbsp)?</p>")
        #expect(FrenchTypography.bindPunctuation("<a title=\"x > y : z\" data-b='> ;'>Oui ?</a>") == "<a title=\"x > y : z\" data-b='> ;'>Oui\(Self.nbsp)?</a>")
        // A comment that names a script starts no script.
        #expect(FrenchTypography.bindPunctuation("<!-- <script> -->Oui ?") == "<!-- <script> -->Oui\(Self.nbsp)?")
        // A quote in the text is text.
        #expect(FrenchTypography.bindPunctuation("<p>l'été ?</p>") == "<p>l'été\(Self.nbsp)?</p>")
    }

    @Test func onlyStyleAndScriptElementsAreRaw() {
        // `<styles>` is not `<style>`: the text after it is spaced.
        #expect(FrenchTypography.bindPunctuation("<styles>Oui ?</styles>") == "<styles>Oui\(Self.nbsp)?</styles>")
        #expect(FrenchTypography.bindPunctuation("<script-x>a ;</script-x>") == "<script-x>a\(Self.nbsp);</script-x>")
        // An end tag in capitals, or with a space, ends the raw content; `</styles` does not.
        #expect(FrenchTypography.bindPunctuation("<STYLE>a :b</STYLE >Oui ?") == "<STYLE>a :b</STYLE >Oui\(Self.nbsp)?")
        #expect(FrenchTypography.bindPunctuation("<style media=\"print\">a </styles :b</style>c ?") == "<style media=\"print\">a </styles :b</style>c\(Self.nbsp)?")
    }

    @Test func otherSpacesAndTextsStayAsTheyAre() {
        for text in ["", "Oui", "a b", "a  b", "a:b", "a ?b".replacing(" ", with: "\n"), "x ", " ", "«", "« ", "€ 5", "&amp; ;"] {
            let expected = text == "« " ? "«\(Self.nbsp)" : text == "&amp; ;" ? "&amp;\(Self.nbsp);" : text
            #expect(FrenchTypography.bindPunctuation(text) == expected, "\(text.debugDescription)")
        }
        // Each space is bound once, and a no-break space already there is left alone.
        #expect(FrenchTypography.bindPunctuation("a\(Self.nbsp)? b ? c") == "a\(Self.nbsp)? b\(Self.nbsp)? c")
    }

    @Test func onlyFrenchHTMLPagesChange() {
        #expect(TemplateReport.finished(["Why ?"], format: .html, language: .en) == "Why ?")
        #expect(TemplateReport.finished(["Pourquoi ?"], format: .markdown, language: .fr) == "Pourquoi ?")
        #expect(TemplateReport.finished(["Pourquoi ?"], format: .html, language: .fr) == "Pourquoi\(Self.nbsp)?")
    }

    /// A page handed over in pieces (a large comparison's) is the page bound whole, whatever the
    /// size of the pieces: each ends before a tag, and what is read is carried to the next.
    @Test(arguments: [1, 2, 7, 64, 1000, 1 << 20])
    func piecesMakeTheSamePage(_ size: Int) throws {
        // With a script whose `<` does not open a tag: a piece ends before it, inside the script.
        let page = try Repository.text("Reports/examples/report.html").replacing("\u{A0}", with: " ")
            .replacing("<head>", with: "<head><script>a < b ; c > d ; e ;</script>")
        let whole = FrenchTypography.bindPunctuation(page)
        #expect(whole != page)
        var pieces: [[UInt8]] = []
        var text = page
        text.withUTF8 { bytes in FrenchTypography.write(bytes, pieceSize: size) { pieces.append($0) } }
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
        if size < 1000 { #expect(pieces.count > 100) }
        // Through the page value, as `compare --format html` writes it.
        var written: [UInt8] = []
        RenderedPage(pieces: [page], format: .html, language: .fr).write { written += $0 }
        #expect(String(decoding: written, as: UTF8.self) == whole)
        written = []
        RenderedPage(pieces: [page], format: .html, language: .en).write { written += $0 }
        #expect(String(decoding: written, as: UTF8.self) == page)
        // In parts cut anywhere, as a template's pieces render, the reading goes on from one part
        // to the next: between a space and its mark, inside the script, the style, a comment, a
        // tag's quoted value; parts without any `<`, and empty ones, too.
        var parts: [String] = []
        var rest = Substring(page)
        while !rest.isEmpty {
            let cut = rest.index(rest.startIndex, offsetBy: size, limitedBy: rest.endIndex) ?? rest.endIndex
            parts.append(String(rest[..<cut]))
            if parts.count % 7 == 0 { parts.append("") }
            rest = rest[cut...]
        }
        if size < 1000 { #expect(parts.count > 100) }
        written = []
        RenderedPage(pieces: parts, format: .html, language: .fr).write { written += $0 }
        #expect(String(decoding: written, as: UTF8.self) == whole)
        #expect(RenderedPage(pieces: parts, format: .html, language: .fr).finished == whole)
    }
}
