/// Writes JSON with keys in their stored order, pretty (2 spaces) or compact.
public enum JSONWriter {
    /// The JSON text of `value`, ending with a newline when pretty.
    public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : nil)
        if pretty { out += "\n" }
        return out
    }

    /// A number as JSON: integers without a fraction, others in the shortest exact form.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        // Below 1e16 Swift's description of a whole number ends in ".0" (1e15 gives
        // "1000000000000000.0"); every whole double there converts to Int64 exactly.
        if x.rounded() == x, abs(x) < 1e16 {
            return x == 0 ? "0" : String(Int64(x))
        }
        return "\(x)"
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int?) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of scalars stay on one line: answers like ["a", "b"] read better so.
            let flat = items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += flat || indent == nil ? (indent == nil ? "," : ", ") : "," }
                if let indent, !flat { newline(&out, indent + 1) }
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent, !flat { newline(&out, indent) }
            out += "]"
        case .object(let object):
            if object.isEmpty { out += "{}"; return }
            out += "{"
            var first = true
            for (key, item) in object {
                if !first { out += "," }
                first = false
                if let indent { newline(&out, indent + 1) }
                writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { newline(&out, indent) }
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ level: Int) {
        out += "\n"
        out += String(repeating: "  ", count: level)
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
