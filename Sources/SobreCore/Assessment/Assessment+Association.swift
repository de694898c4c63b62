import SobreJSON

/// The keys of SPEC §12: `kind`, `association` and each answer's `inherited`.
///
/// They live among the keys the model keeps as they are (`extra`), so a file keeps them in any
/// rewrite, and a reader that does not know them loses nothing.
extension Assessment {
    /// The head office's assessment whose answers a site inherited.
    public struct AssociationReference: Sendable, Equatable {
        /// Path of the association's assessment, relative to this file's folder.
        public var file: String
        public var date: String
        /// Hex SHA-256 of that file's bytes when it was read.
        public var sha256: String

        /// Creates a reference.
        public init(file: String, date: String, sha256: String) {
            self.file = file
            self.date = date
            self.sha256 = sha256
        }
    }

    /// `"kind"`: `association` for the head office's own interview, else `site`.
    public var kind: AssessmentKind {
        get { extra["kind"]?.stringValue == AssessmentKind.association.rawValue ? .association : .site }
        set { extra["kind"] = newValue == .association ? .string(newValue.rawValue) : nil }
    }

    /// `"association"`: where the inherited answers come from; nil when none were inherited.
    public var association: AssociationReference? {
        get {
            guard let o = extra["association"]?.objectValue, let file = o["file"]?.stringValue,
                  let date = o["date"]?.stringValue, let sha = o["sha256"]?.stringValue else { return nil }
            return AssociationReference(file: file, date: date, sha256: sha)
        }
        set {
            guard let newValue else {
                extra["association"] = nil
                return
            }
            // Keys a newer version wrote beside these stay.
            var o = extra["association"]?.objectValue ?? JSONObject()
            o["file"] = .string(newValue.file)
            o["date"] = .string(newValue.date)
            o["sha256"] = .string(newValue.sha256)
            extra["association"] = .object(o)
        }
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
