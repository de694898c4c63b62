/// FINESS numbers: 9 characters, a département prefix (2A/2B allowed) and a Luhn check digit.
public enum Finess {
    /// Why a FINESS number is refused, in plain words of `language`; nil when it is valid.
    public static func problem(_ number: String, language: Language) -> String? {
        // Every file read checks its FINESS: a valid number is recognised on its bytes, and only
        // a wrong one goes the slower way that explains what is wrong.
        if isValidASCII(number) { return nil }
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

    /// Nine ASCII digits (the second may be A or B after a 2) with a good check digit, read on
    /// the string's bytes in place: no array made for each of a comparison's files.
    private static func isValidASCII(_ number: String) -> Bool {
        var number = number
        return number.withUTF8(isValidASCII)
    }

    static func isValidASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 9 else { return false }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 9) { digits in
            for k in 0..<9 {
                let b = bytes[k]
                if k == 1, bytes[0] == UInt8(ascii: "2"),
                   b == UInt8(ascii: "A") || b == UInt8(ascii: "B") || b == UInt8(ascii: "a") || b == UInt8(ascii: "b") {
                    digits[k] = 0
                } else if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                    digits[k] = Int(b - UInt8(ascii: "0"))
                } else {
                    return false
                }
            }
            return luhnValid(UnsafeBufferPointer(digits))
        }
    }

    /// Luhn's rule: from the last digit back, every second one doubled (less 9 above 9), the sum a
    /// multiple of 10.
    package static func luhnValid<Digits: BidirectionalCollection>(_ digits: Digits) -> Bool where Digits.Element == Int {
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
