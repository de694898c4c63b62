/// Reads and writes the assessment file of SPEC §4, keeping keys it does not know.
public enum AssessmentCodec {
    /// Why an assessment file cannot be used.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, in one sentence.
        public var message: String
        public var description: String { message }
    }

    /// Decodes an assessment from the bytes of its file.
    public static func decode(_ bytes: [UInt8], language: Language = .fr) throws(ReadError) -> Assessment {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw ReadError(message: language.pick(
                fr: "ce n’est pas un JSON valide (ligne \(error.line), colonne \(error.column) : \(error.message))",
                en: "not valid JSON (line \(error.line), column \(error.column): \(error.message))"))
        }
        guard case .object(var root) = json else {
            throw ReadError(message: language.pick(fr: "le fichier doit contenir un objet JSON { … }", en: "the file must hold a JSON object { … }"))
        }
        func fail(_ fr: String, _ en: String) -> ReadError { ReadError(message: language.pick(fr: fr, en: en)) }

        guard let format = root["format"]?.numberValue else { throw fail("il manque « format »", "missing 'format'") }
        guard format == 1 else {
            throw fail("format d’évaluation \(JSONWriter.number(format)) non pris en charge (cette version lit le format 1)",
                       "assessment format \(JSONWriter.number(format)) is not supported (this version reads format 1)")
        }
        guard case .object(var q)? = root["questionnaire"] else { throw fail("il manque « questionnaire »", "missing 'questionnaire'") }
        guard let qid = q["id"]?.stringValue else { throw fail("il manque « questionnaire.id »", "missing 'questionnaire.id'") }
        guard let qversion = q["version"]?.stringValue else {
            throw fail("il manque « questionnaire.version »", "missing 'questionnaire.version'")
        }
        let sha = q["sha256"]?.stringValue
        for key in ["id", "version", "sha256"] { q[key] = nil }

        guard case .object(var s)? = root["site"] else { throw fail("il manque « site »", "missing 'site'") }
        guard let siteID = s["id"]?.stringValue, !siteID.isEmpty else { throw fail("il manque « site.id »", "missing 'site.id'") }
        let site = Assessment.Site(id: siteID, name: s["name"]?.stringValue, finess: s["finess"]?.stringValue,
                                   group: s["group"]?.stringValue, extra: JSONObject())
        if let finess = site.finess, let problem = Finess.problem(finess, language: language) {
            throw ReadError(message: problem)
        }
        for key in ["id", "name", "finess", "group"] { s[key] = nil }

        guard let date = root["date"]?.stringValue else { throw fail("il manque « date »", "missing 'date'") }
        guard IsoDate.isValidDay(date) else {
            throw fail("date « \(date) » invalide : AAAA-MM-JJ attendu", "invalid date '\(date)': YYYY-MM-DD expected")
        }
        var respondent: Assessment.Respondent?
        if case .object(var r)? = root["respondent"] {
            respondent = Assessment.Respondent(name: r["name"]?.stringValue, role: r["role"]?.stringValue)
            r["name"] = nil
            r["role"] = nil
            respondent?.extra = r
        }
        var status = Assessment.Status.inProgress
        if let raw = root["status"]?.stringValue {
            guard let parsed = Assessment.Status(rawValue: raw) else {
                throw fail("statut « \(raw) » inconnu : in_progress ou complete", "unknown status '\(raw)': in_progress or complete")
            }
            status = parsed
        }
        guard case .object(let answerObject)? = root["answers"] else { throw fail("il manque « answers »", "missing 'answers'") }
        var answers = AnswerSet()
        for (id, value) in answerObject {
            guard case .object(var a) = value else {
                throw fail("la réponse « \(id) » doit être un objet { \"value\": … }", "answer '\(id)' must be an object { \"value\": … }")
            }
            var answer = Answer()
            answer.value = a["value"]
            if answer.value == .null { answer.value = nil }
            answer.notApplicable = a["na"]?.boolValue ?? false
            answer.note = a["note"]?.stringValue
            answer.at = a["at"]?.stringValue
            for key in ["value", "na", "note", "at"] { a[key] = nil }
            answer.extra = a
            answers[id] = answer
        }
        var assessment = Assessment(
            questionnaire: .init(id: qid, version: qversion, sha256: sha),
            site: site, respondent: respondent, interviewer: root["interviewer"]?.stringValue, date: date,
            status: status, startedAt: root["started_at"]?.stringValue, updatedAt: root["updated_at"]?.stringValue,
            answers: answers, notes: root["notes"]?.stringValue)
        assessment.site.extra = s
        for key in knownKeys { root[key] = nil }
        // Unknown keys inside "questionnaire" are kept under their parent.
        if !q.isEmpty { root["questionnaire"] = .object(q) }
        assessment.extra = root
        return assessment
    }

    private static let knownKeys = [
        "format", "questionnaire", "site", "respondent", "interviewer", "date", "status", "started_at", "updated_at",
        "answers", "notes",
    ]

    /// The assessment as a JSON value, known keys in the order of SPEC §4, unknown ones after.
    public static func encode(_ a: Assessment) -> JSONValue {
        var root = JSONObject()
        root["format"] = .number(1)
        var q = JSONObject([("id", .string(a.questionnaire.id)), ("version", .string(a.questionnaire.version))])
        if let sha = a.questionnaire.sha256 { q["sha256"] = .string(sha) }
        if case .object(let extra)? = a.extra["questionnaire"] {
            for (key, value) in extra { q[key] = value }
        }
        root["questionnaire"] = .object(q)
        var site = JSONObject([("id", .string(a.site.id))])
        if let v = a.site.name { site["name"] = .string(v) }
        if let v = a.site.finess { site["finess"] = .string(v) }
        if let v = a.site.group { site["group"] = .string(v) }
        for (key, value) in a.site.extra { site[key] = value }
        root["site"] = .object(site)
        if let r = a.respondent {
            var o = JSONObject()
            if let v = r.name { o["name"] = .string(v) }
            if let v = r.role { o["role"] = .string(v) }
            for (key, value) in r.extra { o[key] = value }
            root["respondent"] = .object(o)
        }
        if let v = a.interviewer { root["interviewer"] = .string(v) }
        root["date"] = .string(a.date)
        root["status"] = .string(a.status.rawValue)
        if let v = a.startedAt { root["started_at"] = .string(v) }
        if let v = a.updatedAt { root["updated_at"] = .string(v) }
        var answers = JSONObject()
        for (id, answer) in a.answers {
            var o = JSONObject()
            if let value = answer.value { o["value"] = value }
            if answer.notApplicable { o["na"] = .bool(true) }
            if let note = answer.note { o["note"] = .string(note) }
            if let at = answer.at { o["at"] = .string(at) }
            for (key, value) in answer.extra { o[key] = value }
            answers[id] = .object(o)
        }
        root["answers"] = .object(answers)
        if let v = a.notes { root["notes"] = .string(v) }
        for (key, value) in a.extra where key != "questionnaire" { root[key] = value }
        return .object(root)
    }

    /// The file's bytes: pretty JSON, UTF-8, ending with a newline.
    public static func bytes(_ a: Assessment) -> [UInt8] {
        Array(JSONWriter.string(encode(a)).utf8)
    }
}
