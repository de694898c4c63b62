import Testing
@testable import SobreCore

/// FINESS numbers: 9 characters, Luhn check digit, 2A/2B for Corsica.
@Suite struct FinessTests {
    // Check digits computed by hand with Luhn (from the right, every second digit doubled):
    //   750712184  4 + 7 + 1 + 4 + 1 + 5 + 0 + 1 + 7 = 30   (AP-HP's own number)
    //   59000000d  d + 0·… + (9·2 → 9) + 5 = 14 + d        → d = 6
    //   01000000d  d + (1·2 → 2) + 0 = 2 + d                → d = 8
    //   2A000000d  counted as 20000000d: d + 0 + 2          → d = 8
    @Test(arguments: ["750712184", "590000006", "010000008", "2A0000008", "2B0000008"])
    func valid(number: String) {
        #expect(Finess.problem(number, language: .fr) == nil)
        #expect(Finess.problem(number, language: .en) == nil)
    }

    @Test(arguments: ["750712185", "750712174", "590000000", "590000060", "2A0000009", "2B0000000", "057071218"])
    func wrongCheckDigit(number: String) {
        #expect(Finess.problem(number, language: .fr)
                == "le numéro FINESS \(number) est incorrect : sa clé de contrôle (dernier chiffre) ne correspond pas")
        #expect(Finess.problem(number, language: .en)
                == "FINESS number \(number) is wrong: its check digit (the last one) does not match")
    }

    @Test(arguments: [("59000000", 8), ("5900000060", 10), ("", 0), ("75 0712184", 10), ("7507121", 7)])
    func wrongLength(number: String, length: Int) {
        #expect(Finess.problem(number, language: .fr) == "un numéro FINESS a 9 caractères (ici \(length))")
        #expect(Finess.problem(number, language: .en) == "a FINESS number has 9 characters (here \(length))")
    }

    @Test(arguments: ["59000000A", "2C0000008", "A20000008", "75071218-", "７５０７１２１８４", "02A000008"])
    func notDigits(number: String) {
        #expect(Finess.problem(number, language: .fr)
                == "un numéro FINESS ne contient que des chiffres (2A et 2B permis pour la Corse)")
        #expect(Finess.problem(number, language: .en) == "a FINESS number has only digits (2A and 2B allowed for Corsica)")
    }

    /// Nine digits drawn at random (one in ten with a good check digit), and the Corsican forms:
    /// valid exactly when Luhn says so, the quick reading of valid numbers agreeing with the rule.
    @Test func validExactlyWhenLuhnSaysSo() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<3000 {
            var digits = (0..<9).map { _ in Int.random(in: 0...9, using: &random) }
            var text = digits.map(String.init).joined()
            if Bool.random(using: &random) {
                let letter = ["A", "B", "a", "b"][Int.random(in: 0...3, using: &random)]
                digits[0] = 2
                digits[1] = 0
                text = "2" + letter + digits[2...].map(String.init).joined()
            }
            let counted = digits
            #expect((Finess.problem(text, language: .en) == nil) == Finess.luhnValid(counted), "\(text)")
            // The quick reading alone, which the slower one would hide when it says no.
            #expect(Array(text.utf8).withUnsafeBufferPointer(Finess.isValidASCII) == Finess.luhnValid(counted), "\(text)")
        }
    }

    @Test func luhn() {
        #expect(Finess.luhnValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]))
        #expect(!Finess.luhnValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]))
        #expect(Finess.luhnValid([0]))
        #expect(Finess.luhnValid([1, 8]))
        #expect(!Finess.luhnValid([8, 1]))
    }
}
