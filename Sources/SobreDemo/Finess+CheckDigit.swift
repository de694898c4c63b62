import SobreCore

extension Finess {
    /// A valid FINESS number from its first 8 characters: the Luhn check digit appended.
    ///
    /// Nil unless `prefix` is 8 digits (2A/2B allowed for Corsica).
    public static func completing(_ prefix: String) -> String? {
        var chars = Array(prefix)
        guard chars.count == 8 else { return nil }
        if chars[0] == "2", chars[1] == "A" || chars[1] == "B" { chars[1] = "0" }
        let digits = chars.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == 8 else { return nil }
        for check in 0...9 where luhnValid(digits + [check]) {
            return prefix + String(check)
        }
        return nil
    }
}
