import SobreJSON

/// The keys of SPEC §12: `kind`, `association` and each answer's `inherited`.
///
/// They live among the keys the model keeps as they are (`extra`), so a file keeps them in any
/// rewrite, and a reader that does not know them loses nothing.
extension Assessment {
    /// The head office's assessment whose answers a site inherited.
    public typealias AssociationReference = AssessmentReference

    /// `"kind"`: `association` for the head office's own interview, else `site`.
    public var kind: AssessmentKind {
        get { extra["kind"]?.stringValue == AssessmentKind.association.rawValue ? .association : .site }
        set { extra["kind"] = newValue == .association ? .string(newValue.rawValue) : nil }
    }

    /// `"association"`: where the inherited answers come from; nil when none were inherited.
    public var association: AssociationReference? {
        get { reference("association") }
        set { setReference(newValue, "association") }
    }
}

extension Answer {
    /// `"inherited": true`: copied from the association's assessment, not given by the site.
    public var inherited: Bool {
        get { extra["inherited"]?.boolValue == true }
        set { extra["inherited"] = newValue ? .bool(true) : nil }
    }
}

extension AssessmentCodec {
    /// A `kind` this version does not know would be read as a site's: refused instead, since a
    /// head office's file scored as a site would distort every comparison.
    static func checkKind(_ root: JSONObject, language: Language) throws(ReadError) {
        guard let raw = root["kind"], raw != .null else { return }
        if let text = raw.stringValue, AssessmentKind(rawValue: text) != nil { return }
        let shown = raw.stringValue ?? JSONWriter.string(raw, pretty: false)
        throw ReadError(message: language.pick(
            fr: "« kind » vaut site ou association, pas « \(TerminalText.neutralised(shown)) »",
            en: "'kind' is site or association, not '\(TerminalText.neutralised(shown))'"))
    }
}
