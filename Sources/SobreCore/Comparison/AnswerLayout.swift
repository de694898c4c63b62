/// Where a questionnaire's answers land when a file is scanned: the questions' full ids in
/// interview order and each choice question's option ids, as UTF-8, made once per questionnaire.
///
/// With it, the scan puts each answer straight at its question's position as it reads the file,
/// and gives a chosen option the questionnaire's own text (`ids` of `options`) when its bytes
/// are an option's: no list of answers to match afterwards, no text made for each option named.
struct AnswerLayout: Sendable {
    /// One option of a choice question: its id's bytes and the id itself.
    struct Option: Sendable {
        let bytes: [UInt8]
        let id: String
        /// The first sixteen bytes as two words, the first byte lowest, zeros after the end:
        /// most ids are compared in two steps.
        let head: (UInt64, UInt64)
        /// Whether the id's bytes are a JSON string's as they are (`AnswerLayout.isPlain`).
        let isPlain: Bool

        init(_ id: String) {
            self.id = id
            bytes = Array(id.utf8)
            isPlain = AnswerLayout.isPlain(bytes)
            var words: (UInt64, UInt64) = (0, 0)
            for (k, b) in bytes.prefix(16).enumerated() {
                if k < 8 { words.0 |= UInt64(b) << (8 * UInt64(k)) } else { words.1 |= UInt64(b) << (8 * UInt64(k - 8)) }
            }
            head = words
        }
    }

    /// The full ids in interview order, as UTF-8.
    let ids: [[UInt8]]
    /// Whether each full id is plain (`isPlain`).
    let plainIDs: [Bool]
    /// The position of each full id.
    let positions: [String: Int]
    /// The positions of the full ids `n` bytes long, at `n`, when every full id is ASCII (then
    /// an ASCII key is one of them exactly when its bytes are); nil otherwise.
    let positionsByLength: [[Int]]?
    /// For each question, its options (empty for a question without options).
    let options: [[Option]]

    /// The layout of `questionnaire`; nil when two questions share a full id (a questionnaire
    /// that would not load), whose answers only the full reader places.
    init?(_ questionnaire: Questionnaire) {
        let lookup = questionnaire.lookup
        guard !lookup.hasDuplicateFullIDs else { return nil }
        ids = lookup.fullIDs.map { Array($0.utf8) }
        plainIDs = ids.map(Self.isPlain)
        positions = lookup.positionByFullID
        if ids.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) {
            var byLength = [[Int]](repeating: [], count: 1 + (ids.map(\.count).max() ?? 0))
            for (k, id) in ids.enumerated() { byLength[id.count].append(k) }
            positionsByLength = byLength
        } else {
            positionsByLength = nil
        }
        options = lookup.questions.map { question in
            switch question.kind {
            case .single(let options), .multiple(let options): options.map { Option($0.id) }
            default: []
            }
        }
    }

    /// Whether `bytes` are printable ASCII without quote or backslash: then a JSON string whose
    /// text is these bytes is written as them, and bytes in a file that are these and a quote
    /// are that string and no other (its first quote ends it). Ids made of letters, digits,
    /// dots and underscores, as questionnaires write them, are plain.
    static func isPlain(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// The low `count` bytes of a word (none for 0 or less, all for 8 or more).
    private static func mask(_ count: Int) -> UInt64 {
        count >= 8 ? .max : count <= 0 ? 0 : UInt64.max >> (64 - 8 * UInt64(count))
    }

    /// The option whose id is the bytes `text[range]` among those of the question at `position`:
    /// its position among the question's options, and its id.
    func option(at position: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (index: Int, id: String)? {
        guard position < options.count, range.lowerBound >= 0, range.upperBound <= text.count, let base = text.baseAddress else { return nil }
        let n = range.count
        // The value's first sixteen bytes as the options' heads are kept; read as words only
        // where sixteen bytes lie within the text, byte by byte near its end.
        var head: (UInt64, UInt64) = (0, 0)
        if range.lowerBound + 16 <= text.count {
            let at = UnsafeRawPointer(base + range.lowerBound)
            let low = UInt64(littleEndian: at.loadUnaligned(as: UInt64.self))
            let high = UInt64(littleEndian: at.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            head = (low & Self.mask(n), high & Self.mask(n - 8))
        } else {
            for k in 0..<min(n, 16) {
                let b = UInt64(text[range.lowerBound + k])
                if k < 8 { head.0 |= b << (8 * UInt64(k)) } else { head.1 |= b << (8 * UInt64(k - 8)) }
            }
        }
        // By index, each option's fields read in place: a copy of each (its bytes and its id
        // retained, then released) cost more than comparing it.
        let candidates = options[position]
        for j in candidates.indices where candidates[j].head == head && candidates[j].bytes.count == n {
            if n <= 16 { return (j, candidates[j].id) }
            var k = 16
            while k < n, candidates[j].bytes[k] == base[range.lowerBound + k] { k += 1 }
            if k == n { return (j, candidates[j].id) }
        }
        return nil
    }
}
