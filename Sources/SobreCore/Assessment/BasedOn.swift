import SobreJSON

/// The earlier assessment a re-assessment started from (SPEC §10): its file, relative to the
/// new file's folder, its date and the SHA-256 of its bytes when the interview began.
///
/// Stored as the assessment's `based_on` key among the keys the codec keeps as they are, so that
/// reading and rewriting a file never needs to know it.
public struct BasedOn: Sendable, Equatable {
    /// The earlier file, relative to the folder of the assessment that names it.
    public var file: String
    /// The earlier assessment's date, `YYYY-MM-DD`.
    public var date: String
    /// SHA-256 of the earlier file's bytes, lower-case hex.
    public var sha256: String

    /// Creates a reference to an earlier assessment.
    public init(file: String, date: String, sha256: String) {
        (self.file, self.date, self.sha256) = (file, date, sha256)
    }

    /// The reference as it is written in the file.
    var json: JSONValue {
        .object(JSONObject([("file", .string(file)), ("date", .string(date)), ("sha256", .string(sha256))]))
    }

    /// The reference read from the file, nil when any of its three texts is missing.
    init?(json: JSONValue?) {
        guard let o = json?.objectValue, let file = o["file"]?.stringValue, !file.isEmpty,
              let date = o["date"]?.stringValue, let sha = o["sha256"]?.stringValue else { return nil }
        self.init(file: file, date: date, sha256: sha.lowercased())
    }
}

extension Assessment {
    /// The earlier assessment this one started from, nil for a first assessment.
    public var basedOn: BasedOn? {
        get { BasedOn(json: extra["based_on"]) }
        set { extra["based_on"] = newValue?.json }
    }
}
