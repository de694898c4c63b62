import SobreCore

/// Left-aligned columns separated by two spaces, widths counted in characters; cells shown inert.
enum TextTable {
    static func render(_ rawRows: [[String]]) -> String {
        let rows = rawRows.map { $0.map { TerminalText.neutralised($0) } }
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
