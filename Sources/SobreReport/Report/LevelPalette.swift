import SobreCore

/// The colours of the maturity levels in the HTML reports: one sequential scale, from a pale
/// amber (the first level) through greens to a dark green (the last), and the text colour that
/// reads on each.
///
/// Why this scale: the reports are printed in grey and read by colour-blind directors, so the
/// order of the levels must be carried by lightness alone. The stops go down in lightness in
/// steps of 8 to 13 (CIE L* about 87, 79, 70, 57, 47, 35, 25), so any two levels print as different
/// greys in the right order; the hue only helps. Dark text sits on the four light stops and white
/// text on the three dark ones, each at least 4.5:1 (WCAG AA); no stop falls in the band of
/// luminance where neither reaches it. `LevelPaletteTests` checks all of this from the values.
enum LevelPalette {
    /// A level's colours: the background and the text written on it.
    struct Swatch: Equatable {
        let background: String
        let ink: String
    }

    static let darkInk = "#111827"
    static let lightInk = "#ffffff"

    /// Seven stops, lightest first: a questionnaire of 2, 3, 4 or 7 levels takes evenly spaced
    /// ones (4 levels: 0, 2, 4, 6), any number up to 7 takes distinct ones.
    static let stops: [Swatch] = [
        Swatch(background: "#f5d88f", ink: darkInk),
        Swatch(background: "#b8cd6a", ink: darkInk),
        Swatch(background: "#8fb84e", ink: darkInk),
        Swatch(background: "#4d9a4f", ink: darkInk),
        Swatch(background: "#2a8045", ink: lightInk),
        Swatch(background: "#135f3c", ink: lightInk),
        Swatch(background: "#08452f", ink: lightInk),
    ]

    /// The colours of a level without a score or outside the questionnaire: a neutral grey.
    static let none = Swatch(background: "#6b7280", ink: lightInk)

    /// The swatch of the level at `position` among `count` levels (0 the lowest).
    static func swatch(position: Int, of count: Int) -> Swatch {
        guard position >= 0, position < count else { return none }
        let last = stops.count - 1
        let k = count <= 1 ? 0 : Int((Double(position) / Double(count - 1) * Double(last)).rounded())
        return stops[min(k, last)]
    }

    /// The swatch of `level` by its position in `questionnaire`.
    static func swatch(for level: Level?, in questionnaire: Questionnaire) -> Swatch {
        guard let level, let i = questionnaire.levels.firstIndex(where: { $0.id == level.id }) else { return none }
        return swatch(position: i, of: questionnaire.levels.count)
    }
}
