import SobreCore

/// The JSON comparison of SPEC §5.1, with unrounded numbers.
///
/// Extensions (documented in docs/spec-notes.md): `status` (and `file` in `history`) marks
/// assessments in progress; `versions` says which sites used which questionnaire; with
/// `--by group`, `groups` gives the same statistics per `site.group`.
public enum CompareJSON {
    /// The comparison as a JSON value; `byGroup` adds the `groups` key.
    public static func value(_ comparison: Comparison, byGroup: Bool = false) -> JSONValue {
        var root = JSONObject()
        root["compare_format"] = .number(1)
        root["sites"] = .array(comparison.sites.map { site($0, themes: comparison.themes) })
        for (key, value) in rest(comparison, byGroup: byGroup) { root[key] = value }
        return .object(root)
    }

    /// The comparison as pretty JSON text.
    public static func render(_ comparison: Comparison, byGroup: Bool = false) -> String {
        String(decoding: bytes(comparison, byGroup: byGroup), as: UTF8.self)
    }

    /// The comparison as pretty JSON text in UTF-8, the same bytes as writing `value` whole.
    ///
    /// Sites are made into JSON values and written one at a time: for 100,000 assessments the
    /// tree of the whole document took more memory than the comparison itself.
    public static func bytes(_ comparison: Comparison, byGroup: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096 + 2048 * comparison.sites.count)
        out += "{".utf8
        JSONWriter.appendNewline(to: &out, level: 1)
        out += "\"compare_format\": 1,".utf8
        JSONWriter.appendNewline(to: &out, level: 1)
        out += "\"sites\": ".utf8
        if comparison.sites.isEmpty {
            out += "[]".utf8
        } else {
            out += "[".utf8
            for (k, record) in comparison.sites.enumerated() {
                if k > 0 { out += ",".utf8 }
                JSONWriter.appendNewline(to: &out, level: 2)
                JSONWriter.appendPretty(site(record, themes: comparison.themes), to: &out, level: 2)
            }
            JSONWriter.appendNewline(to: &out, level: 1)
            out += "]".utf8
        }
        for (key, value) in rest(comparison, byGroup: byGroup) {
            out += ",".utf8
            JSONWriter.appendNewline(to: &out, level: 1)
            JSONWriter.appendString(key, to: &out)
            out += ": ".utf8
            JSONWriter.appendPretty(value, to: &out, level: 1)
        }
        JSONWriter.appendNewline(to: &out, level: 0)
        out += "}\n".utf8
        return out
    }

    /// One element of `sites`: the site, its latest assessment and its history.
    private static func site(_ record: SiteRecord, themes: [ComparedTheme]) -> JSONValue {
        let latest = record.latest
        return .object(JSONObject([
            ("site", .object(JSONObject([
                ("id", .string(record.id)), ("name", .string(record.site.name)), ("group", .string(record.site.group)),
            ]))),
            ("latest", .object(JSONObject([
                ("date", .string(latest.date)),
                ("file", .string(latest.file)),
                ("questionnaire", .object(JSONObject([
                    ("id", .string(latest.questionnaire.id)), ("version", .string(latest.questionnaire.version)),
                ]))),
                ("overall", standing(latest.overallScore, latest.overallLevel)),
                ("themes", .array(themes.map { theme in
                    let t = latest.theme(theme.id)
                    return .object(JSONObject([
                        ("id", .string(theme.id)), ("score", .number(t?.score)), ("level", JSONReport.level(t?.level)),
                    ]))
                })),
                ("plan", .array(latest.plan.map { .string($0) })),
                ("status", .string(latest.status.rawValue)),
            ]))),
            ("history", .array(record.history.map { a in
                .object(JSONObject([
                    ("date", .string(a.date)),
                    ("overall", standing(a.overallScore, a.overallLevel)),
                    ("themes", .array(a.themes.map { t in
                        .object(JSONObject([("id", .string(t.id)), ("score", .number(t.score))]))
                    })),
                    ("status", .string(a.status.rawValue)),
                    ("file", .string(a.file)),
                ]))
            })),
        ]))
    }

    /// The keys after `sites`, in order.
    private static func rest(_ comparison: Comparison, byGroup: Bool) -> [(String, JSONValue)] {
        let summary = summaryValues(comparison.summary)
        var pairs: [(String, JSONValue)] = [
            ("themes", summary.themes),
            ("overall", summary.overall),
            ("common_actions", summary.commonActions),
            ("errors", .array(comparison.errors.map { e in
                .object(JSONObject([("file", .string(e.file)), ("message", .string(e.message))]))
            })),
            ("versions", .array(comparison.versions.map { v in
                .object(JSONObject([
                    ("id", .string(v.id)), ("version", .string(v.version)), ("sha256", .string(v.sha256)),
                    ("sites", .array(v.sites.map { .string($0) })), ("assessments", .number(Double(v.assessments))),
                ]))
            })),
        ]
        if byGroup {
            pairs.append(("groups", .array(comparison.groups().map { g in
                let values = summaryValues(g.summary)
                return .object(JSONObject([
                    ("group", .string(g.name)), ("sites", .array(g.summary.siteIDs.map { .string($0) })),
                    ("themes", values.themes), ("overall", values.overall), ("common_actions", values.commonActions),
                ]))
            })))
        }
        return pairs
    }

    private static func standing(_ score: Double?, _ level: Level?) -> JSONValue {
        .object(JSONObject([("score", .number(score)), ("level", JSONReport.level(level))]))
    }

    private static func statistics(_ s: ScoreStatistics?) -> [(String, JSONValue)] {
        [
            ("sites", .number(Double(s?.count ?? 0))), ("mean", .number(s?.mean)), ("median", .number(s?.median)),
            ("min", .number(s?.min)), ("max", .number(s?.max)),
        ]
    }

    private static func summaryValues(_ summary: ComparisonSummary) -> (themes: JSONValue, overall: JSONValue, commonActions: JSONValue) {
        let themes = JSONValue.array(summary.themes.map { t in
            .object(JSONObject([("id", .string(t.theme.id)), ("title", .string(t.theme.title))] + statistics(t.statistics)
                + [("best_sites", .array(t.bestSites.map { .string($0) }))]))
        })
        var levels = JSONObject()
        for count in summary.overall.levels { levels[String(count.id)] = .number(Double(count.sites)) }
        let overall = JSONValue.object(JSONObject(statistics(summary.overall.statistics) + [("levels", .object(levels))]))
        let actions = JSONValue.array(summary.commonActions.map { a in
            .object(JSONObject([("id", .string(a.id)), ("title", .string(a.title)), ("sites", .number(Double(a.sites.count)))]))
        })
        return (themes, overall, actions)
    }
}
