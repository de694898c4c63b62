/// "Did you mean" hints: the one candidate a single edit away.
enum Suggestion {
    /// The hint that ends a message about a mistyped name, " ; vouliez-vous dire « x » ?"
    /// (English: "; did you mean 'x'?"), or nothing when no candidate is close enough. Every
    /// message with a suggestion goes through here, so that they all say it the same way.
    static func hint(for word: String, among candidates: [String], language: Language) -> String {
        closest(to: word, among: candidates).map {
            language.pick(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean '\($0)'?")
        } ?? ""
    }

    /// The candidate at edit distance 1 (or a swap of two neighbours) from `word`, if exactly one is closest.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word)
        var best: String?
        for candidate in candidates where candidate != word {
            let c = Array(candidate)
            if abs(c.count - target.count) > 1 { continue }
            if distance(target, c) <= 1 {
                if best != nil { return nil }
                best = candidate
            }
        }
        return best
    }

    /// Damerau–Levenshtein distance (optimal string alignment).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
