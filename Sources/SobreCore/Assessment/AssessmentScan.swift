import SobreJSON

/// What a comparison needs of an assessment file, read straight from its bytes: the questionnaire
/// it names, the site, the dates, the status, and each answer's value and N/A mark.
///
/// Decoding a whole file (`AssessmentCodec.decode`) builds a JSON tree, then an `Assessment`
/// with every note, time and unknown key: most of the cost of comparing 100,000 files. The scan
/// builds none of it. It checks the whole text as strictly as `JSONParser` does, and accepts
/// only the plain shape the interview writes; on anything else (a syntax error, a key given
/// twice in any object, which the full reader refuses; an escaped or non-ASCII answer id, a value of an unexpected type, a field the full
/// reader would refuse or keep aside) it gives up, and the caller decodes the file in full, with
/// its messages. So a file the scan accepts is one the full reader accepts, read the same way.
///
/// One concept in one file, longer than the others on purpose: the shape it accepts (root,
/// questionnaire, site, answers) and the reasons it gives up must be read side by side with the
/// full reader's rules, and splitting them would hide what makes the two agree.
struct AssessmentScan {
    let questionnaire: Assessment.QuestionnaireReference
    let site: Assessment.Site
    let date: String
    let updatedAt: String?
    let status: Assessment.Status
    /// `kind` and `association` (SPEC §12).
    let kind: AssessmentKind
    let association: Assessment.AssociationReference?
    /// The objectives (SPEC §9), decoded as the full reader decodes them.
    let targets: Targets?
    /// How many answers were read in the interview's own layout, a word at a time: what shows
    /// that the quick path is taken (`AssessmentScanLayoutTests`).
    let laidOutAnswers: Int
    /// Each question's answer by position, placed as the file was read, when the questionnaire
    /// named came before the answers and `placing` gave it (`placedWith`); else nil, and
    /// `slots(ids:positions:)` places the answers kept by id.
    let placed: [AnswerSlot?]?
    /// The questionnaire whose layout `placed` follows.
    let placedWith: ComparedQuestionnaire?

    /// The file's bytes, where the answer ids are read.
    private let bytes: [UInt8]
    /// Each answer in file order: where its id lies in `bytes`, and what scoring reads of it.
    private let answers: [(id: Range<Int>, slot: AnswerSlot)]

    /// Scans the bytes of an assessment file; nil when the full reader must decide.
    ///
    /// `placing` is asked, once, for the questionnaire the file names as soon as it is read; the
    /// answers that follow are then placed at their questions' positions (`placed`), which a
    /// comparison would otherwise do after the scan. Nil from it, or no `placing`: the answers
    /// are kept by id.
    init?(_ bytes: [UInt8], placing: ((Assessment.QuestionnaireReference) -> ComparedQuestionnaire?)? = nil) {
        let scanned: Fields? = bytes.withUnsafeBufferPointer { buffer in
            var reader = ScanReader(buffer, placing: placing)
            do throws(ScanReader.GiveUp) {
                return try reader.document()
            } catch {
                return nil
            }
        }
        guard let scanned, let questionnaire = scanned.questionnaire, let site = scanned.site,
              let date = scanned.date, let answers = scanned.answers else { return nil }
        // The checks the full reader makes, on the values it would read.
        guard IsoDate.isValidDay(date) else { return nil }
        if let finess = site.finess, Finess.problem(finess, language: .en) != nil { return nil }
        self.questionnaire = questionnaire
        self.site = site
        self.date = date
        updatedAt = scanned.updatedAt
        status = scanned.status
        kind = scanned.kind
        association = scanned.association
        targets = scanned.targets
        laidOutAnswers = scanned.laidOutAnswers
        placed = scanned.placed
        placedWith = scanned.placed == nil ? nil : scanned.placedWith
        self.bytes = bytes
        self.answers = answers
    }

    /// Each question's answer, by position in `ids` (the questionnaire's full ids in interview
    /// order, as UTF-8); nil when two answers land on the same question, which only the full
    /// reader settles (the scan already gives up on an id written twice; this stays as a guard). Answers to questions the questionnaire does not have are left out, as scoring
    /// leaves them out.
    func slots(ids: [[UInt8]], positions: [String: Int]) -> [AnswerSlot?]? {
        var slots = [AnswerSlot?](repeating: nil, count: ids.count)
        // Files list their answers in interview order: each id is first compared, on its bytes,
        // with the few questions after the last one found, and looked up only when it is none of them.
        var next = 0
        for (range, slot) in answers {
            let k: Int
            if let near = bytes.withUnsafeBufferPointer({ Self.near(next, ids, $0, range) }) {
                k = near
            } else if let found = positions[String(decoding: bytes[range], as: UTF8.self)] {
                k = found
            } else {
                continue
            }
            if slots[k] != nil { return nil }
            slots[k] = slot
            next = k + 1
        }
        return slots
    }

    /// How many questions from the expected one are tried on their bytes before the table: a
    /// question skipped by its condition puts the next answer one or two further on.
    fileprivate static let lookahead = 4

    /// The position among the `lookahead` from `next` whose id is the bytes of `text` in `range`.
    /// With unique ids (`ComparedQuestionnaire` and the fuzz properties check that the
    /// questionnaire has no two questions with one full id) the first found is the table's answer.
    fileprivate static func near(_ next: Int, _ ids: [[UInt8]], _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var k = next
        while k < ids.count, k < next + lookahead {
            if same(ids[k], text, range) { return k }
            k += 1
        }
        return nil
    }

    /// The position of the question whose full id is the ASCII key in `text[range]`, wherever it
    /// is: an id the lookahead missed (a site's file leaves out the head office's questions, a
    /// dozen in a row). With ASCII ids, equal bytes are equal texts and every id is compared on
    /// its bytes, among those of its length; a text made for the key and looked up in the table was
    /// most of reading such an answer. A questionnaire with an id outside ASCII, which an ASCII
    /// key may still equal as a text (the Kelvin sign and K), is looked up in the table.
    fileprivate static func anywhere(_ layout: AnswerLayout, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let byLength = layout.positionsByLength else {
            return layout.positions[String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)]
        }
        guard range.count < byLength.count else { return nil }
        return byLength[range.count].first { same(layout.ids[$0], text, range) }
    }

    /// Whether `id` is the bytes of `text` in `range`.
    fileprivate static func same(_ id: [UInt8], _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard id.count == range.count, range.lowerBound >= 0, range.upperBound <= b.count else { return false }
        return id.withUnsafeBufferPointer { a in
            do {
                guard let x = a.baseAddress, let y = b.baseAddress.map({ $0 + range.lowerBound }) else { return a.isEmpty }
                // Eight bytes at a time (ids are 10 to 40 bytes long), then the rest one by one.
                let n = a.count
                var k = 0
                while k + 8 <= n {
                    if UnsafeRawPointer(x + k).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(y + k).loadUnaligned(as: UInt64.self) {
                        return false
                    }
                    k += 8
                }
                while k < n {
                    if x[k] != y[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// What the reader found; fields stay nil when absent.
    fileprivate struct Fields {
        var questionnaire: Assessment.QuestionnaireReference?
        var site: Assessment.Site?
        var date: String?
        var updatedAt: String?
        var format = false
        var status = Assessment.Status.inProgress
        var kind = AssessmentKind.site
        var association: Assessment.AssociationReference?
        var answers: [(id: Range<Int>, slot: AnswerSlot)]?
        var laidOutAnswers = 0
        var placed: [AnswerSlot?]?
        var placedWith: ComparedQuestionnaire?
        var targets: Targets?
    }
}

/// A strict reader of JSON text over bytes that gives up, rather than explains, on anything
/// unusual. Its rules for what is valid JSON are `JSONParser`'s.
private struct ScanReader {
    struct GiveUp: Error {}

    /// The known keys of an object met so far, by number: a repeated one is left to the full
    /// reader, which refuses it.
    struct SeenKeys {
        private var bits: UInt32 = 0

        mutating func first(_ key: Int) throws(GiveUp) {
            let bit: UInt32 = 1 << UInt32(key)
            guard bits & bit == 0 else { throw GiveUp() }
            bits |= bit
        }
    }

    /// The hashes of a file's answer ids met so far, in a small table of their own: `Set` hashes
    /// each of them again, a twentieth of the scan. Two hashes taken for one only make the scan
    /// give up, never accept a file it should not.
    struct SeenHashes {
        private var slots = [UInt64](repeating: 0, count: 128)
        private var count = 0

        /// Whether `hash` is new, which records it.
        mutating func insert(_ hash: UInt64) -> Bool {
            // 0 marks an empty slot.
            let h = hash == 0 ? 1 : hash
            if 2 * (count + 1) > slots.count { grow() }
            let mask = slots.count - 1
            var k = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[k] != 0 {
                if slots[k] == h { return false }
                k = (k + 1) & mask
            }
            slots[k] = h
            count += 1
            return true
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: 2 * old.count)
            count = 0
            for h in old where h != 0 { _ = insert(h) }
        }
    }

    /// The tokens, read by `JSONParser`'s grammar.
    private var s: JSONScanner
    private var depth = 0
    /// Answers read by `laidOutAnswer`.
    private(set) var laidOutAnswers = 0
    /// Asked for the questionnaire named, to place the answers as they are read.
    private let placing: ((Assessment.QuestionnaireReference) -> ComparedQuestionnaire?)?
    /// What `placing` gave, and its layout.
    private(set) var placedWith: ComparedQuestionnaire?
    private var layout: AnswerLayout?
    /// The answers placed by position (`answers()` with a layout).
    private(set) var placed: [AnswerSlot?]?
    /// The position of the question whose answer is being read, when placing: a text value that
    /// is one of its options' ids is given that option's own text.
    private var answering: Int?
    /// The options of that question found so far in the value being read, as bits, and whether
    /// every scalar of the value was one (`answerValue`).
    private var recognisedOptions: UInt64 = 0
    private var everyTextRecognised = false
    /// Never written (escaped strings make the scan give up): passed to the scanner so that
    /// no empty array is made and released for each of a file's 300 strings.
    private var unused: [UInt8] = []
    /// Deeper values are left to the full reader (whose own limit is higher).
    private static let maximumDepth = 32

    init(_ bytes: UnsafeBufferPointer<UInt8>, placing: ((Assessment.QuestionnaireReference) -> ComparedQuestionnaire?)?) {
        s = JSONScanner(bytes)
        self.placing = placing
    }

    mutating func document() throws(GiveUp) -> AssessmentScan.Fields {
        s.skipByteOrderMark()
        space()
        var fields = AssessmentScan.Fields()
        var seen = SeenKeys()
        var others = OtherKeys()
        try object(names: Self.rootKeys) { (reader: inout ScanReader, key: ScanKey) throws(GiveUp) in
            switch key {
            case .name(0):
                try seen.first(0)
                // Only the plain `1`; `1.0` and the like are for the full reader.
                guard reader.byte == UInt8(ascii: "1") else { throw GiveUp() }
                reader.s.index += 1
                if let next = reader.byte, next == UInt8(ascii: ".") || next == UInt8(ascii: "e")
                    || next == UInt8(ascii: "E") || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
                    throw GiveUp()
                }
                fields.format = true
            case .name(1):
                try seen.first(1)
                let questionnaire = try reader.questionnaire()
                fields.questionnaire = questionnaire
                // Before the answers (as the interview writes files), they can be placed as read.
                if fields.answers == nil, let placing = reader.placing {
                    reader.placedWith = placing(questionnaire)
                    reader.layout = reader.placedWith?.layout
                }
            case .name(2):
                try seen.first(2)
                fields.site = try reader.site()
            case .name(3):
                try seen.first(3)
                fields.date = try reader.text()
            case .name(4):
                try seen.first(4)
                if reader.literalNull() { break }
                switch try reader.text() {
                case "in_progress": fields.status = .inProgress
                case "complete": fields.status = .complete
                default: throw GiveUp()
                }
            case .name(5):
                try seen.first(5)
                fields.updatedAt = try reader.text()
            case .name(6):
                try seen.first(6)
                fields.answers = try reader.answers()
                fields.laidOutAnswers = reader.laidOutAnswers
                fields.placed = reader.placed
                fields.placedWith = reader.placedWith
            case .name(7):
                try seen.first(7)
                // Another value the full reader refuses, with its message.
                guard let kind = AssessmentKind(rawValue: try reader.text()) else { throw GiveUp() }
                fields.kind = kind
            case .name(8):
                try seen.first(8)
                let v = try reader.texts(["file", "date", "sha256"], othersAllowed: true)
                if let file = v[0], let date = v[1], let sha = v[2] { fields.association = .init(file: file, date: date, sha256: sha) }
            // `targets` (SPEC §9): a few numbers, decoded by the full reader's own code.
            case .name(9):
                try seen.first(9)
                if reader.literalNull() { break }
                fields.targets = try reader.targets()
            // No other name is looked for (`rootKeys`).
            case .name:
                throw GiveUp()
            // Other keys are kept aside by the full reader; one given twice it refuses.
            case .other(let key):
                try others.first(key, in: reader.s.bytes)
                try reader.skipValue()
            }
        }
        guard fields.format, fields.answers != nil else { throw GiveUp() }
        space()
        guard s.atEnd else { throw GiveUp() }
        return fields
    }

    /// The objectives, read as the full reader reads them: the value's bytes, checked and
    /// delimited by the scan, parsed by `JSONParser` and decoded by `TargetsCodec`. Whatever
    /// either refuses is left to the full reader, which says why.
    private mutating func targets() throws(GiveUp) -> Targets {
        let start = s.index
        try skipValue()
        // The scan's depth limit is far below the parser's: the value parsed alone is refused
        // for nothing the document would be accepted for.
        let value: JSONValue
        do throws(JSONParser.SyntaxError) {
            value = try JSONParser.parse(Array(UnsafeBufferPointer(rebasing: s.bytes[start..<s.index])))
        } catch {
            throw GiveUp()
        }
        do throws(AssessmentCodec.ReadError) {
            return try TargetsCodec.decode(value, language: .en)
        } catch {
            throw GiveUp()
        }
    }

    private mutating func questionnaire() throws(GiveUp) -> Assessment.QuestionnaireReference {
        let v = try texts(["id", "version", "sha256"], othersAllowed: true)
        guard let id = v[0], let version = v[1] else { throw GiveUp() }
        return Assessment.QuestionnaireReference(id: id, version: version, sha256: v[2])
    }

    private mutating func site() throws(GiveUp) -> Assessment.Site {
        // The full reader keeps other keys with the site: left to it.
        let v = try texts(["id", "name", "finess", "group", "category"], othersAllowed: false)
        guard let id = v[0], !id.isEmpty else { throw GiveUp() }
        return Assessment.Site(id: id, name: v[1], finess: v[2], group: v[3], category: v[4])
    }

    /// An object whose members named in `names` are texts, given in the same order (nil when
    /// absent); other members are stepped over, or make the reader give up.
    private mutating func texts(_ names: [StaticString], othersAllowed: Bool) throws(GiveUp) -> [String?] {
        var values = [String?](repeating: nil, count: names.count)
        var seen = SeenKeys()
        var others = OtherKeys()
        try object(names: names) { (reader: inout ScanReader, key: ScanKey) throws(GiveUp) in
            switch key {
            case .name(let k):
                try seen.first(k)
                values[k] = try reader.text()
            case .other(let key):
                guard othersAllowed else { throw GiveUp() }
                try others.first(key, in: reader.s.bytes)
                try reader.skipValue()
            }
        }
        return values
    }

    /// The answers object. Written as a loop of its own rather than through `sequence` and
    /// closures: it is most of a file, and the closures' glue was a tenth of a comparison's
    /// instructions. The grammar is `sequence`'s, step for step.
    ///
    /// With a layout, each answer is placed at its question's position as it is read (`placed`)
    /// and the list returned is empty; without, the answers are kept by id, for
    /// `AssessmentScan.slots` to place. Ids given twice are refused by the full reader: the scan
    /// gives up on one, by its place already taken for a question of the layout, else by a hash
    /// of its bytes (ASCII, no escape: equal bytes, equal texts; two ids of one hash are left to
    /// the full reader too).
    private mutating func answers() throws(GiveUp) -> [(id: Range<Int>, slot: AnswerSlot)] {
        var answers: [(id: Range<Int>, slot: AnswerSlot)] = []
        var slots: [AnswerSlot?] = []
        if let layout {
            slots = [AnswerSlot?](repeating: nil, count: layout.ids.count)
        } else {
            answers.reserveCapacity(64)
        }
        var ids = SeenHashes()
        // Files list their answers in interview order: the few questions after the last one found
        // are tried on their bytes, the table only when the id is none of them.
        var next = 0
        try enter(UInt8(ascii: "{"))
        space()
        if byte == UInt8(ascii: "}") {
            s.index += 1
        } else {
            while true {
                space()
                let id: Range<Int>
                let position: Int?
                if let layout, let (k, range) = expectedID(layout, from: next) {
                    (position, id) = (k, range)
                } else {
                    id = try asciiKey()
                    position = layout.flatMap { layout in
                        AssessmentScan.near(next, layout.ids, s.bytes, id) ?? AssessmentScan.anywhere(layout, s.bytes, id)
                    }
                }
                if position == nil, !ids.insert(hash(id)) { throw GiveUp() }
                answering = position
                let slot: AnswerSlot
                if let quick = try laidOutAnswer() {
                    slot = quick
                    laidOutAnswers += 1
                } else {
                    try colon()
                    slot = try answer()
                }
                answering = nil
                if let position {
                    guard slots[position] == nil else { throw GiveUp() }
                    slots[position] = slot
                    next = position + 1
                } else if layout == nil {
                    answers.append((id, slot))
                }
                space()
                if byte == UInt8(ascii: ",") { s.index += 1; continue }
                if byte == UInt8(ascii: "}") { s.index += 1; break }
                throw GiveUp()
            }
        }
        depth -= 1
        if layout != nil { placed = slots }
        return answers
    }

    /// The answer id standing next when it is, quotes and all, the plain id of one of the
    /// `lookahead` questions from `next` (the first in that order), which steps over it; nil,
    /// not moving, otherwise. What `asciiKey` and `AssessmentScan.near` find there together,
    /// without reading the string first: the bytes of a plain id and a quote are that string
    /// (`AnswerLayout.isPlain`), and no id that is not plain can be those bytes.
    private mutating func expectedID(_ layout: AnswerLayout, from next: Int) -> (position: Int, id: Range<Int>)? {
        var k = next
        while k < layout.ids.count, k < next + AssessmentScan.lookahead {
            if layout.plainIDs[k], let range = quoted(layout.ids[k]) { return (k, range) }
            k += 1
        }
        return nil
    }

    /// Where `bytes` lie when a quote, they and a quote stand next, which steps over the three;
    /// nil, not moving, otherwise.
    @inline(__always) private mutating func quoted(_ bytes: [UInt8]) -> Range<Int>? {
        let start = s.index + 1, end = s.index + 1 + bytes.count
        guard end < s.bytes.count, s.bytes[s.index] == UInt8(ascii: "\""), s.bytes[end] == UInt8(ascii: "\""),
              AssessmentScan.same(bytes, s.bytes, start..<end) else { return nil }
        s.index = end + 1
        return start..<end
    }

    /// One answer's object: its value and N/A mark, its note and time stepped over.
    private mutating func answer() throws(GiveUp) -> AnswerSlot {
        var value: JSONValue?
        var recognised: UInt64 = 0
        var notApplicable = false
        var seen = SeenKeys()
        // The interview writes value, na, note and at; two other keys are followed, more are
        // left to the full reader (no table to allocate for each answer).
        var others: (Range<Int>?, Range<Int>?) = (nil, nil)
        try enter(UInt8(ascii: "{"))
        space()
        if byte == UInt8(ascii: "}") {
            s.index += 1
            depth -= 1
            return AnswerSlot(value: nil, notApplicable: false)
        }
        while true {
            space()
            // The four keys the interview writes, recognised on their bytes, quotes included;
            // any other key is read as a string (ASCII only: then equal bytes and equal texts
            // are the same thing).
            let known = knownAnswerKey()
            let key = known == nil ? try asciiKey() : nil
            try colon()
            switch known {
            case .value?:
                try seen.first(0)
                let (v, marks) = try answerValue()
                if case .null = v { value = nil } else { (value, recognised) = (v, marks) }
            case .at?:
                try seen.first(3)
                try skipValue()
            case .na?:
                try seen.first(1)
                // Not a boolean: the full reader keeps it aside and the answer is not N/A.
                if let flag = literalBool() { notApplicable = flag } else { try skipValue() }
            case .note?:
                try seen.first(2)
                try skipValue()
            case nil:
                guard let key else { throw GiveUp() }
                for other in [others.0, others.1] {
                    if let other, sameBytes(other, key) { throw GiveUp() }
                }
                if others.0 == nil {
                    others.0 = key
                } else if others.1 == nil {
                    others.1 = key
                } else {
                    throw GiveUp()
                }
                try skipValue()
            }
            space()
            if byte == UInt8(ascii: ",") { s.index += 1; continue }
            if byte == UInt8(ascii: "}") { s.index += 1; break }
            throw GiveUp()
        }
        depth -= 1
        return AnswerSlot(value: value, notApplicable: notApplicable, recognised: recognised)
    }

    /// One answer's object laid out exactly as the interview writes it (`JSONWriter`'s pretty
    /// form at its depth in the file), standing just past the answer's id: its value and N/A
    /// mark, read by the same functions as `answer()` reads them, with the white space and
    /// punctuation between them compared a word at a time instead of stepped over byte by byte
    /// (four fifths of a comparison's answers are in this form, and reading them was a third of
    /// its instructions). Nil, back where it started, at the first byte that is not that layout,
    /// and `answer()` reads the object whatever its layout: what this accepts is one of the
    /// texts `answer()` accepts, read to the same slot. A value `answer()` would refuse at the
    /// same place (both stand on the same byte then) is refused here.
    private mutating func laidOutAnswer() throws(GiveUp) -> AnswerSlot? {
        let start = s.index
        guard word(LaidOut.open, 8), word(LaidOut.indentRest, 2) else {
            s.index = start
            return nil
        }
        // As deep as `answer()` is when it reads the value, so that an array meets the same limit.
        depth += 1
        defer { depth -= 1 }
        var value: JSONValue?
        var recognised: UInt64 = 0
        var notApplicable = false
        // value, na, note, at, inherited: each once, else `answer()` decides.
        var seen: UInt8 = 0
        while true {
            let bit: UInt8
            switch knownAnswerKey() {
            case .value?: bit = 1
            case .na?: bit = 2
            case .note?: bit = 4
            case .at?: bit = 8
            case nil:
                guard word(LaidOut.inherited, 8), word(LaidOut.inheritedRest, 3) else {
                    s.index = start
                    return nil
                }
                bit = 16
            }
            guard seen & bit == 0, word(LaidOut.colon, 2) else {
                s.index = start
                return nil
            }
            seen |= bit
            switch bit {
            case 1:
                // White space before the value is not the layout: `answer()` steps over it.
                guard let first = byte, first > 0x20 else {
                    s.index = start
                    return nil
                }
                let (v, marks) = try answerValue()
                if case .null = v { value = nil } else { (value, recognised) = (v, marks) }
            case 2, 16:
                // `answer()` steps over another value of `na` (and keeps `inherited` whatever it is): left to it.
                guard let flag = literalBool() else {
                    s.index = start
                    return nil
                }
                if bit == 2 { notApplicable = flag }
            default:
                // A note or a time: any string, checked as `answer()` checks it.
                guard s.at(UInt8(ascii: "\"")) else {
                    s.index = start
                    return nil
                }
                _ = try string()
            }
            if word(LaidOut.next, 8) { continue }
            if word(LaidOut.close, 6) { break }
            s.index = start
            return nil
        }
        return AnswerSlot(value: value, notApplicable: notApplicable, recognised: recognised)
    }

    /// Steps over the `count` bytes (at most eight) of `pattern` when they are next, read as
    /// one word; false, not moving, otherwise.
    @inline(__always) private mutating func word(_ pattern: UInt64, _ count: Int) -> Bool {
        guard s.index + 8 <= s.bytes.count, let base = s.bytes.baseAddress else {
            return byteByByte(pattern, count)
        }
        let next = UInt64(littleEndian: UnsafeRawPointer(base + s.index).loadUnaligned(as: UInt64.self))
        guard next & AnswerKeyWord.mask(count) == pattern else { return false }
        s.index += count
        return true
    }

    /// `word` within eight bytes of the end.
    private mutating func byteByByte(_ pattern: UInt64, _ count: Int) -> Bool {
        guard s.index + count <= s.bytes.count else { return false }
        for k in 0..<count where s.bytes[s.index + k] != UInt8(truncatingIfNeeded: pattern >> (8 * UInt64(k))) { return false }
        s.index += count
        return true
    }

    /// The keys of an answer's object that scoring reads or steps over.
    private enum AnswerKey { case value, at, na, note }

    /// The key standing next when it is one of `AnswerKey`'s, quotes and all, which steps over
    /// it; nil, not moving, otherwise (then read as any key). The bytes `"value"` are that
    /// string and no other, so nothing is left unchecked.
    ///
    /// The next eight bytes are read as one word and compared, under a mask, with each key's
    /// bytes: reading the key as a string and comparing it with each name was a sixth of
    /// reading an answer. Within
    /// eight bytes of the end there is no answer left to read, and the key is read as any other.
    private mutating func knownAnswerKey() -> AnswerKey? {
        guard s.index + 8 <= s.bytes.count, let base = s.bytes.baseAddress else { return nil }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + s.index).loadUnaligned(as: UInt64.self))
        let key: AnswerKey
        let count: Int
        if word & AnswerKeyWord.mask(7) == AnswerKeyWord.value {
            (key, count) = (.value, 7)
        } else if word & AnswerKeyWord.mask(4) == AnswerKeyWord.at {
            (key, count) = (.at, 4)
        } else if word & AnswerKeyWord.mask(4) == AnswerKeyWord.na {
            (key, count) = (.na, 4)
        } else if word & AnswerKeyWord.mask(6) == AnswerKeyWord.note {
            (key, count) = (.note, 6)
        } else {
            return nil
        }
        s.index += count
        return key
    }

    /// An answer's value: a scalar, or an array of scalars (a multiple choice); with the options
    /// of the question being placed that its texts are, as `AnswerSlot.recognised` keeps them
    /// (0 unless every scalar is a text found among those options).
    private mutating func answerValue() throws(GiveUp) -> (value: JSONValue, recognised: UInt64) {
        recognisedOptions = 0
        everyTextRecognised = answering != nil
        let value: JSONValue
        if byte == UInt8(ascii: "[") {
            var items: [JSONValue] = []
            // A multiple choice names a few options: room for them at once, not grown twice.
            items.reserveCapacity(4)
            try sequence(UInt8(ascii: "["), UInt8(ascii: "]")) { (reader: inout ScanReader) throws(GiveUp) in
                items.append(try reader.scalar())
            }
            value = .array(items)
        } else {
            value = try scalar()
        }
        return (value, everyTextRecognised ? recognisedOptions : 0)
    }

    private mutating func scalar() throws(GiveUp) -> JSONValue {
        guard let c = byte else { throw GiveUp() }
        if c != UInt8(ascii: "\"") { everyTextRecognised = false }
        switch c {
        case UInt8(ascii: "\""):
            guard let answering, let layout else { return .string(try text()) }
            // One of the question's plain options, quotes and all: that string, known without
            // reading it first (`AnswerLayout.isPlain`); the first in option order, as `option(at:)` finds it.
            if answering < layout.options.count {
                let candidates = layout.options[answering]
                for j in candidates.indices where candidates[j].isPlain && quoted(candidates[j].bytes) != nil {
                    if j < 64 { recognisedOptions |= 1 << UInt64(j) } else { everyTextRecognised = false }
                    return .string(candidates[j].id)
                }
            }
            guard let plain = try string() else { throw GiveUp() }
            // The option's own text when the bytes are its id's: equal bytes, equal texts.
            if let found = layout.option(at: answering, s.bytes, plain.range) {
                if found.index < 64 { recognisedOptions |= 1 << UInt64(found.index) } else { everyTextRecognised = false }
                return .string(found.id)
            }
            everyTextRecognised = false
            return .string(String(decoding: UnsafeBufferPointer(rebasing: s.bytes[plain.range]), as: UTF8.self))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "n"):
            guard literalNull() else { throw GiveUp() }
            return .null
        default:
            guard let flag = literalBool() else { throw GiveUp() }
            return .bool(flag)
        }
    }

    // MARK: Objects and keys

    /// The keys of the root object the scan reads, by position (`document`'s cases).
    private static let rootKeys: [StaticString] = ["format", "questionnaire", "site", "date", "status", "updated_at", "answers", "kind",
                                                   "association", "targets"]

    /// A member's key: the position of one of the names looked for, or where another key's
    /// bytes lie.
    private enum ScanKey {
        case name(Int)
        case other(JSONScanner.PlainString)
    }

    /// The keys of an object other than those looked for, met so far, as where their bytes lie:
    /// one met twice makes the reader give up, as the full reader refuses it. Compared as the
    /// full reader compares keys, as texts: two ASCII keys on their bytes (the same thing for
    /// ASCII), any other pair as `String`s (a key with a character outside ASCII may equal an
    /// ASCII one, the Kelvin sign and K). No text is made for the ASCII keys of a file, a
    /// dozen per file.
    struct OtherKeys {
        private var keys: [JSONScanner.PlainString] = []

        mutating func first(_ key: JSONScanner.PlainString, in bytes: UnsafeBufferPointer<UInt8>) throws(GiveUp) {
            for other in keys where Self.same(key, other, bytes) { throw GiveUp() }
            keys.append(key)
        }

        private static func same(_ a: JSONScanner.PlainString, _ b: JSONScanner.PlainString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let x = UnsafeBufferPointer(rebasing: bytes[a.range]), y = UnsafeBufferPointer(rebasing: bytes[b.range])
            if a.isASCII, b.isASCII { return x.elementsEqual(y) }
            return String(decoding: x, as: UTF8.self) == String(decoding: y, as: UTF8.self)
        }
    }

    /// Reads an object, calling `member` with each key among `names`, the reader standing on
    /// its value.
    private mutating func object(
        names: [StaticString], _ member: (inout ScanReader, ScanKey) throws(GiveUp) -> Void
    ) throws(GiveUp) {
        try sequence(UInt8(ascii: "{"), UInt8(ascii: "}")) { (reader: inout ScanReader) throws(GiveUp) in
            let key = try reader.key(among: names)
            try reader.colon()
            try member(&reader, key)
        }
    }

    /// A key without escape, found among `names` as the full reader finds it, comparing texts:
    /// an ASCII key on its bytes (the same thing for ASCII), any other as a `String`. No text is
    /// made for a key that is one of the names, most keys of a file.
    private mutating func key(among names: [StaticString]) throws(GiveUp) -> ScanKey {
        guard let plain = try string() else { throw GiveUp() }
        if plain.isASCII {
            for k in names.indices where s.equals(plain.range, names[k]) { return .name(k) }
        }
        if !plain.isASCII {
            let text = String(decoding: UnsafeBufferPointer(rebasing: s.bytes[plain.range]), as: UTF8.self)
            if let k = names.firstIndex(where: { text == $0.description }) { return .name(k) }
        }
        return .other(plain)
    }

    /// `open`, elements separated by commas, `close`: `element` reads each, the reader standing on it.
    private mutating func sequence(
        _ open: UInt8, _ close: UInt8, _ element: (inout ScanReader) throws(GiveUp) -> Void
    ) throws(GiveUp) {
        try enter(open)
        space()
        if byte == close {
            s.index += 1
            depth -= 1
            return
        }
        while true {
            space()
            try element(&self)
            space()
            if byte == UInt8(ascii: ",") { s.index += 1; continue }
            if byte == close { s.index += 1; break }
            throw GiveUp()
        }
        depth -= 1
    }

    /// A key with neither escape nor character outside ASCII, as a range of bytes: compared on
    /// its bytes, which for ASCII is comparing texts.
    private mutating func asciiKey() throws(GiveUp) -> Range<Int> {
        guard let plain = try string(), plain.isASCII else { throw GiveUp() }
        return plain.range
    }

    /// FNV-1a of the bytes in `range`.
    fileprivate func hash(_ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for k in range {
            h ^= UInt64(s.bytes[k])
            h = h &* 0x100_0000_01B3
        }
        return h
    }

    fileprivate func sameBytes(_ x: Range<Int>, _ y: Range<Int>) -> Bool {
        guard x.count == y.count else { return false }
        for k in 0..<x.count where s.bytes[x.lowerBound + k] != s.bytes[y.lowerBound + k] { return false }
        return true
    }

    private mutating func colon() throws(GiveUp) {
        space()
        guard byte == UInt8(ascii: ":") else { throw GiveUp() }
        s.index += 1
        space()
    }

    // MARK: Values

    /// A string without escapes, as text; an escaped one is left to the full reader.
    private mutating func text() throws(GiveUp) -> String {
        guard let plain = try string() else { throw GiveUp() }
        return String(decoding: UnsafeBufferPointer(rebasing: s.bytes[plain.range]), as: UTF8.self)
    }

    /// Reads a string, checked as `JSONParser` checks it: its bytes when it has no escape, else nil.
    private mutating func string() throws(GiveUp) -> JSONScanner.PlainString? {
        guard s.at(UInt8(ascii: "\"")) else { throw GiveUp() }
        do throws(JSONScanner.Failure) {
            return try s.string(decoding: false, into: &unused)
        } catch {
            throw GiveUp()
        }
    }

    /// Steps over any value, checking it as `JSONParser` would.
    private mutating func skipValue() throws(GiveUp) {
        guard let c = byte else { throw GiveUp() }
        switch c {
        case UInt8(ascii: "{"):
            var keys = OtherKeys()
            try sequence(c, UInt8(ascii: "}")) { (reader: inout ScanReader) throws(GiveUp) in
                // An escaped key is left to the full reader, which compares keys once decoded.
                guard let key = try reader.string() else { throw GiveUp() }
                try keys.first(key, in: reader.s.bytes)
                try reader.colon()
                try reader.skipValue()
            }
        case UInt8(ascii: "["):
            try sequence(c, UInt8(ascii: "]")) { (reader: inout ScanReader) throws(GiveUp) in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        case UInt8(ascii: "n"): guard literalNull() else { throw GiveUp() }
        default: guard literalBool() != nil else { throw GiveUp() }
        }
    }

    /// A number, read to the same `Double` as `JSONParser` reads it.
    private mutating func number() throws(GiveUp) -> Double {
        do throws(JSONScanner.Failure) {
            return try s.number()
        } catch {
            throw GiveUp()
        }
    }

    private mutating func literalNull() -> Bool { s.literal("null") }

    private mutating func literalBool() -> Bool? {
        if s.literal("true") { return true }
        if s.literal("false") { return false }
        return nil
    }

    // MARK: Bytes

    @inline(__always) private var byte: UInt8? { s.index < s.bytes.count ? s.bytes[s.index] : nil }

    private mutating func enter(_ opening: UInt8) throws(GiveUp) {
        guard byte == opening else { throw GiveUp() }
        depth += 1
        guard depth <= Self.maximumDepth else { throw GiveUp() }
        s.index += 1
    }

    /// Steps over white space. Half the calls meet none: a byte above a space is checked here,
    /// in line, before the scanner's loop is called.
    @inline(__always) private mutating func space() {
        if s.index < s.bytes.count, s.bytes[s.index] > 0x20 { return }
        s.skipWhitespace()
    }
}

/// The quoted keys of an answer's object the scan recognises, as the words their bytes make
/// (first byte lowest, whatever the machine): constants, checked against the texts by
/// `AssessmentScanTests.answerKeyWordsAreTheirTexts`.
enum AnswerKeyWord {
    /// `"value"`
    static let value: UInt64 = 0x0022_6575_6C61_7622
    /// `"at"`
    static let at: UInt64 = 0x2274_6122
    /// `"na"`
    static let na: UInt64 = 0x2261_6E22
    /// `"note"`
    static let note: UInt64 = 0x2265_746F_6E22

    /// The low `count` bytes of a word.
    @inline(__always) static func mask(_ count: Int) -> UInt64 { UInt64.max >> (64 - 8 * UInt64(count)) }

    /// The bytes of `text` (at most eight) as one word, the first byte lowest.
    static func packed(_ text: String) -> UInt64 {
        var word: UInt64 = 0
        for (k, b) in text.utf8.prefix(8).enumerated() { word |= UInt64(b) << (8 * UInt64(k)) }
        return word
    }
}

/// The white space and punctuation around an answer's members as the interview writes them
/// (`JSONWriter`, two spaces a level, an answer's members at the third), as words, the first
/// byte lowest: constants, checked against their texts by `AssessmentScanLayoutTests`.
enum LaidOut {
    /// `: {` and a line break, then four of the six spaces before the first member.
    static let open: UInt64 = 0x2020_2020_0A7B_203A
    /// The two other spaces.
    static let indentRest: UInt64 = 0x2020
    /// `: ` after a member's key.
    static let colon: UInt64 = 0x203A
    /// `,`, a line break and six spaces, before the next member.
    static let next: UInt64 = 0x2020_2020_2020_0A2C
    /// A line break, four spaces and `}`, after the last member.
    static let close: UInt64 = 0x7D20_2020_200A
    /// `"inherit`, the first eight bytes of `"inherited"` (SPEC §12).
    static let inherited: UInt64 = 0x7469_7265_686E_6922
    /// `ed"`, its last three.
    static let inheritedRest: UInt64 = 0x22_6465
}
