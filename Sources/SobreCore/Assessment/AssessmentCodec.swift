import SobreJSON

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
            throw ReadError(message: JSONSyntaxMessage.text(error, byteCount: bytes.count, language: language))
        }
        guard case .object(var root) = json else {
            throw ReadError(message: language.pick(fr: "le fichier doit contenir un objet JSON { … }", en: "the file must hold a JSON object { … }"))
        }
        func fail(_ fr: String, _ en: String) -> ReadError { ReadError(message: language.pick(fr: fr, en: en)) }
        func missing(_ path: String) -> ReadError { fail("il manque « \(path) »", "missing '\(path)'") }
        /// A required text: missing (absent or null) and of another type are told apart.
        func requiredText(_ object: JSONObject, _ key: String, _ path: String) throws(ReadError) -> String {
            guard let value = object[key], value != .null else { throw missing(path) }
            guard let text = value.stringValue else { throw fail("« \(path) » doit être un texte", "'\(path)' must be a text") }
            return text
        }
        func requiredObject(_ object: JSONObject, _ key: String) throws(ReadError) -> JSONObject {
            guard let value = object[key], value != .null else { throw missing(key) }
            guard let inner = value.objectValue else { throw fail("« \(key) » doit être un objet { … }", "'\(key)' must be an object { … }") }
            return inner
        }
        /// An optional text, taken out of `object` only when it is one: any other value stays
        /// among the unknown keys, so a rewrite keeps what a newer version may have written.
        func optionalText(_ object: inout JSONObject, _ key: String) -> String? {
            guard let text = object[key]?.stringValue else { return nil }
            object[key] = nil
            return text
        }

        guard let formatValue = root["format"], formatValue != .null else { throw missing("format") }
        guard let format = formatValue.numberValue else { throw fail("« format » doit être un nombre", "'format' must be a number") }
        guard format == 1 else {
            throw fail("format d’évaluation \(JSONWriter.number(format)) non pris en charge (cette version lit le format 1)",
                       "assessment format \(JSONWriter.number(format)) is not supported (this version reads format 1)")
        }
        root["format"] = nil
        var q = try requiredObject(root, "questionnaire")
        let qid = try requiredText(q, "id", "questionnaire.id")
        let qversion = try requiredText(q, "version", "questionnaire.version")
        q["id"] = nil
        q["version"] = nil
        let sha = optionalText(&q, "sha256")
        root["questionnaire"] = nil

        var s = try requiredObject(root, "site")
        let siteID = try requiredText(s, "id", "site.id")
        guard !siteID.isEmpty else { throw missing("site.id") }
        s["id"] = nil
        let site = Assessment.Site(id: siteID, name: optionalText(&s, "name"), finess: optionalText(&s, "finess"),
                                   group: optionalText(&s, "group"), category: optionalText(&s, "category"), extra: s)
        if let finess = site.finess, let problem = Finess.problem(finess, language: language) {
            throw ReadError(message: problem)
        }
        root["site"] = nil

        let date = try requiredText(root, "date", "date")
        guard IsoDate.isValidDay(date) else {
            throw fail("date « \(date) » invalide : AAAA-MM-JJ attendu", "invalid date '\(date)': YYYY-MM-DD expected")
        }
        root["date"] = nil
        var respondent: Assessment.Respondent?
        if case .object(var r)? = root["respondent"] {
            respondent = Assessment.Respondent(name: optionalText(&r, "name"), role: optionalText(&r, "role"))
            respondent?.extra = r
            root["respondent"] = nil
        }
        var status = Assessment.Status.inProgress
        if let raw = root["status"], raw != .null {
            let shown = raw.stringValue ?? JSONWriter.string(raw, pretty: false)
            guard let parsed = raw.stringValue.flatMap(Assessment.Status.init(rawValue:)) else {
                throw fail("statut « \(shown) » inconnu : in_progress ou complete", "unknown status '\(shown)': in_progress or complete")
            }
            status = parsed
        }
        root["status"] = nil
        let answerObject = try requiredObject(root, "answers")
        root["answers"] = nil
        var answers = AnswerSet()
        answers.reserveCapacity(answerObject.count)
        for (id, value) in answerObject {
            guard case .object(let a) = value else {
                throw fail("la réponse « \(id) » doit être un objet { \"value\": … }", "answer '\(id)' must be an object { \"value\": … }")
            }
            // One pass over the answer's keys, the others kept in their order: the same as
            // taking the known keys out of a copy, without copying every answer object.
            var answer = Answer()
            var extra = JSONObject()
            for (key, item) in a {
                switch key {
                case "value":
                    answer.value = item == .null ? nil : item
                case "na" where item.boolValue != nil:
                    answer.notApplicable = item.boolValue ?? false
                case "note" where item.stringValue != nil:
                    answer.note = item.stringValue
                case "at" where item.stringValue != nil:
                    answer.at = item.stringValue
                default:
                    extra[key] = item
                }
            }
            answer.extra = extra
            answers[id] = answer
        }
        let interviewer = optionalText(&root, "interviewer")
        let startedAt = optionalText(&root, "started_at")
        let updatedAt = optionalText(&root, "updated_at")
        let notes = optionalText(&root, "notes")
        var targets: Targets?
        if let raw = root["targets"], raw != .null {
            targets = try TargetsCodec.decode(raw, language: language)
            root["targets"] = nil
        }
        try checkKind(root, language: language)
        if !q.isEmpty {
            // Unknown keys inside "questionnaire" are kept under their parent.
            root["questionnaire"] = .object(q)
        }
        return Assessment(
            questionnaire: .init(id: qid, version: qversion, sha256: sha),
            site: site, respondent: respondent, interviewer: interviewer, date: date,
            status: status, startedAt: startedAt, updatedAt: updatedAt,
            answers: answers, notes: notes, targets: targets, extra: root)
    }


    /// The assessment as a JSON value, known keys in the order of SPEC §4, unknown ones after.
    ///
    /// A kept key never overrides a value the model holds: a known key kept because it had an
    /// unexpected type comes back only while the model leaves that field empty.
    public static func encode(_ a: Assessment) -> JSONValue {
        var root = JSONObject()
        root["format"] = .number(1)
        var q = JSONObject([("id", .string(a.questionnaire.id)), ("version", .string(a.questionnaire.version))])
        if let sha = a.questionnaire.sha256 { q["sha256"] = .string(sha) }
        if case .object(let extra)? = a.extra["questionnaire"] {
            for (key, value) in extra where q[key] == nil { q[key] = value }
        }
        root["questionnaire"] = .object(q)
        var site = JSONObject([("id", .string(a.site.id))])
        if let v = a.site.name { site["name"] = .string(v) }
        if let v = a.site.finess { site["finess"] = .string(v) }
        if let v = a.site.group { site["group"] = .string(v) }
        if let v = a.site.category { site["category"] = .string(v) }
        for (key, value) in a.site.extra where site[key] == nil { site[key] = value }
        root["site"] = .object(site)
        if let r = a.respondent {
            var o = JSONObject()
            if let v = r.name { o["name"] = .string(v) }
            if let v = r.role { o["role"] = .string(v) }
            for (key, value) in r.extra where o[key] == nil { o[key] = value }
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
            for (key, value) in answer.extra where o[key] == nil { o[key] = value }
            answers[id] = .object(o)
        }
        root["answers"] = .object(answers)
        if let v = a.notes { root["notes"] = .string(v) }
        if let t = a.targets { root["targets"] = TargetsCodec.encode(t) }
        for (key, value) in a.extra where key != "questionnaire" && root[key] == nil { root[key] = value }
        return .object(root)
    }

    /// The file's bytes: pretty JSON, UTF-8, ending with a newline.
    public static func bytes(_ a: Assessment) -> [UInt8] {
        Array(JSONWriter.string(encode(a)).utf8)
    }
}
