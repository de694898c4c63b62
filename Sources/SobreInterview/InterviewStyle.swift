/// Bold titles on a colour terminal, plain text everywhere else (pipes, `NO_COLOR`, screen readers).
public struct InterviewStyle: Sendable {
    /// Whether escape codes may be written.
    public var colour: Bool

    /// A style; `colour` false writes no escape code at all.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// No escape codes.
    public static let plain = InterviewStyle(colour: false)

    func bold(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
