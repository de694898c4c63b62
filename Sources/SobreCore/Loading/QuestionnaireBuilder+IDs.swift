import Yams

/// Ids and the rules they follow.
extension QuestionnaireBuilder {
    enum IDPattern {
        case questionnaire, name, option

        func matches(_ s: String) -> Bool {
            let scalars = Array(s.unicodeScalars)
            guard let first = scalars.first else { return false }
            let lower: (Unicode.Scalar) -> Bool = { $0 >= "a" && $0 <= "z" }
            let digit: (Unicode.Scalar) -> Bool = { $0 >= "0" && $0 <= "9" }
            switch self {
            case .questionnaire:
                return (lower(first) || digit(first)) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "-" }
            case .name:
                return lower(first) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "_" }
            case .option:
                return scalars.allSatisfy { lower($0) || digit($0) || $0 == "_" }
            }
        }

        var rule: String {
            switch self {
            case .questionnaire: "[a-z0-9][a-z0-9-]*"
            case .name: "[a-z][a-z0-9_]*"
            case .option: "[a-z0-9_]+"
            }
        }
    }

    mutating func readID(_ node: Node, key: String, pattern: IDPattern) -> String? {
        guard let value = reader.text(node, key: key) else { return nil }
        guard pattern.matches(value) else {
            reader.error(node, LoaderMessage.invalidID(value, pattern: pattern, in: language))
            return nil
        }
        return value
    }
}
