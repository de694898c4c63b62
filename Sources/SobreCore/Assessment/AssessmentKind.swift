/// Whose assessment a file is (SPEC §12): one site's, or the association's head office's,
/// whose answers its sites inherit. Written `"kind"`; absent means `site`.
public enum AssessmentKind: String, Sendable, CaseIterable {
    case site
    case association
}
