import SobreCore

/// The small questionnaires the tests share, written once as files in
/// `Tests/SobreTestSupport/Questionnaires/` (so the bundled one may change freely).
///
/// Read by path from the repository, like the golden files: SwiftPM resources would need
/// Foundation's `Bundle`, which nothing else here uses.
package enum FixtureQuestionnaire: String, CaseIterable, Sendable {
    /// `test-entretien`: the interview's, with help, a unit, an integer range, scale labels,
    /// N/A and two actions.
    case interview = "interview.fr.yaml"
    /// `test-en`: an English one with a boolean and a number.
    case interviewEnglish = "interview.en.yaml"
    /// `test-entretien` as the end-to-end tests write it: the same questions without help,
    /// unit, labels or N/A, and one action.
    case endToEnd = "end-to-end.fr.yaml"
    /// `fuzz-types`: every question type, option sets, bands, labels, N/A, conditions with every
    /// function, `after`, the weakest link (also a libFuzzer seed, see scripts/fuzz.sh).
    case everyType = "every-type.fr.yaml"
    /// `fuzz-en`: a small English one with an action on arithmetic (also a libFuzzer seed).
    case smallEnglish = "small.en.yaml"
    /// `test-indicateurs`: factors, indicators (one on a division, one headline on another)
    /// and actions with `saves` (one capped, one negative), with round figures (SPEC §8).
    case indicators = "indicators.fr.yaml"

    /// The file's path.
    package var path: String { Repository.path("Tests/SobreTestSupport/Questionnaires/" + rawValue) }

    /// The file's bytes; empty when it cannot be read, which the tests that load it then report.
    package var bytes: [UInt8] { (try? FileIO.read(path)) ?? [] }

    /// The file's text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }
}
