import Foundation
import Testing
@testable import SobreCore
import SobreJSON

/// The assessment file of SPEC §4: round trip, unknown keys kept, clear errors.
@Suite struct AssessmentCodecTests {
    /// A complete file, written exactly as the encoder writes it (pretty, keys in SPEC order).
    static let complete = """
        {
          "format": 1,
          "questionnaire": {
            "id": "essms-sobriete",
            "version": "2026.1",
            "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
          },
          "site": {
            "id": "foyer-tilleuls",
            "name": "Foyer Les Tilleuls",
            "finess": "750712184",
            "group": "Hauts-de-France"
          },
          "respondent": {
            "name": "Anne Martin",
            "role": "Directrice"
          },
          "interviewer": "Paul « Polo » Durand",
          "date": "2026-11-29",
          "status": "complete",
          "started_at": "2026-11-29T09:12:00Z",
          "updated_at": "2026-11-29T10:03:41Z",
          "answers": {
            "gouvernance.sponsor": {
              "value": "informel",
              "note": "CA informé en juin\\nà suivre",
              "at": "2026-11-29T09:13:02Z"
            },
            "usages.impression": {
              "value": ["recto_verso", "badge"]
            },
            "achats.reconditionne": {
              "value": true
            },
            "parc.postes": {
              "value": 42
            },
            "parc.surface": {
              "value": 0.1
            },
            "fin_de_vie.deee": {
              "na": true
            },
            "gouvernance.charte": {
              "note": "à demander"
            }
          },
          "notes": "Entretien d’une heure."
        }

        """

    static func decode(_ text: String, language: Language = .fr) throws(AssessmentCodec.ReadError) -> Assessment {
        try AssessmentCodec.decode(Array(text.utf8), language: language)
    }

    /// The message of the error decoding `text` gives, or "" when it decodes.
    static func failure(_ text: String, language: Language = .fr) -> String {
        do {
            _ = try decode(text, language: language)
            return ""
        } catch {
            return error.message
        }
    }

    // MARK: - Keys given twice

    @Test func keyGivenTwiceIsRefusedWithItsLine() {
        let twice = Self.complete.replacingOccurrences(of: "\"date\": \"2026-11-29\",", with: "\"date\": \"2026-11-29\",\n  \"date\": \"2026-11-30\",")
        #expect(Self.failure(twice) == "la clé « date » figure deux fois dans un même objet (ligne 20, colonne 3) : on ne sait pas laquelle des deux valeurs est la bonne ; gardez-en une seule")
        let note = Self.complete.replacingOccurrences(of: "\"at\": \"2026-11-29T09:13:02Z\"", with: "\"at\": \"2026-11-29T09:13:02Z\", \"note\": \"bis\"")
        #expect(Self.failure(note, language: .en) == "key 'note' appears twice in one object (line 27, column 37): which of the two values is right cannot be told; keep only one")
        // A control character in the key is shown escaped, not sent to the terminal.
        let escaped = Self.complete.replacingOccurrences(of: "\"notes\":", with: "\"x\\u001b\": 1, \"x\\u001b\": 2, \"notes\":")
        #expect(Self.failure(escaped).hasPrefix("la clé « x\\u001b » figure deux fois"))
    }

    // MARK: - Round trip

    @Test func decodesEveryField() throws {
        let a = try Self.decode(Self.complete)
        #expect(a.questionnaire == .init(id: "essms-sobriete", version: "2026.1",
                                         sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
        #expect(a.site == .init(id: "foyer-tilleuls", name: "Foyer Les Tilleuls", finess: "750712184", group: "Hauts-de-France"))
        #expect(a.respondent == .init(name: "Anne Martin", role: "Directrice"))
        #expect(a.interviewer == "Paul « Polo » Durand")
        #expect(a.date == "2026-11-29")
        #expect(a.status == .complete)
        #expect(a.startedAt == "2026-11-29T09:12:00Z")
        #expect(a.updatedAt == "2026-11-29T10:03:41Z")
        #expect(a.notes == "Entretien d’une heure.")
        #expect(a.extra.isEmpty)
        #expect(a.answers.ids == ["gouvernance.sponsor", "usages.impression", "achats.reconditionne", "parc.postes",
                                  "parc.surface", "fin_de_vie.deee", "gouvernance.charte"])
        #expect(a.answers["gouvernance.sponsor"] == Answer(value: .string("informel"), note: "CA informé en juin\nà suivre",
                                                           at: "2026-11-29T09:13:02Z"))
        #expect(a.answers["usages.impression"]?.value == .array([.string("recto_verso"), .string("badge")]))
        #expect(a.answers["achats.reconditionne"]?.value == .bool(true))
        #expect(a.answers["parc.postes"]?.value == .number(42))
        #expect(a.answers["parc.surface"]?.value == .number(0.1))
        #expect(a.answers["fin_de_vie.deee"] == Answer(notApplicable: true))
        #expect(a.answers["gouvernance.charte"]?.isGiven == false)
        #expect(a.answers["fin_de_vie.deee"]?.isGiven == true)
    }

    @Test func encodesBackToTheSameBytes() throws {
        let a = try Self.decode(Self.complete)
        #expect(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self) == Self.complete)
        #expect(try Self.decode(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self)) == a)
    }

    @Test func minimalFileTakesDefaults() throws {
        let a = try Self.decode("""
            {"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "s"}, "date": "2028-02-29", "answers": {}}
            """)
        #expect(a.status == .inProgress)
        #expect(a.questionnaire.sha256 == nil)
        #expect(a.respondent == nil)
        #expect(a.answers.count == 0)
        #expect(JSONWriter.string(AssessmentCodec.encode(a), pretty: false)
                == #"{"format":1,"questionnaire":{"id":"q","version":"1"},"site":{"id":"s"},"date":"2028-02-29","status":"in_progress","answers":{}}"#)
    }

    @Test func answerWithNullValueIsNoValue() throws {
        let a = try Self.decode("""
            {"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "s"}, "date": "2026-01-01",
             "answers": {"t.q": {"value": null, "note": "plus tard"}}}
            """)
        #expect(a.answers["t.q"] == Answer(note: "plus tard"))
    }

    @Test func builtInMemoryRoundTrips() throws {
        var answers = AnswerSet()
        answers["t.b"] = Answer(value: .array([.string("x")]))
        answers["t.a"] = Answer(value: .string("é\u{1F600}\"\\\n\t\u{1}"), note: "n")
        answers["t.c"] = Answer(notApplicable: true, note: "pas de serveur")
        let a = Assessment(
            questionnaire: .init(id: "q", version: "2", sha256: nil),
            site: .init(id: "s", finess: "2A0000008"), respondent: .init(role: "Cadre"), date: "2026-03-01",
            status: .inProgress, answers: answers, notes: "")
        let back = try AssessmentCodec.decode(AssessmentCodec.bytes(a))
        #expect(back == a)
        #expect(back.answers.ids == ["t.b", "t.a", "t.c"])
    }

    // MARK: - Unknown keys survive

    static let withUnknownKeys = """
        {
          "format": 1,
          "questionnaire": {
            "id": "essms-sobriete",
            "version": "2026.1",
            "title": "Sobriété numérique",
            "source": {
              "url": "https://example.org",
              "etag": [1, 2]
            }
          },
          "site": {
            "id": "foyer-tilleuls",
            "address": {
              "city": "Lille",
              "zip": "59000"
            },
            "beds": 42
          },
          "respondent": {
            "name": "Anne",
            "email": "anne@example.org"
          },
          "date": "2026-11-29",
          "status": "in_progress",
          "answers": {
            "gouvernance.sponsor": {
              "value": "informel",
              "confidence": 0.8,
              "history": [
                {
                  "value": "non",
                  "at": "2026-01-01"
                }
              ]
            }
          },
          "device": "tablette",
          "signatures": [
            {
              "who": "Anne",
              "ok": true
            },
            null
          ]
        }

        """

    @Test func unknownKeysAtEveryLevelSurvive() throws {
        let a = try Self.decode(Self.withUnknownKeys)
        #expect(a.site.extra["beds"] == .number(42))
        #expect(a.respondent?.extra["email"] == .string("anne@example.org"))
        #expect(a.answers["gouvernance.sponsor"]?.extra["confidence"] == .number(0.8))
        #expect(a.extra["device"] == .string("tablette"))
        #expect(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self) == Self.withUnknownKeys)
    }

    @Test func unknownKeysSurviveAnEdit() throws {
        var a = try Self.decode(Self.withUnknownKeys)
        a.answers["gouvernance.sponsor"]?.value = .string("formel")
        a.answers["usages.x"] = Answer(value: .bool(true))
        a.status = .complete
        let json = try JSONParser.parse(AssessmentCodec.bytes(a))
        let root = try #require(json.objectValue)
        #expect(root["device"] == .string("tablette"))
        #expect(root["signatures"]?.arrayValue?.count == 2)
        #expect(root["questionnaire"]?.objectValue?["title"] == .string("Sobriété numérique"))
        #expect(root["questionnaire"]?.objectValue?.keys == ["id", "version", "title", "source"])
        #expect(root["site"]?.objectValue?["address"]?.objectValue?["zip"] == .string("59000"))
        #expect(root["respondent"]?.objectValue?["email"] == .string("anne@example.org"))
        let sponsor = try #require(root["answers"]?.objectValue?["gouvernance.sponsor"]?.objectValue)
        #expect(sponsor.keys == ["value", "confidence", "history"])
        #expect(sponsor["value"] == .string("formel"))
        #expect(root["status"] == .string("complete"))
    }

    @Test func knownKeysOfAnUnexpectedTypeSurvive() throws {
        // A newer version might write richer values; this one must not drop them on rewrite.
        let text = """
            {
              "format": 1,
              "questionnaire": {
                "id": "q",
                "version": "1",
                "sha256": {"algorithm": "sha3"}
              },
              "site": {
                "id": "s",
                "name": {"fr": "Foyer", "br": "Ti"},
                "group": ["Nord", "Lille"]
              },
              "respondent": "Anne",
              "interviewer": {"name": "Paul"},
              "date": "2026-11-29",
              "started_at": 1764407520,
              "answers": {
                "t.q": {
                  "value": 3,
                  "na": "peut-être",
                  "note": ["a", "b"],
                  "at": 1764407520
                }
              },
              "notes": {"fr": "Bien"}
            }

            """
        let a = try Self.decode(text)
        #expect(a.site.name == nil)
        #expect(a.interviewer == nil)
        #expect(a.answers["t.q"]?.notApplicable == false)
        let back = try #require(try JSONParser.parse(AssessmentCodec.bytes(a)).objectValue)
        let original = try #require(try JSONParser.parse(Array(text.utf8)).objectValue)
        #expect(Set(back.keys) == Set(original.keys).union(["status"]))
        for (key, value) in original {
            #expect(back[key] == value, "\(key)")
        }
        #expect(back["status"] == .string("in_progress"))
    }

    @Test func aValueSetInTheModelWinsOverAKeptOne() throws {
        var a = try Self.decode("""
            {"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "s", "name": 7}, "date": "2026-01-01",
             "interviewer": {"name": "Paul"}, "answers": {"t.q": {"value": 1, "note": 3}}}
            """)
        a.interviewer = "Jeanne"
        a.site.name = "Foyer"
        a.answers["t.q"]?.note = "vu"
        let root = try #require(try JSONParser.parse(AssessmentCodec.bytes(a)).objectValue)
        #expect(root["interviewer"] == .string("Jeanne"))
        #expect(root["site"] == .object(JSONObject([("id", .string("s")), ("name", .string("Foyer"))])))
        #expect(root["answers"]?.objectValue?["t.q"] == .object(JSONObject([("value", .number(1)), ("note", .string("vu"))])))
    }

    // MARK: - Errors

    static func without(_ key: String) -> String {
        var root = try! JSONParser.parse(Array(complete.utf8)).objectValue!
        let path = key.split(separator: ".").map(String.init)
        if path.count == 1 {
            root[path[0]] = nil
        } else {
            var inner = root[path[0]]!.objectValue!
            inner[path[1]] = nil
            root[path[0]] = .object(inner)
        }
        return JSONWriter.string(.object(root))
    }

    static func with(_ key: String, _ value: JSONValue) -> String {
        var root = try! JSONParser.parse(Array(complete.utf8)).objectValue!
        let path = key.split(separator: ".").map(String.init)
        if path.count == 1 {
            root[path[0]] = value
        } else {
            var inner = root[path[0]]!.objectValue!
            inner[path[1]] = value
            root[path[0]] = .object(inner)
        }
        return JSONWriter.string(.object(root))
    }

    @Test(arguments: [
        ("format", "il manque « format »", "missing 'format'"),
        ("questionnaire", "il manque « questionnaire »", "missing 'questionnaire'"),
        ("questionnaire.id", "il manque « questionnaire.id »", "missing 'questionnaire.id'"),
        ("questionnaire.version", "il manque « questionnaire.version »", "missing 'questionnaire.version'"),
        ("site", "il manque « site »", "missing 'site'"),
        ("site.id", "il manque « site.id »", "missing 'site.id'"),
        ("date", "il manque « date »", "missing 'date'"),
        ("answers", "il manque « answers »", "missing 'answers'"),
    ])
    func missingRequiredField(key: String, fr: String, en: String) {
        #expect(Self.failure(Self.without(key)) == fr)
        #expect(Self.failure(Self.without(key), language: .en) == en)
    }

    @Test func optionalFieldsMayBeMissing() throws {
        for key in ["questionnaire.sha256", "site.name", "site.finess", "site.group", "respondent", "interviewer", "status",
                    "started_at", "updated_at", "notes"] {
            #expect(Self.failure(Self.without(key)) == "", "\(key)")
        }
    }

    @Test(arguments: [
        ("format", JSONValue.string("1"), "« format » doit être un nombre", "'format' must be a number"),
        ("questionnaire", .string("essms"), "« questionnaire » doit être un objet { … }", "'questionnaire' must be an object { … }"),
        ("questionnaire.id", .number(1), "« questionnaire.id » doit être un texte", "'questionnaire.id' must be a text"),
        ("questionnaire.version", .number(2026.1), "« questionnaire.version » doit être un texte", "'questionnaire.version' must be a text"),
        ("site", .array([]), "« site » doit être un objet { … }", "'site' must be an object { … }"),
        ("site.id", .null, "il manque « site.id »", "missing 'site.id'"),
        ("site.id", .string(""), "il manque « site.id »", "missing 'site.id'"),
        ("date", .number(20261129), "« date » doit être un texte", "'date' must be a text"),
        ("answers", .array([]), "« answers » doit être un objet { … }", "'answers' must be an object { … }"),
        ("status", .bool(true), "statut « true » inconnu : in_progress ou complete", "unknown status 'true': in_progress or complete"),
        ("status", .string("done"), "statut « done » inconnu : in_progress ou complete", "unknown status 'done': in_progress or complete"),
        ("format", .number(2), "format d’évaluation 2 non pris en charge (cette version lit le format 1)",
         "assessment format 2 is not supported (this version reads format 1)"),
        ("format", .number(1.5), "format d’évaluation 1.5 non pris en charge (cette version lit le format 1)",
         "assessment format 1.5 is not supported (this version reads format 1)"),
    ])
    func wrongType(key: String, value: JSONValue, fr: String, en: String) {
        #expect(Self.failure(Self.with(key, value)) == fr)
        #expect(Self.failure(Self.with(key, value), language: .en) == en)
    }

    @Test func answerMustBeAnObject() {
        let text = #"{"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "s"}, "date": "2026-01-01", "answers": {"t.q": "oui"}}"#
        #expect(Self.failure(text) == "la réponse « t.q » doit être un objet { \"value\": … }")
        #expect(Self.failure(text, language: .en) == "answer 't.q' must be an object { \"value\": … }")
    }

    @Test func rootMustBeAnObject() {
        #expect(Self.failure("[1, 2]") == "le fichier doit contenir un objet JSON { … }")
        #expect(Self.failure("\"texte\"", language: .en) == "the file must hold a JSON object { … }")
    }

    @Test func invalidJSONGivesLineAndColumn() {
        let text = "{\n  \"format\": 1,\n  \"site\": {\"id\": \"é\" \"x\"}\n}"
        #expect(Self.failure(text) == "ce n’est pas un JSON valide (ligne 3, colonne 22 : expected ',' or '}')")
        #expect(Self.failure(text, language: .en) == "not valid JSON (line 3, column 22: expected ',' or '}')")
        #expect(Self.failure("") == "ce n’est pas un JSON valide (ligne 1, colonne 1 : unexpected end of file)")
        #expect(Self.failure("{\"format\": 1,}") == "ce n’est pas un JSON valide (ligne 1, colonne 14 : expected a quoted key)")
    }

    // MARK: - Dates and FINESS inside the file

    @Test(arguments: [
        ("2026-02-29", false), ("2028-02-29", true), ("2100-02-29", false), ("2000-02-29", true),
        ("2026-04-31", false), ("2026-12-31", true), ("2026-13-01", false), ("2026-00-10", false),
        ("2026-01-00", false), ("2026-1-01", false), ("26-01-01", false), ("2026-01-01T10:00:00Z", false),
        ("2026/01/01", false), ("２０２６-01-01", false), ("", false),
    ])
    func dates(date: String, valid: Bool) {
        #expect(IsoDate.isValidDay(date) == valid)
        let message = Self.failure(Self.with("date", .string(date)))
        #expect(message == (valid ? "" : "date « \(date) » invalide : AAAA-MM-JJ attendu"))
    }

    @Test func invalidDateInEnglish() {
        #expect(Self.failure(Self.with("date", .string("2026-02-29")), language: .en)
                == "invalid date '2026-02-29': YYYY-MM-DD expected")
    }

    @Test func finessIsChecked() {
        #expect(Self.failure(Self.with("site.finess", .string("750712185")))
                == "le numéro FINESS 750712185 est incorrect : sa clé de contrôle (dernier chiffre) ne correspond pas")
        #expect(Self.failure(Self.with("site.finess", .string("59000000")))
                == "un numéro FINESS a 9 caractères (ici 8)")
        #expect(Self.failure(Self.with("site.finess", .string("2A0000008"))) == "")
    }
}
