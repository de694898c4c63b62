import Yams

/// A YAML node read with the YAML 1.2 core schema, whatever Yams resolved.
///
/// Only `true`/`false` are booleans; `yes`, `no`, `on`, `off` stay text, and ids stay text
/// even when they look like numbers.
enum YAMLScalarValue: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case float(Double)
    case string(String)

    init(_ scalar: Node.Scalar) {
        let s = scalar.string
        switch scalar.style {
        case .singleQuoted, .doubleQuoted, .literal, .folded:
            self = .string(s)
            return
        default:
            break
        }
        if s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL" {
            self = .null
        } else if s == "true" || s == "True" || s == "TRUE" {
            self = .bool(true)
        } else if s == "false" || s == "False" || s == "FALSE" {
            self = .bool(false)
        } else if let i = Self.integer(s) {
            self = .integer(i)
        } else if let d = Self.float(s) {
            self = .float(d)
        } else {
            self = .string(s)
        }
    }

    private static func integer(_ s: String) -> Int? {
        // YAML 1.2 core: 0x and 0o numbers have no sign after the prefix.
        if s.hasPrefix("0x"), s.count > 2 {
            let digits = s.dropFirst(2)
            return digits.allSatisfy(\.isHexDigit) ? Int(digits, radix: 16) : nil
        }
        if s.hasPrefix("0o"), s.count > 2 {
            let digits = s.dropFirst(2)
            return digits.allSatisfy({ ("0"..."7").contains($0) }) ? Int(digits, radix: 8) : nil
        }
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s.first == "+" ? String(s.dropFirst()) : s)
    }

    private static func float(_ s: String) -> Double? {
        switch s {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var chars = Array(s.unicodeScalars)
        var i = 0
        if i < chars.count, chars[i] == "-" || chars[i] == "+" { i += 1 }
        var mantissaDigits = 0
        while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII { i += 1; mantissaDigits += 1 }
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            i += 1
            if i < chars.count, chars[i] == "-" || chars[i] == "+" { i += 1 }
            var exponentDigits = 0
            while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII { i += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == chars.count else { return nil }
        if chars.first == "+" { chars.removeFirst() }
        return Double(String(String.UnicodeScalarView(chars)))
    }
}
