/// Who gives a question's answer (SPEC §12): the site itself, or the association's head office
/// once for every site (purchasing rules, amortisation, the IT provider…).
public enum QuestionScope: String, Sendable, CaseIterable {
    case site
    case association
}
