#if canImport(Glibc)
import Glibc
#endif

/// What one input is fed to.
enum FuzzTarget: String, CaseIterable {
    /// The assessment reader: the full decoder and the quick reading of comparisons.
    case assessment
    /// The expression parser, checker and evaluator, conditions as written and bound.
    case expression
    /// The questionnaire loader and validator, and scoring with what loads.
    case questionnaire

    /// Set once, before libFuzzer's driver starts calling back on this thread.
    nonisolated(unsafe) static var selected = FuzzTarget.assessment

    func run(_ bytes: [UInt8]) {
        switch self {
        case .assessment: AssessmentTarget.run(bytes)
        case .expression: ExpressionTarget.run(bytes)
        case .questionnaire: QuestionnaireTarget.run(bytes)
        }
    }

    /// A property does not hold: says which, and aborts, so that libFuzzer keeps the input.
    static func finding(_ message: String) -> Never {
        say("sobre-fuzz: \(message)")
        abort()
    }

    /// The first of `failures` (the properties of SobreCore's `*Properties`), as a finding.
    static func check(_ failures: [String]) {
        if let failure = failures.first { finding(failure) }
    }

    /// A line on standard error.
    static func say(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}
