import Testing
@testable import SobreCore
import SobreJSON

/// Question, theme and overall scores, levels and counts (SPEC §3.1–3.4), computed by hand.
@Suite struct ScoringTests {
    /// Levels 1–4 from 0, 25, 50 and 75: boundaries that doubles hold exactly.
    static func top(weakestLink: Int? = nil) -> String {
        """
        format: 1
        id: score
        version: "1"
        language: fr
        title: Score
        levels:
          - { id: 1, name: Un, min: 0 }
          - { id: 2, name: Deux, min: 25 }
          - { id: 3, name: Trois, min: 50 }
          - { id: 4, name: Quatre, min: 75 }

        """ + (weakestLink.map { "scoring:\n  weakest_link: \($0)\n" } ?? "")
    }

    /// One questionnaire holding a question of every kind, each alone in its theme.
    static let kinds = top() + """
        themes:
          - id: single
            title: Single
            questions:
              - id: q
                text: Q
                type: single
                options:
                  - { id: non, label: Non, score: 0 }
                  - { id: partiel, label: Partiel, score: 0.4 }
                  - { id: oui, label: Oui, score: 1 }
          - id: multiple
            title: Multiple
            questions:
              - id: q
                text: Q
                type: multiple
                options:
                  - { id: a, label: A, score: 0.5 }
                  - { id: b, label: B, score: 0.75 }
                  - { id: c, label: C, score: 0.125 }
                  - { id: aucun, label: Aucun, score: 0, exclusive: true }
          - id: boolean
            title: Boolean
            questions:
              - { id: defaut, text: D, type: boolean }
              - { id: custom, text: C, type: boolean, weight: 0, scores: { yes: 0.2, no: 0.9 } }
              - { id: partial, text: P, type: boolean, weight: 0, scores: { no: 0.3 } }
          - id: scale
            title: Scale
            questions:
              - { id: q, text: Q, type: scale, min: 1, max: 5 }
              - { id: centre, text: C, type: scale, min: -2, max: 2, weight: 0 }
          - id: number
            title: Number
            questions:
              - id: q
                text: Q
                type: number
                bands:
                  - { upto: 10, score: 1 }
                  - { upto: 50, score: 0.5 }
                  - { score: 0 }
              - { id: libre, text: L, type: number }
              - { id: texte, text: T, type: text }
        """

    /// The score of one question for one stored value.
    static func score(_ id: String, _ value: JSONValue) throws -> Double? {
        let q = try #require(load(kinds).questionnaire)
        let question = try #require(q.question(id))
        var answers = AnswerSet()
        answers[id] = Answer(value: value)
        let card = Scorecard(questionnaire: q, answers: answers)
        let result = try #require(card.result(for: id))
        #expect(result.score == AnswerInterpreter.score(of: value, for: question))
        return result.score
    }

    static func strings(_ ids: String...) -> JSONValue { .array(ids.map { .string($0) }) }

    /// `a` and `b` within 1e-9, or both nil.
    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case let (x?, y?): abs(x - y) <= 1e-9
        case (nil, nil): true
        default: false
        }
    }

    // MARK: - 3.1 Question scores

    @Test func single() throws {
        #expect(try Self.score("single.q", .string("non")) == 0)
        #expect(try Self.score("single.q", .string("partiel")) == 0.4)
        #expect(try Self.score("single.q", .string("oui")) == 1)
        #expect(try Self.score("single.q", .string("inconnu")) == nil)
        #expect(try Self.score("single.q", .number(1)) == nil)
    }

    @Test func multipleSumsAndCapsAtOne() throws {
        #expect(try Self.score("multiple.q", Self.strings("a")) == 0.5)
        #expect(try Self.score("multiple.q", Self.strings("a", "c")) == 0.625)
        // 0.5 + 0.75 + 0.125 = 1.375, capped.
        #expect(try Self.score("multiple.q", Self.strings("a", "b", "c")) == 1)
        #expect(try Self.score("multiple.q", Self.strings("b", "a")) == 1)
        #expect(try Self.score("multiple.q", Self.strings("aucun")) == 0)
        #expect(try Self.score("multiple.q", Self.strings("a", "a")) == 0.5)
    }

    @Test func multipleThatBreaksItsRulesIsNoAnswer() throws {
        #expect(try Self.score("multiple.q", Self.strings("aucun", "a")) == nil)
        #expect(try Self.score("multiple.q", .array([])) == nil)
        #expect(try Self.score("multiple.q", Self.strings("a", "z")) == nil)
        #expect(try Self.score("multiple.q", .string("a")) == nil)
    }

    /// Options are marked in one word up to 64 and in an array past it: both give the sum in
    /// option order, and an exclusive option past the 64th still excludes the others.
    @Test(arguments: [[3], [66], [3, 66], [0, 63, 64, 69], [69, 0]])
    func aMultipleOfManyOptionsScoresEveryOptionPicked(_ picked: [Int]) throws {
        let options = (0..<70).map { AnswerOption(id: "o\($0)", label: "O\($0)", score: Double($0) / 1000, exclusive: $0 == 68) }
        let question = Question(id: "q", themeID: "t", text: "?", kind: .multiple(options))
        let value = JSONValue.array(picked.map { .string("o\($0)") })
        let reading = try #require(AnswerInterpreter.read(value, kind: question.kind))
        var sum = 0.0
        for j in picked.sorted() { sum += Double(j) / 1000 }
        #expect(reading.score == sum)
        #expect(reading.value == .set(PickedOptions(picked.map { "o\($0)" })))
        #expect(AnswerInterpreter.read(.array(picked.map { .string("o\($0)") } + [.string("o68")]), kind: question.kind) == nil)
        #expect(AnswerInterpreter.read(.array([.string("o68")]), kind: question.kind)?.score == 0.068)
    }

    @Test func booleanDefaultAndCustomScores() throws {
        #expect(try Self.score("boolean.defaut", .bool(true)) == 1)
        #expect(try Self.score("boolean.defaut", .bool(false)) == 0)
        #expect(try Self.score("boolean.custom", .bool(true)) == 0.2)
        #expect(try Self.score("boolean.custom", .bool(false)) == 0.9)
        // Only « no » given: « yes » keeps its default.
        #expect(try Self.score("boolean.partial", .bool(true)) == 1)
        #expect(try Self.score("boolean.partial", .bool(false)) == 0.3)
        #expect(try Self.score("boolean.defaut", .string("yes")) == nil)
    }

    @Test func scale() throws {
        #expect(try Self.score("scale.q", .number(1)) == 0)
        #expect(try Self.score("scale.q", .number(2)) == 0.25)
        #expect(try Self.score("scale.q", .number(4)) == 0.75)
        #expect(try Self.score("scale.q", .number(5)) == 1)
        #expect(try Self.score("scale.q", .number(6)) == nil)
        #expect(try Self.score("scale.q", .number(0)) == nil)
        #expect(try Self.score("scale.centre", .number(0)) == 0.5)
        #expect(try Self.score("scale.centre", .number(-2)) == 0)
        #expect(try Self.score("scale.centre", .number(1)) == 0.75)
    }

    @Test func numberWithBands() throws {
        #expect(try Self.score("number.q", .number(-5)) == 1)
        #expect(try Self.score("number.q", .number(0)) == 1)
        // Equal to an « upto »: that band.
        #expect(try Self.score("number.q", .number(10)) == 1)
        #expect(try Self.score("number.q", .number(10.5)) == 0.5)
        #expect(try Self.score("number.q", .number(50)) == 0.5)
        // Above the last « upto »: the last band.
        #expect(try Self.score("number.q", .number(50.001)) == 0)
        #expect(try Self.score("number.q", .number(1e9)) == 0)
    }

    @Test func unscoredQuestions() throws {
        #expect(try Self.score("number.libre", .number(3)) == nil)
        #expect(try Self.score("number.texte", .string("abc")) == nil)
    }

    @Test func answersOutsideTheQuestionsRulesAreNoAnswer() throws {
        let q = try #require(load(Self.top() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: echelle, text: E, type: scale, min: 1, max: 5 }
                  - { id: borne, text: B, type: number, min: 0, max: 100, integer: true, bands: [{ upto: 50, score: 1 }, { score: 0 }] }
                  - { id: libre, text: L, type: number, bands: [{ upto: 50, score: 1 }, { score: 0 }] }
            """).questionnaire)
        func fits(_ id: String, _ value: Double) -> Bool { AnswerInterpreter.fits(.number(value), q.question(id)!) }
        #expect(fits("t.echelle", 3))
        #expect(!fits("t.echelle", 2.5))
        #expect(fits("t.borne", 0) && fits("t.borne", 100) && fits("t.borne", 42))
        #expect(!fits("t.borne", -1))
        #expect(!fits("t.borne", 101))
        #expect(!fits("t.borne", 4.5))
        #expect(fits("t.libre", -1e9) && fits("t.libre", 4.5))
        #expect(AnswerInterpreter.score(of: .number(101), for: q.question("t.borne")!) == nil)
        #expect(AnswerInterpreter.score(of: .number(-3), for: q.question("t.libre")!) == 1)
    }

    // MARK: - 3.2 Theme scores

    @Test func everyKindInItsTheme() throws {
        let q = try #require(load(Self.kinds).questionnaire)
        var answers = AnswerSet()
        answers["single.q"] = Answer(value: .string("partiel"))
        answers["multiple.q"] = Answer(value: Self.strings("b", "c"))
        answers["boolean.defaut"] = Answer(value: .bool(true))
        answers["boolean.custom"] = Answer(value: .bool(false))
        answers["scale.q"] = Answer(value: .number(2))
        answers["number.q"] = Answer(value: .number(20))
        answers["number.libre"] = Answer(value: .number(20))
        answers["number.texte"] = Answer(value: .string("libre"))
        let card = Scorecard(questionnaire: q, answers: answers)
        #expect(card.themes.map(\.theme.id) == ["single", "multiple", "boolean", "scale", "number"])
        // 40; 87.5; 100 (weight-0 questions out); 25; 50 (unscored number and text out).
        let expected: [Double] = [40, 87.5, 100, 25, 50]
        for (result, value) in zip(card.themes, expected) {
            #expect(Self.close(result.score, value), "\(result.theme.id): \(String(describing: result.score))")
        }
        #expect(card.themes.map(\.counted) == [1, 1, 1, 1, 1])
        // Levels: 40 → 2, 87.5 → 4, 100 → 4, 25 → 2 (exactly at min), 50 → 3 (exactly at min).
        #expect(card.themes.map { $0.level?.id } == [2, 4, 4, 2, 3])
        // (40 + 87.5 + 100 + 25 + 50) / 5 = 60.5
        #expect(Self.close(card.overallScore, 60.5))
        #expect(card.overallLevel?.id == 3)
        #expect(card.levelByScore?.id == 3)
        #expect(!card.capped)
    }

    static let weighted = top() + """
        themes:
          - id: t
            title: T
            questions:
              - { id: x, text: X, type: number, weight: 0 }
          - id: a
            title: A
            weight: 3
            questions:
              - { id: fort, text: F, type: boolean, weight: 2 }
              - { id: faible, text: F, type: scale, min: 0, max: 4 }
              - { id: info, text: I, type: boolean, weight: 0 }
              - { id: na, text: N, type: boolean, weight: 5, na: true }
              - { id: gate, text: G, type: boolean, weight: 0 }
              - { id: cache, text: C, type: boolean, weight: 4, when: t.x == 1 and a.gate }
              - { id: ouvert, text: O, type: boolean, weight: 4, when: a.gate }
              - { id: remarque, text: R, type: text, required: false }
          - id: b
            title: B
            questions:
              - { id: q, text: Q, type: scale, min: 0, max: 10, weight: 0.5 }
              - { id: r, text: R, type: boolean, weight: 1.5, required: false }
          - id: c
            title: C
            weight: 0.5
            questions:
              - { id: q, text: Q, type: boolean, na: true }
              - { id: r, text: R, type: text }
        """

    static func weightedCard(_ fill: (inout AnswerSet) -> Void) throws -> Scorecard {
        let q = try #require(load(weighted).questionnaire)
        var answers = AnswerSet()
        fill(&answers)
        return Scorecard(questionnaire: q, answers: answers)
    }

    @Test func weightsNAAndIrrelevantQuestions() throws {
        let card = try Self.weightedCard { a in
            a["a.fort"] = Answer(value: .bool(true))            // w 2, s 1
            a["a.faible"] = Answer(value: .number(1))           // w 1, s 0.25
            a["a.info"] = Answer(value: .bool(false))           // w 0: out
            a["a.na"] = Answer(notApplicable: true)             // N/A: out
            a["a.gate"] = Answer(value: .bool(false))           // w 0
            a["a.cache"] = Answer(value: .bool(false))          // irrelevant (t.x unanswered): out, though stored
            a["a.ouvert"] = Answer(value: .bool(true))          // irrelevant (a.gate false): out, though stored
            a["a.remarque"] = Answer(value: .string("RAS"))     // text: out
            a["b.q"] = Answer(value: .number(6))                // w 0.5, s 0.6
            a["b.r"] = Answer(value: .bool(false))              // w 1.5, s 0
            a["c.q"] = Answer(notApplicable: true)
            a["c.r"] = Answer(value: .string("rien"))
        }
        #expect(card.themes.map(\.theme.id) == ["t", "a", "b", "c"])
        let t = card.themes[0], a = card.themes[1], b = card.themes[2], c = card.themes[3]
        // A: 100 × (2 × 1 + 1 × 0.25) / 3 = 75
        #expect(Self.close(a.score, 75))
        #expect(a.level?.id == 4)
        #expect(a.counted == 2)
        // Relevant: all but cache and ouvert.
        #expect(a.relevant == 6)
        // B: 100 × (0.5 × 0.6 + 1.5 × 0) / 2 = 15
        #expect(Self.close(b.score, 15))
        #expect(b.level?.id == 1)
        #expect(b.counted == 2)
        // C: only N/A and text: not assessed.
        #expect(c.score == nil)
        #expect(c.level == nil)
        #expect(c.counted == 0)
        #expect(c.relevant == 2)
        #expect(t.score == nil)
        // Overall: (3 × 75 + 1 × 15) / 4 = 60; C and T left out.
        #expect(Self.close(card.overallScore, 60))
        #expect(card.overallLevel?.id == 3)

        let ouvert = try #require(card.result(for: "a.ouvert"))
        #expect(!ouvert.relevant)
        #expect(ouvert.value == nil)
        #expect(ouvert.score == nil)
        #expect(!ouvert.counted)
        let na = try #require(card.result(for: "a.na"))
        #expect(na.relevant && na.notApplicable && !na.counted && na.score == nil && na.value == nil)
        let info = try #require(card.result(for: "a.info"))
        #expect(info.score == 0 && !info.counted && info.value == .bool(false))
    }

    @Test func irrelevantQuestionIsIgnoredEvenWhenNA() throws {
        let card = try Self.weightedCard { a in
            a["a.fort"] = Answer(value: .bool(false))
            a["a.gate"] = Answer(value: .bool(false))
            a["a.ouvert"] = Answer(notApplicable: true)
        }
        let ouvert = try #require(card.result(for: "a.ouvert"))
        #expect(!ouvert.relevant)
        #expect(!ouvert.notApplicable)
        #expect(!card.missingRequired.contains("a.ouvert"))
    }

    @Test func relevantQuestionCountsOnceItsConditionHolds() throws {
        let card = try Self.weightedCard { a in
            a["a.gate"] = Answer(value: .bool(true))
            a["a.ouvert"] = Answer(value: .bool(true))     // w 4, s 1
            a["a.fort"] = Answer(value: .bool(false))      // w 2, s 0
        }
        // 100 × 4 / 6
        #expect(Self.close(card.themes[1].score, 400.0 / 6))
        #expect(card.themes[1].counted == 2)
        #expect(Self.close(card.overallScore, 400.0 / 6))
    }

    @Test func nothingAssessed() throws {
        let card = try Self.weightedCard { a in
            a["a.info"] = Answer(value: .bool(true))
            a["c.q"] = Answer(notApplicable: true)
        }
        #expect(card.themes.allSatisfy { $0.score == nil && $0.level == nil })
        #expect(card.overallScore == nil)
        #expect(card.levelByScore == nil)
        #expect(card.overallLevel == nil)
        #expect(!card.capped)
    }

    @Test func emptyAssessment() throws {
        let card = try Self.weightedCard { _ in }
        #expect(card.overallScore == nil)
        #expect(card.themes.map(\.counted) == [0, 0, 0, 0])
        // Every relevant required question is missing: a.cache and a.ouvert are not relevant.
        #expect(card.missingRequired == ["t.x", "a.fort", "a.faible", "a.info", "a.na", "a.gate", "b.q", "c.q", "c.r"])
    }

    // MARK: - 3.4 Levels

    @Test(arguments: [
        (0.0, 1), (24.999999, 1), (25, 2), (49.9, 2), (50, 3), (74.99, 3), (75, 4), (100, 4),
    ])
    func levelIsTheLastWhoseMinIsReached(score: Double, level: Int) throws {
        let q = try #require(load(Self.kinds).questionnaire)
        #expect(q.level(for: score)?.id == level)
    }

    @Test func levelsInFileOrderWithUnorderedIDs() throws {
        // Ids need not follow min (a warning only): the level is found by min, in file order.
        let result = load("""
            format: 1
            id: score
            version: "1"
            language: fr
            title: Score
            levels:
              - { id: 3, name: Bas, min: 0 }
              - { id: 1, name: Haut, min: 60 }
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: scale, min: 0, max: 10 }
            """)
        let q = try #require(result.questionnaire)
        var answers = AnswerSet()
        answers["t.q"] = Answer(value: .number(6))
        let card = Scorecard(questionnaire: q, answers: answers)
        #expect(card.themes[0].level?.name == "Haut")
        #expect(card.overallLevel?.name == "Haut")
    }

    /// Levels from 0, 45 and 90, `weakest_link: 0`; theme a's two questions and theme b's one
    /// take the scores of the options picked.
    static func threshold(_ answers: [String: String]) throws -> Scorecard {
        let q = try loadValid("""
            format: 1
            id: seuil
            version: "1"
            language: fr
            title: Seuil
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Moyen, min: 45 }
              - { id: 3, name: Haut, min: 90 }
            scoring:
              weakest_link: 0
            option_sets:
              o:
                - { id: s3, label: S3, score: 0.3 }
                - { id: s449, label: S449, score: 0.449 }
                - { id: s6, label: S6, score: 0.6 }
                - { id: s1, label: S1, score: 1 }
            themes:
              - id: a
                title: A
                questions:
                  - { id: q1, text: Q1, type: single, options: o }
                  - { id: q2, text: Q2, type: single, options: o }
              - { id: b, title: B, questions: [{ id: q, text: Q, type: single, options: o }] }
            """)
        var set = AnswerSet()
        for (id, option) in answers { set[id] = Answer(value: .string(option)) }
        return Scorecard(questionnaire: q, answers: set)
    }

    @Test func aScoreOffAThresholdByRoundingNoiseReachesIt() throws {
        // 100 × (0.6 + 0.3) / 2 is 44.99999999999999 in doubles, shown "45": it is Moyen (min 45).
        let card = try Self.threshold(["a.q1": "s6", "a.q2": "s3"])
        let score = try #require(card.themes[0].score)
        #expect(score < 45 && score > 45 - 1e-9)
        #expect(card.themes[0].level?.id == 2)
        #expect(card.overallScore == score)
        #expect(card.levelByScore?.id == 2)
        #expect(card.overallLevel?.id == 2)
        #expect(card.questionnaire.level(for: 44.99999999999999)?.id == 2)
        #expect(card.questionnaire.level(for: 89.99999999999999)?.id == 3)
    }

    @Test func aScoreReallyBelowAThresholdDoesNotReachIt() throws {
        let card = try Self.threshold(["a.q1": "s449", "a.q2": "s449"])
        #expect(Self.close(card.themes[0].score, 44.9))
        #expect(card.themes[0].level?.id == 1)
        #expect(card.overallLevel?.id == 1)
        #expect(card.questionnaire.level(for: 44.9)?.id == 1)
        #expect(card.questionnaire.level(for: 45 - 1e-8)?.id == 1)
    }

    @Test func weakestLinkCapsAtTheLevelTheNoisyThemeReaches() throws {
        // a 44.99999999999999 (Moyen), b 100 (Haut): overall 72.5 is Moyen, and the cap
        // (a's level + 0) is Moyen too, so nothing is capped.
        let card = try Self.threshold(["a.q1": "s6", "a.q2": "s3", "b.q": "s1"])
        #expect(card.themes.map { $0.level?.id } == [2, 3])
        #expect(card.levelByScore?.id == 2)
        #expect(card.overallLevel?.id == 2)
        #expect(!card.capped)
    }

    // MARK: - weakest_link

    /// Themes a, b, c (and d, never answered); a and b at 100, c at `low`.
    static func linked(_ k: Int?, low: Double) throws -> Scorecard {
        let yaml = top(weakestLink: k) + """
            themes:
              - { id: a, title: A, questions: [{ id: q, text: Q, type: scale, min: 0, max: 100 }] }
              - { id: b, title: B, questions: [{ id: q, text: Q, type: scale, min: 0, max: 100 }] }
              - { id: c, title: C, questions: [{ id: q, text: Q, type: scale, min: 0, max: 100 }] }
              - { id: d, title: D, questions: [{ id: q, text: Q, type: scale, min: 0, max: 100 }] }
            """
        let q = try #require(load(yaml).questionnaire)
        #expect(q.weakestLink == k)
        var answers = AnswerSet()
        answers["a.q"] = Answer(value: .number(100))
        answers["b.q"] = Answer(value: .number(100))
        answers["c.q"] = Answer(value: .number(low))
        return Scorecard(questionnaire: q, answers: answers)
    }

    @Test func withoutWeakestLinkTheScoreDecides() throws {
        // (100 + 100 + 0) / 3 = 66.7 → level 3; c is at level 1.
        let card = try Self.linked(nil, low: 0)
        #expect(Self.close(card.overallScore, 200.0 / 3))
        #expect(card.themes.map { $0.level?.id } == [4, 4, 1, nil])
        #expect(card.overallLevel?.id == 3)
        #expect(!card.capped)
    }

    @Test func weakestLinkZeroCapsAtTheLowestTheme() throws {
        let card = try Self.linked(0, low: 0)
        #expect(card.levelByScore?.id == 3)
        #expect(card.overallLevel?.id == 1)
        #expect(card.capped)
        // The score itself is not changed.
        #expect(Self.close(card.overallScore, 200.0 / 3))
    }

    @Test func weakestLinkOneCapsOneAbove() throws {
        let card = try Self.linked(1, low: 0)
        #expect(card.levelByScore?.id == 3)
        #expect(card.overallLevel?.id == 2)
        #expect(card.capped)
    }

    @Test func weakestLinkThatIsNotNeeded() throws {
        // k = 2: cap 3, the level is 3.
        let two = try Self.linked(2, low: 0)
        #expect(two.overallLevel?.id == 3)
        #expect(!two.capped)
        // k = 1 with c at 40 (level 2): cap 3, level 3 (average 80 would be 4 without the cap).
        let one = try Self.linked(1, low: 40)
        #expect(Self.close(one.overallScore, 80))
        #expect(one.levelByScore?.id == 4)
        #expect(one.overallLevel?.id == 3)
        #expect(one.capped)
        // k = 1 with c at 50 (level 3): cap 4, nothing capped.
        let none = try Self.linked(1, low: 50)
        #expect(none.overallLevel?.id == 4)
        #expect(!none.capped)
    }

    @Test func weakestLinkIgnoresThemesNotAssessed() throws {
        // d is not assessed; the lowest assessed theme is c.
        let card = try Self.linked(0, low: 100)
        #expect(card.overallLevel?.id == 4)
        #expect(!card.capped)
    }

    // MARK: - Missing required questions

    @Test func missingRequired() throws {
        let yaml = Self.top() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: requise, text: R, type: boolean }
                  - { id: facultative, text: F, type: boolean, required: false }
                  - { id: na, text: N, type: boolean, na: true }
                  - { id: gate, text: G, type: boolean }
                  - { id: cachee, text: C, type: boolean, when: t.gate }
                  - { id: note, text: N, type: boolean }
                  - { id: fausse, text: F, type: single, options: [{ id: a, label: A, score: 1 }, { id: b, label: B, score: 0 }] }
                  - { id: texte, text: T, type: text }
                  - { id: vide, text: V, type: text }
                  - { id: nul, text: N, type: boolean }
            """
        let q = try #require(load(yaml).questionnaire)
        var answers = AnswerSet()
        answers["t.na"] = Answer(notApplicable: true)
        answers["t.gate"] = Answer(value: .bool(false))
        answers["t.note"] = Answer(note: "à demander")
        answers["t.fausse"] = Answer(value: .string("c"))
        answers["t.texte"] = Answer(value: .string("ok"))
        answers["t.vide"] = Answer(value: .string(""))
        answers["t.nul"] = Answer(value: .null)
        let card = Scorecard(questionnaire: q, answers: answers)
        #expect(card.missingRequired == ["t.requise", "t.note", "t.fausse", "t.vide", "t.nul"])
    }

    /// A stored N/A counts only where the question offers it; elsewhere it is an answer that does not fit.
    @Test func notApplicableOnlyWhereOffered() throws {
        let yaml = Self.top() + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: offert, text: O, type: boolean, na: true }
                  - { id: refuse, text: R, type: boolean }
            """
        let q = try #require(load(yaml).questionnaire)
        var answers = AnswerSet()
        answers["t.offert"] = Answer(notApplicable: true)
        answers["t.refuse"] = Answer(notApplicable: true)
        let card = Scorecard(questionnaire: q, answers: answers)
        #expect(card.result(for: "t.offert")?.notApplicable == true)
        #expect(card.result(for: "t.refuse")?.notApplicable == false)
        #expect(card.missingRequired == ["t.refuse"])
    }
}
