import SobreCore

/// Byte- and line-level mutations of a valid input, in the manner of a mutation fuzzer.
///
/// Each call applies one to four of: a bit flip, a random byte, a deleted, duplicated or
/// moved range, a deleted, duplicated or swapped line, a splice with another input of the
/// corpus, a token of the dictionary inserted or overwritten, a number replaced by an extreme
/// one, a cut at a random place, deep nesting, and an anchor with aliases.
struct Mutator {
    /// Tokens that mean something to the format being fuzzed, and hostile bytes.
    let dictionary: [[UInt8]]

    /// Extreme numbers, as text.
    static let hugeNumbers = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "18446744073709551616",
        "99999999999999999999999999", "1e308", "-1e308", "1.7976931348623157e308", "4.9e-324", "1e-400", "1e400",
        "0x7fffffffffffffff", "-0", "0.0000000000000000001", ".inf", "-.inf", ".nan", "1" + String(repeating: "0", count: 400),
    ]

    /// Bytes that are not UTF-8, or are UTF-8 that often trips text handling.
    static let hostileBytes: [[UInt8]] = [
        [0x00], [0xFF], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xC0, 0xAF], [0xEF, 0xBB, 0xBF], Array("\u{202E}".utf8), Array("\u{200F}".utf8), Array("\u{2028}".utf8),
        Array("\u{FEFF}".utf8), Array("e\u{301}".utf8), Array("👩‍👩‍👧".utf8), [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x0D], [0x0D, 0x0A],
        [0x09], [0x7F], [0xC2, 0x85],
    ]

    mutating func mutate(_ input: [UInt8], corpus: [[UInt8]], rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<rng.int(1...4) {
            bytes = once(bytes, corpus: corpus, rng: &rng)
        }
        return bytes
    }

    private func once(_ input: [UInt8], corpus: [[UInt8]], rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        if bytes.isEmpty { return rng.chance(0.5) && !corpus.isEmpty ? rng.pick(corpus) : rng.pick(dictionary) }
        switch rng.int(0...15) {
        case 0:
            let k = rng.index(bytes.count)
            bytes[k] ^= UInt8(1) << UInt8(rng.int(0...7))
        case 1:
            bytes[rng.index(bytes.count)] = UInt8(truncatingIfNeeded: rng.next())
        case 2:
            let (start, end) = range(in: bytes.count, rng: &rng)
            bytes.removeSubrange(start..<end)
        case 3:
            let (start, end) = range(in: bytes.count, rng: &rng)
            bytes.insert(contentsOf: bytes[start..<end], at: rng.int(0...bytes.count))
        case 4, 5, 6:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let k = rng.index(lines.count)
            switch rng.int(0...2) {
            case 0: lines.remove(at: k)
            case 1: lines.insert(lines[k], at: rng.int(0...lines.count))
            default: lines.swapAt(k, rng.index(lines.count))
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case 7:
            guard let other = corpus.isEmpty ? nil : rng.pick(corpus), !other.isEmpty else { break }
            let cut = rng.int(0...bytes.count)
            let from = rng.int(0...other.count)
            bytes = Array(bytes[..<cut]) + Array(other[from...])
        case 8, 9, 10:
            let token = rng.pick(dictionary)
            let at = rng.int(0...bytes.count)
            if rng.chance(0.5) || at + token.count > bytes.count {
                bytes.insert(contentsOf: token, at: at)
            } else {
                bytes.replaceSubrange(at..<(at + token.count), with: token)
            }
        case 11:
            bytes = replacingNumber(bytes, rng: &rng)
        case 12:
            bytes.insert(contentsOf: rng.pick(Self.hostileBytes), at: rng.int(0...bytes.count))
        case 13:
            bytes = Array(bytes.prefix(rng.int(0...bytes.count)))
        case 14:
            let depth = rng.chance(0.8) ? rng.int(1...300) : rng.int(1_000...20_000)
            let (open, close): (String, String) = rng.pick([("[", "]"), ("{a: ", "}"), ("{\"a\":", "}"), ("(", ")"), ("- ", "")])
            let nest = Array(String(repeating: open, count: depth).utf8) + Array(String(repeating: close, count: depth).utf8)
            bytes.insert(contentsOf: nest, at: rng.int(0...bytes.count))
        default:
            bytes = withAliases(bytes, rng: &rng)
        }
        return bytes
    }

    /// A range [start, end) of at most a quarter of the input (at least one byte).
    private func range(in count: Int, rng: inout SplitMix64) -> (Int, Int) {
        let length = rng.int(1...max(1, count / 4))
        let start = rng.int(0...(count - min(length, count)))
        return (start, min(count, start + length))
    }

    /// One run of ASCII digits replaced by an extreme number.
    private func replacingNumber(_ bytes: [UInt8], rng: inout SplitMix64) -> [UInt8] {
        var runs: [(Int, Int)] = []
        var k = 0
        while k < bytes.count {
            if bytes[k] >= 0x30, bytes[k] <= 0x39 {
                let start = k
                while k < bytes.count, (bytes[k] >= 0x30 && bytes[k] <= 0x39) || bytes[k] == 0x2E { k += 1 }
                runs.append((start, k))
            } else {
                k += 1
            }
        }
        guard !runs.isEmpty else { return bytes + Array(rng.pick(Self.hugeNumbers).utf8) }
        let (start, end) = rng.pick(runs)
        var out = bytes
        out.replaceSubrange(start..<end, with: Array(rng.pick(Self.hugeNumbers).utf8))
        return out
    }

    /// An anchor on one line's value and aliases to it on others (YAML), or a repeated block.
    private func withAliases(_ bytes: [UInt8], rng: inout SplitMix64) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 1 else { return bytes }
        let name = Array("x\(rng.int(0...9))".utf8)
        let k = rng.index(lines.count)
        if let colon = lines[k].firstIndex(of: 0x3A) {
            lines[k].insert(contentsOf: [0x20, 0x26] + name, at: colon + 1)   // ": &x0"
        }
        for _ in 0..<rng.int(1...3) {
            let j = rng.index(lines.count)
            if let colon = lines[j].firstIndex(of: 0x3A) {
                lines[j] = Array(lines[j][...colon]) + [0x20, 0x2A] + name   // ": *x0"
            }
        }
        return Array(lines.joined(separator: [0x0A]))
    }
}
