extension String {
    /// The text with its no-break spaces read as spaces, as a reader sees them: tests of what a
    /// report says compare its words, while `FrenchTypographyTests` and the golden files check
    /// where the no-break spaces are.
    package var withPlainSpaces: String { replacing("\u{A0}", with: " ") }
}
