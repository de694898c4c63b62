/// FINESS numbers: 9 characters, a département prefix (2A/2B allowed) and a Luhn check digit.
public enum Finess {
    /// Why a FINESS number is refused, in plain words of `language`; nil when it is valid.
    public static func problem(_ number: String, language: Language) -> String? {
        // Every file read checks its FINESS: a valid number is recognised on its bytes, and only
        // a wrong one goes the slower way that explains what is wrong.
        if isValidASCII(Array(number.utf8)) { return nil }
        let chars = Array(number)
        guard chars.count == 9 else {
            return language.pick(fr: "un numéro FINESS a 9 caractères (ici \(chars.count))",
                                 en: "a FINESS number has 9 characters (here \(chars.count))")
        }
        // Corsica: 2A and 2B count as 20 in the checksum.
        var digits = chars
        if chars[0] == "2", chars[1] == "A" || chars[1] == "B" || chars[1] == "a" || chars[1] == "b" {
            digits[1] = "0"
        }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return language.pick(fr: "un numéro FINESS ne contient que des chiffres (2A et 2B permis pour la Corse)",
                                 en: "a FINESS number has only digits (2A and 2B allowed for Corsica)")
        }
        guard luhnValid(digits.compactMap { $0.wholeNumberValue }) else {
            return language.pick(fr: "le numéro FINESS \(number) est incorrect : sa clé de contrôle (dernier chiffre) ne correspond pas",
                                 en: "FINESS number \(number) is wrong: its check digit (the last one) does not match")
        }
        return nil
    }

    /// Nine ASCII digits (the second may be A or B after a 2) with a good check digit.
    private static func isValidASCII(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 9 else { return false }
        var digits: [Int] = []
        digits.reserveCapacity(9)
        for (k, b) in bytes.enumerated() {
            if k == 1, bytes[0] == UInt8(ascii: "2"), [UInt8(ascii: "A"), UInt8(ascii: "B"), UInt8(ascii: "a"), UInt8(ascii: "b")].contains(b) {
                digits.append(0)
            } else if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                digits.append(Int(b - UInt8(ascii: "0")))
            } else {
                return false
            }
        }
        return luhnValid(digits)
    }

    package static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            if k % 2 == 1 {
                let doubled = d * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += d
            }
        }
        return sum % 10 == 0
    }
}
