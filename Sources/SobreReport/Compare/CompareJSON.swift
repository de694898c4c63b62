import SobreCore
import SobreJSON

/// The JSON comparison (docs/reference/compare-json.md), with unrounded numbers.
///
/// Extensions (documented in docs/reference/compare-json.md): `status` (and `file` in `history`) marks
/// assessments in progress; `versions` says which sites used which questionnaire; with
/// `--by group`, `groups` gives the same statistics per `site.group`.
public enum CompareJSON {
    /// The comparison as pretty JSON text.
    public static func render(_ comparison: Comparison, by grouping: SiteGrouping? = nil, common: CommonTargets? = nil) -> String {
        String(decoding: bytes(comparison, by: grouping, common: common), as: UTF8.self)
    }

    /// Sites written together on one core: enough to make the hand-over cheap, few enough to
    /// share a block between the cores evenly.
    static let sitesPerPart = 64
    /// Sites written before their text is appended to the document: bounds the text held twice.
    static let sitesPerBlock = 512

    /// The comparison as pretty JSON text in UTF-8, the same bytes as `JSONWriter.bytes` would
    /// give for the whole document as one `JSONValue`.
    ///
    /// Sites are written straight as text (`JSONStream`), by parts on every core, then appended
    /// in order: for 100,000 assessments a tree of the whole document took more memory than the
    /// comparison itself, and making a tree per site, only to write it, cost more than writing.
    /// `common`: the sites measured against `--targets`, as `sites[].common_targets` and `common_targets`.
    public static func bytes(_ comparison: Comparison, by grouping: SiteGrouping? = nil, common: CommonTargets? = nil) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096 + 2048 * comparison.sites.count)
        write(comparison, by: grouping, common: common) { out += $0 }
        return out
    }

    /// The same bytes as `bytes`, handed to `emit` in order, a block of sites at a time: a
    /// comparison of 100,000 files writes its 250 MB without holding them.
    public static func write(_ comparison: Comparison, by grouping: SiteGrouping? = nil, common: CommonTargets? = nil,
                             to emit: ([UInt8]) -> Void) {
        // Standings are by site position: those measured on another comparison are not written.
        let common = common.flatMap { $0.measured(on: comparison) ? $0 : nil }
        var out: [UInt8] = []
        out += "{".utf8
        JSONWriter.appendNewline(to: &out, level: 1)
        out += "\"compare_format\": 1,".utf8
        JSONWriter.appendNewline(to: &out, level: 1)
        out += "\"sites\": ".utf8
        if comparison.sites.isEmpty {
            out += "[]".utf8
        } else {
            out += "[".utf8
            emit(out)
            out.removeAll()
            let sites = comparison.sites, themes = comparison.themes
            // Each block's text is handed over while the next block is made, as one more task
            // beside its parts: handed over between two blocks, the writing (megabytes into a
            // file) left the other core idle. At most two blocks are held.
            withoutActuallyEscaping(emit) { emit in
                let handover = Handover(emit)
                var made: [[UInt8]] = []
                var blockStart = 0
                while blockStart < sites.count {
                    let blockEnd = min(blockStart + sitesPerBlock, sites.count)
                    let parts = stride(from: blockStart, to: blockEnd, by: sitesPerPart).map { $0..<min($0 + sitesPerPart, blockEnd) }
                    let previous = made
                    made = Array(ParallelMap.map(Array(-1..<parts.count)) { k -> [UInt8] in
                        guard k >= 0 else {
                            for text in previous { handover.emit(text) }
                            return []
                        }
                        let range = parts[k]
                        return sitesText(sites[range], first: range.lowerBound == 0, themes: themes,
                                         common: common.map { Array($0.standings[range]) })
                    }.dropFirst())
                    blockStart = blockEnd
                }
                for text in made { emit(text) }
            }
            JSONWriter.appendNewline(to: &out, level: 1)
            out += "]".utf8
        }
        for (key, value) in rest(comparison, by: grouping) + (common.map { [("common_targets", commonTargets($0))] } ?? []) {
            out += ",".utf8
            JSONWriter.appendNewline(to: &out, level: 1)
            JSONWriter.appendString(key, to: &out)
            out += ": ".utf8
            JSONWriter.appendPretty(value, to: &out, level: 1)
        }
        JSONWriter.appendNewline(to: &out, level: 0)
        out += "}\n".utf8
        emit(out)
    }

    /// The caller's `emit`, called from one task of a `ParallelMap` at a time: every call ends
    /// before the map that made it returns, and the next map, or the caller, calls it only then,
    /// so the calls are in order and never overlap.
    private final class Handover: @unchecked Sendable {
        let emit: ([UInt8]) -> Void
        init(_ emit: @escaping ([UInt8]) -> Void) { self.emit = emit }
    }

    /// Consecutive elements of `sites`, each with its separator (none before the very first).
    private static func sitesText(_ records: ArraySlice<SiteRecord>, first: Bool, themes: [ComparedTheme],
                                  common: [CommonTargets.Standing?]?) -> [UInt8] {
        var json = JSONStream(elementsAt: 2, afterElements: !first, capacity: 8192 * records.count)
        for (k, record) in zip(records.indices, records) {
            site(record, themes: themes, common: common?[k - records.startIndex], into: &json)
        }
        return json.bytes
    }

    /// One element of `sites`: the site, its latest assessment and its history.
    private static func site(_ record: SiteRecord, themes: [ComparedTheme], common: CommonTargets.Standing?, into json: inout JSONStream) {
        let latest = record.latest
        json.beginObject()
        json.key("site")
        json.beginObject()
        json.key("id"); json.string(record.id)
        json.key("name"); json.string(record.site.name)
        json.key("group"); json.string(record.site.group)
        json.key("category"); json.string(record.site.category)
        json.endObject()
        json.key("latest")
        json.beginObject()
        json.key("date"); json.string(latest.date)
        json.key("file"); json.string(latest.file)
        if let reference = latest.association {
            // The head office's assessment whose answers it inherited (SPEC §12), as the site's file names it.
            json.key("association")
            json.beginObject()
            json.key("file"); json.string(reference.file)
            json.key("date"); json.string(reference.date)
            json.endObject()
        }
        json.key("questionnaire")
        json.beginObject()
        let questionnaire = latest.questionnaire
        json.key("id"); json.string(questionnaire.id)
        json.key("version"); json.string(questionnaire.version)
        json.endObject()
        json.key("overall")
        json.beginObject()
        json.key("score"); json.number(latest.overallScore)
        json.key("level"); level(latest.overallLevel, into: &json)
        // Extensions (docs/spec-notes.md): whether `weakest_link` lowered the level, and the themes holding it.
        json.key("capped"); json.bool(latest.capped)
        json.key("capped_by"); json.strings(latest.cappedBy)
        json.endObject()
        json.key("themes")
        json.beginArray()
        for theme in themes {
            let t = latest.theme(theme.id)
            json.beginObject()
            json.key("id"); json.string(theme.id)
            json.key("score"); json.number(t?.score)
            json.key("level"); level(t?.level, into: &json)
            json.endObject()
        }
        json.endArray()
        json.key("plan"); json.strings(latest.plan)
        json.key("indicators")
        json.beginObject()
        // By position: `zip` with the indicators copied each one whole (its expression, its texts).
        let indicators = questionnaire.indicators, values = latest.indicatorValues
        for k in 0..<min(indicators.count, values.count) {
            json.key(named: indicators[k].id); json.number(values[k])
        }
        json.endObject()
        json.key("status"); json.string(latest.status.rawValue)
        json.endObject()
        json.key("history")
        json.beginArray()
        for a in record.history {
            json.beginObject()
            json.key("date"); json.string(a.date)
            json.key("overall"); standing(a.overallScore, a.overallLevel, into: &json)
            json.key("themes")
            json.beginArray()
            for k in 0..<a.themeCount {
                json.beginObject()
                json.key("id"); json.string(a.themeID(at: k))
                json.key("score"); json.number(a.scoreOfTheme(at: k))
                json.endObject()
            }
            json.endArray()
            json.key("status"); json.string(a.status.rawValue)
            json.key("file"); json.string(a.file)
            json.endObject()
        }
        json.endArray()
        if let progress = record.progress {
            json.key("targets"); targets(progress, into: &json)
        }
        if let common { json.key("common_targets"); json.value(commonTargets(common)) }
        json.endObject()
    }

    private static func standing(_ score: Double?, _ level: Level?, into json: inout JSONStream) {
        json.beginObject()
        json.key("score"); json.number(score)
        json.key("level"); Self.level(level, into: &json)
        json.endObject()
    }

    /// As `JSONReport.level`.
    private static func level(_ level: Level?, into json: inout JSONStream) {
        guard let level else {
            json.null()
            return
        }
        json.beginObject()
        json.key("id"); json.number(Double(level.id))
        json.key("name"); json.string(level.name)
        json.endObject()
    }

    /// The keys after `sites`, in order.
    private static func rest(_ comparison: Comparison, by grouping: SiteGrouping?) -> [(String, JSONValue)] {
        let summary = summaryValues(comparison.summary)
        var pairs: [(String, JSONValue)] = [
            ("themes", summary.themes),
            ("overall", summary.overall),
            ("common_actions", summary.commonActions),
            ("indicators", .array(comparison.summary.indicators.map { i in
                .object(JSONObject([
                    ("id", .string(i.id)), ("label", .string(i.label)), ("unit", .string(i.unit)),
                    ("sites", .number(Double(i.statistics?.count ?? 0))), ("total", .number(i.total)),
                    ("mean", .number(i.statistics?.mean)), ("median", .number(i.statistics?.median)),
                    ("min", .number(i.statistics?.min)), ("max", .number(i.statistics?.max)),
                ]))
            })),
            ("errors", .array(comparison.errors.map { e in
                .object(JSONObject([("file", .string(e.file)), ("message", .string(e.message))]))
            })),
            ("associations", .array(comparison.associations.map { a in
                .object(JSONObject([
                    ("file", .string(a.file)), ("date", .string(a.date)), ("status", .string(a.status.rawValue)),
                    ("name", a.site.name.map { .string($0) } ?? .null),
                    ("questionnaire", .object(JSONObject([("id", .string(a.questionnaire.id)), ("version", .string(a.questionnaire.version))]))),
                    ("used_by", .array(comparison.sites(using: a).map { .string($0) })),
                ]))
            })),
            ("versions", .array(comparison.versions.map { v in
                .object(JSONObject([
                    ("id", .string(v.id)), ("version", .string(v.version)), ("sha256", .string(v.sha256)),
                    ("sites", .array(v.sites.map { .string($0) })), ("assessments", .number(Double(v.assessments))),
                ]))
            })),
        ]
        if let grouping {
            // "groups" of "group", "categories" of "category": the key says what was grouped by.
            let (list, name) = grouping == .group ? ("groups", "group") : ("categories", "category")
            pairs.append((list, .array(comparison.groups(by: grouping).map { g in
                let values = summaryValues(g.summary)
                return .object(JSONObject([
                    (name, .string(g.name)), ("sites", .array(g.summary.siteIDs.map { .string($0) })),
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
            .object(JSONObject([("id", .string(a.id)), ("title", .string(a.title)), ("sites", .number(Double(a.sites.count))),
                                ("saves", .object(JSONObject(a.saves.map { ($0.indicatorID, .number($0.amount)) })))]))
        })
        return (themes, overall, actions)
    }
}
