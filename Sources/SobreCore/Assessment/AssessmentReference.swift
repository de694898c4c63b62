import SobreJSON

/// Another assessment file that this one names: the earlier one a re-assessment started from
/// (`based_on`, SPEC §10) or the head office's whose answers a site inherited (`association`,
/// SPEC §12). Its file relative to this file's folder, its date and the SHA-256 of its bytes
/// when it was read.
public struct AssessmentReference: Sendable, Equatable {
    /// The other file, relative to the folder of the assessment that names it.
    public var file: String
    /// The other assessment's date, `YYYY-MM-DD`.
    public var date: String
    /// SHA-256 of the other file's bytes, lower-case hex.
    public var sha256: String

    /// Creates a reference to another assessment.
    public init(file: String, date: String, sha256: String) {
        (self.file, self.date, self.sha256) = (file, date, sha256)
    }

    /// The reference read from the file, nil when any of its three texts is missing (as the
    /// quick reading of comparisons, `AssessmentScan`, reads `association`).
    init?(json: JSONValue?) {
        guard let o = json?.objectValue, let file = o["file"]?.stringValue,
              let date = o["date"]?.stringValue, let sha = o["sha256"]?.stringValue else { return nil }
        self.init(file: file, date: date, sha256: sha.lowercased())
    }

    /// The reference as it is written in the file, over what the file held there: keys a newer
    /// version wrote beside these three stay.
    func json(over written: JSONValue?) -> JSONValue {
        var o = written?.objectValue ?? JSONObject()
        o["file"] = .string(file)
        o["date"] = .string(date)
        o["sha256"] = .string(sha256)
        return .object(o)
    }
}

extension Assessment {
    /// The reference stored under `key` of the keys kept as they are.
    func reference(_ key: String) -> AssessmentReference? {
        AssessmentReference(json: extra[key])
    }

    /// Stores `reference` under `key`, keeping the keys it does not know; nil removes it.
    mutating func setReference(_ reference: AssessmentReference?, _ key: String) {
        extra[key] = reference?.json(over: extra[key])
    }
}
