import Testing
@testable import SobreCore

/// The grammar of SPEC §2: precedence, every operator, lists, calls, strings, limits.
@Suite struct ExpressionParserTests {
    // MARK: - Precedence, lowest first: or < and < not < comparison < + - < * / < unary

    @Test(arguments: [
        ("t.a or t.b and t.c", "(or t.a (and t.b t.c))"),
        ("t.a and t.b or t.c", "(or (and t.a t.b) t.c)"),
        ("not t.a and t.b", "(and (not t.a) t.b)"),
        ("not t.a or not t.b", "(or (not t.a) (not t.b))"),
        ("not t.n == 1", "(not (== t.n 1))"),
        ("not not t.a", "(not (not t.a))"),
        ("t.n + 1 == 2 * 3", "(== (+ t.n 1) (* 2 3))"),
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("1 - 2 / 4", "(- 1 (/ 2 4))"),
        ("-1 * 2", "(* (neg 1) 2)"),
        ("2 * -3", "(* 2 (neg 3))"),
        ("- -t.n", "(neg (neg t.n))"),
        ("-t.n + 1 < 0", "(< (+ (neg t.n) 1) 0)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
        ("(t.a or t.b) and t.c", "(and (or t.a t.b) t.c)"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("t.m contains 'x' and t.s in ['a']", "(and (contains t.m 'x') (in t.s ['a']))"),
        ("t.a or t.b or t.c", "(or (or t.a t.b) t.c)"),
        ("score(t.q) * 2 >= 1 or count(t.m) > 0 and not na(t.q)",
         "(or (>= (* score(t.q) 2) 1) (and (> count(t.m) 0) (not na(t.q))))"),
    ])
    func precedence(text: String, tree: String) {
        #expect(parseResult(text) == tree)
    }

    // MARK: - Every operator

    @Test(arguments: [
        ("t.n == 1", "(== t.n 1)"),
        ("t.n != 1", "(!= t.n 1)"),
        ("t.n < 1", "(< t.n 1)"),
        ("t.n <= 1", "(<= t.n 1)"),
        ("t.n > 1", "(> t.n 1)"),
        ("t.n >= 1", "(>= t.n 1)"),
        ("t.n+1==2", "(== (+ t.n 1) 2)"),
        ("t.n-1>=2", "(>= (- t.n 1) 2)"),
        ("t.n*2<=2", "(<= (* t.n 2) 2)"),
        ("t.n/2!=2", "(!= (/ t.n 2) 2)"),
        ("t.m contains 'a'", "(contains t.m 'a')"),
        ("t.s in ['a', 'b', 'c']", "(in t.s ['a' 'b' 'c'])"),
        ("t.s in [\"a\"]", "(in t.s ['a'])"),
        ("t.a and t.b", "(and t.a t.b)"),
        ("t.a or t.b", "(or t.a t.b)"),
        ("not t.a", "(not t.a)"),
        ("-t.n < 0", "(< (neg t.n) 0)"),
        ("true", "true"),
        ("false or true", "(or false true)"),
        ("1.25 < 2", "(< 1.25 2)"),
        ("007 == 7", "(== 7 7)"),
    ])
    func operators(text: String, tree: String) {
        #expect(parseResult(text) == tree)
    }

    @Test func comparisonsDoNotChain() {
        #expect(parseResult("1 < 2 < 3") == "6: symbole « < » inattendu après la fin de l’expression")
        #expect(parseResult("t.a == t.b == t.c") == "11: symbole « == » inattendu après la fin de l’expression")
    }

    // MARK: - Calls

    @Test(arguments: [
        ("score(t.q) > 0", "(> score(t.q) 0)"),
        ("answered(t.q)", "answered(t.q)"),
        ("na(t.q)", "na(t.q)"),
        ("count(t.m) >= 2", "(>= count(t.m) 2)"),
        ("theme_score(usages) < 50", "(< theme_score(usages) 50)"),
        ("theme_level(usages) == 1", "(== theme_level(usages) 1)"),
        ("overall_score() < 80", "(< overall_score() 80)"),
        ("overall_level() <= 2", "(<= overall_level() 2)"),
        ("score( t.q ) > 0", "(> score(t.q) 0)"),
    ])
    func calls(text: String, tree: String) {
        #expect(parseResult(text) == tree)
    }

    @Test func callErrors() {
        #expect(parseResult("score(t.) > 0") == "8: un identifiant de question est attendu après « t. »")
        #expect(parseResult("score(t.q > 0") == "10: il manque « ) » après l’argument de score")
        #expect(parseResult("score('t.q') > 0") == "6: il manque « ) » après l’argument de score")
        #expect(parseResult("count(t.q, t.r)") == "9: il manque « ) » après l’argument de count")
    }

    @Test func callOffsets() throws {
        let e = try Expression.parse("1 < score(t.q)")
        guard case .binary(_, _, .call(let name, let argument, let offset, let argumentOffset), _) = e.root else {
            Issue.record("not a comparison with a call: \(render(e.root))")
            return
        }
        #expect(name == "score")
        #expect(argument == "t.q")
        #expect(offset == 4)
        #expect(argumentOffset == 10)
    }

    // MARK: - Strings

    @Test func bothQuotes() {
        #expect(parseResult("t.s == 'oui'") == "(== t.s 'oui')")
        #expect(parseResult("t.s == \"oui\"") == "(== t.s 'oui')")
        #expect(parseResult("t.s == \"l'été\"") == "(== t.s 'l'été')")
        #expect(parseResult("t.s == 'dit \"oui\"'") == "(== t.s 'dit \"oui\"')")
        #expect(parseResult("t.s == 'l\\'été'") == "(== t.s 'l'été')")
        #expect(parseResult("t.s == ''") == "(== t.s '')")
    }

    @Test func unterminatedStrings() {
        #expect(parseResult("t.s == 'oui") == "7: texte non terminé : il manque le guillemet fermant '")
        #expect(parseResult("t.s == \"oui'") == "7: texte non terminé : il manque le guillemet fermant \"")
        #expect(parseResult("t.s == \"oui'", language: .en) == "7: unterminated string: missing closing \"")
    }

    @Test func offsetsCountUnicodeScalars() {
        // « é » is one scalar: the stray word after the string is at offset 13.
        #expect(parseResult("t.s == 'été' x") == "13: mot « x » inattendu après la fin de l’expression")
        #expect(parseResult("'été' == t.s ==") == "13: symbole « == » inattendu après la fin de l’expression")
    }

    // MARK: - Lists

    @Test func listErrors() {
        #expect(parseResult("t.s in 'a'") == "7: une liste « ['a', 'b'] » est attendue après « in »")
        #expect(parseResult("t.s in []") == "8: un texte entre guillemets est attendu dans la liste")
        #expect(parseResult("t.s in [1]") == "8: un texte entre guillemets est attendu dans la liste")
        #expect(parseResult("t.s in ['a' 'b']") == "12: il manque « ] » pour fermer la liste")
        #expect(parseResult("t.s in ['a',]") == "12: un texte entre guillemets est attendu dans la liste")
        #expect(parseResult("t.s in ['a'") == "11: il manque « ] » pour fermer la liste")
    }

    // MARK: - Other syntax errors

    @Test func syntaxErrors() {
        #expect(parseResult("") == "0: expression vide")
        #expect(parseResult("   ") == "3: expression vide")
        #expect(parseResult("t.a and") == "7: l’expression se termine trop tôt")
        #expect(parseResult("and t.a") == "0: mot-clé « and » inattendu ici")
        #expect(parseResult("t.n == contains") == "7: mot-clé « contains » inattendu ici")
        #expect(parseResult("t.n = 1") == "4: « = » seul n’existe pas : écrivez « == » pour comparer")
        #expect(parseResult("t.n ≥ 1") == "4: caractère inattendu « ≥ »")
        #expect(parseResult("t. == 1") == "3: un identifiant de question est attendu après « t. »")
        #expect(parseResult("t == 1") == "0: « t » seul ne désigne rien : écrivez « thème.question », ou une fonction « t(…) »")
        #expect(parseResult("(t.a") == "4: il manque « ) »")
        #expect(parseResult("t.a)") == "3: symbole « ) » inattendu après la fin de l’expression")
        #expect(parseResult("t.n == 1.") == "8: symbole « . » inattendu après la fin de l’expression")
        #expect(parseResult("t.n == 2.5 3") == "11: nombre « 3 » inattendu après la fin de l’expression")
        #expect(parseResult("t.n == 0.5 0.25") == "11: nombre « 0.25 » inattendu après la fin de l’expression")
        #expect(parseResult("* 2") == "0: symbole « * » inattendu")
    }

    @Test func syntaxErrorsInEnglish() {
        #expect(parseResult("", language: .en) == "0: empty expression")
        #expect(parseResult("t.a or", language: .en) == "6: the expression ends too early")
        #expect(parseResult("t.n = 1", language: .en) == "4: a single '=' is not an operator: write '==' to compare")
        #expect(parseResult("t.s in ['a'", language: .en) == "11: missing ']' to close the list")
        #expect(parseResult("(t.a", language: .en) == "4: missing ')'")
    }

    // MARK: - Limits: errors, never a crash

    @Test func nestingUpToTheLimit() {
        // The outer expression is one level, each parenthesis one more: 63 pairs fit in 64.
        let text = String(repeating: "(", count: 63) + "t.a" + String(repeating: ")", count: 63)
        #expect(parseResult(text) == "t.a")
    }

    @Test func deepParenthesesAreRefused() {
        let text = String(repeating: "(", count: 64) + "t.a" + String(repeating: ")", count: 64)
        #expect(parseResult(text) == "64: expression trop imbriquée")
    }

    @Test func veryDeepNestingIsRefusedWithoutCrashing() {
        let parens = String(repeating: "(", count: 1_000) + "1" + String(repeating: ")", count: 1_000)
        #expect(parseResult(parens) == "0: expression trop longue (plus de 2000 éléments)")
        let nots = String(repeating: "not ", count: 500) + "t.a"
        #expect(parseResult(nots) == "256: expression trop imbriquée")
        let minuses = String(repeating: "-", count: 500) + "1 < 0"
        #expect(parseResult(minuses) == "64: expression trop imbriquée")
        let parensWithinTokenLimit = String(repeating: "(", count: 900) + "1"
        #expect(parseResult(parensWithinTokenLimit) == "64: expression trop imbriquée")
    }

    @Test func longChainWithinTheTokenLimit() throws {
        // 1000 numbers and 999 « + »: 1999 tokens and the end, exactly the limit.
        let text = Array(repeating: "1", count: 1_000).joined(separator: " + ")
        #expect(try evaluate(text) == .number(1_000))
    }

    @Test func longChainOverTheTokenLimit() {
        let text = Array(repeating: "1", count: 1_001).joined(separator: " + ")
        #expect(parseResult(text) == "0: expression trop longue (plus de 2000 éléments)")
        #expect(parseResult(text, language: .en) == "0: expression too long (more than 2000 tokens)")
    }

    // MARK: - References

    @Test func questionReferencesAreListedOnceInOrder() throws {
        let e = try Expression.parse("score(t.b) < 1 and t.a == 'x' or answered(t.b) and theme_score(t) < 50 or count(t.c) > t.a")
        #expect(e.questionReferences == ["t.b", "t.a", "t.c"])
        #expect(e.text == "score(t.b) < 1 and t.a == 'x' or answered(t.b) and theme_score(t) < 50 or count(t.c) > t.a")
    }
}
