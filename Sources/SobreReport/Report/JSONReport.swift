import SobreCore
import SobreJSON

/// The JSON report of SPEC §5: unrounded numbers, every theme, the plan with its reasons.
public enum JSONReport {
    /// The report as a JSON value.
    public static func value(_ model: ReportModel) -> JSONValue {
        let q = model.questionnaire
        let a = model.assessment
        var root = JSONObject()
        root["report_format"] = .number(1)
        root["questionnaire"] = .object(JSONObject([
            ("id", .string(q.id)), ("version", .string(q.version)), ("title", .string(q.title)), ("sha256", .string(q.sha256)),
        ]))
        var site = JSONObject([("id", .string(a.site.id)), ("name", .string(a.site.name))])
        if let group = a.site.group { site["group"] = .string(group) }
        if let category = a.site.category { site["category"] = .string(category) }
        if let finess = a.site.finess { site["finess"] = .string(finess) }
        root["site"] = .object(site)
        root["date"] = .string(a.date)
        root["status"] = .string(a.status.rawValue)
        root["overall"] = .object(JSONObject([
            ("score", .number(model.overall.score)),
            ("level", level(model.overall.level)),
            ("level_by_score", model.levelByScore.map { .number(Double($0.id)) } ?? .null),
            ("capped", .bool(model.capped)),
            // Extension (docs/spec-notes.md): the themes at the lowest level, which hold a capped level down.
            ("capped_by", .array(model.cappedBy.map { .string($0.id) })),
        ]))
        root["themes"] = .array(model.themes.map { t in
            .object(JSONObject([
                ("id", .string(t.theme.id)), ("title", .string(t.theme.title)), ("score", .number(t.score)),
                ("level", level(t.level)), ("counted", .number(Double(t.counted))), ("relevant", .number(Double(t.relevant))),
            ]))
        })
        root["plan"] = .array(model.plan.map { item in
            .object(JSONObject([
                ("rank", .number(Double(item.rank))), ("id", .string(item.action.id)), ("title", .string(item.action.title)),
                ("description", .string(item.action.description)),
                ("theme", .string(item.action.themeID)), ("priority", .string(item.action.priority.rawValue)),
                ("effort", .string(item.action.effort.rawValue)), ("horizon", .string(item.action.horizon.rawValue)),
                ("gap", .number(item.gap)), ("owner", .string(item.action.owner)), ("source", .string(item.action.source)),
                ("saves", IndicatorJSON.saves(item.saves)),
                ("because", .array(item.reasons.map { reason in
                    var o = JSONObject([("question", .string(reason.questionID)), ("value", reason.value ?? .null)])
                    if reason.notApplicable { o["na"] = .bool(true) }
                    return .object(o)
                })),
            ]))
        })
        root["missing_required"] = .array(model.missingRequired.map { .string($0) })
        IndicatorJSON.add(model, to: &root)
        root["answers"] = .array(model.answers.map { line in
            var o = JSONObject([
                ("question", .string(line.question.fullID)), ("value", line.value ?? .null), ("score", .number(line.score)),
            ])
            o["note"] = .string(line.note)
            if line.notApplicable { o["na"] = .bool(true) }
            if !line.relevant { o["relevant"] = .bool(false) }
            if line.inherited { o["inherited"] = .bool(true) }
            return .object(o)
        })
        if let p = model.previous {
            root["previous"] = .object(JSONObject([
                ("date", .string(p.date)),
                ("overall", .object(JSONObject([
                    ("score", .number(p.overall.score)), ("level", level(p.overall.level)),
                    ("level_by_score", p.levelByScore.map { .number(Double($0.id)) } ?? .null), ("capped", .bool(p.capped)),
                    ("delta", .number(p.overallDelta)),
                ]))),
                // Extension (docs/spec-notes.md): whether the overall delta means progress.
                ("comparable", .bool(p.comparability == .comparable)),
                ("themes", .array(p.themes.map { t in
                    .object(JSONObject([("id", .string(t.id)), ("score", .number(t.previousScore)), ("delta", .number(t.delta))]))
                })),
                ("actions_done", .array(p.actionsDone.map { .string($0.id) })),
                ("actions_new", .array(p.actionsNew.map { .string($0.id) })),
            ]))
        }
        if let standing = model.benchmark { root["benchmark"] = BenchmarkStandingJSON.value(standing) }
        ObjectivesJSON.add(model, to: &root)
        return .object(root)
    }

    /// The report as pretty JSON text.
    public static func render(_ model: ReportModel) -> String {
        JSONWriter.string(value(model))
    }

    static func level(_ level: Level?) -> JSONValue {
        guard let level else { return .null }
        return .object(JSONObject([("id", .number(Double(level.id))), ("name", .string(level.name))]))
    }
}
