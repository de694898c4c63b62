/// A place in a source file, 1-based, as editors and compilers count it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file path as the user named it.
    public var file: String
    /// Line number, starting at 1.
    public var line: Int
    /// Column number in Unicode scalars, starting at 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`.
    public var description: String { "\(file):\(line):\(column)" }

    /// The same place moved `offset` columns to the right (for positions inside a scalar).
    func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
