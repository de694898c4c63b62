import SobreCore
import SobreJSON

/// The objectives' part of the JSON report (SPEC §9): `roadmap`, `progress`, `next_level`.
enum ObjectivesJSON {
    /// Adds the keys that apply to `model` to `root`.
    static func add(_ model: ReportModel, to root: inout JSONObject) {
        if let o = model.objectives {
            root["roadmap"] = roadmap(o.roadmap, source: o.source)
            if let p = o.progress { root["progress"] = progress(p) }
        }
        if let next = model.nextLevel { root["next_level"] = nextLevel(next) }
    }

    static func roadmap(_ r: Roadmap, source: ReportObjectives.Source) -> JSONValue {
        .object(JSONObject([
            ("by", .number(Double(r.by))),
            // Extension: where the objectives in force come from.
            ("source", .string(source.rawValue)),
            ("targets", .array(r.items.map(item))),
            ("years", .array(r.years.map { y in
                .object(JSONObject([("year", .number(Double(y.year))), ("actions", .array(y.actions.map { .string($0.id) }))]))
            })),
        ]))
    }

    static func item(_ i: Roadmap.Item) -> JSONValue {
        var o = JSONObject([
            ("scope", .string(i.scope.rawValue)), ("id", .string(i.id)), ("target", .number(i.target)),
        ])
        if i.scope == .indicator { o["target_value"] = .number(i.targetValue) }
        o["now"] = .number(i.now)
        o["projected"] = .number(i.projected)
        o["status"] = .string(i.status.rawValue)
        o["short_by"] = .number(i.shortBy)
        return .object(o)
    }

    static func progress(_ p: TargetProgress) -> JSONValue {
        .object(JSONObject([
            ("by", .number(Double(p.by))), ("baseline", .string(p.baseline)), ("status", .string(p.status.rawValue)),
            ("items", .array(p.items.map { i in
                .object(JSONObject([
                    ("scope", .string(i.scope.rawValue)), ("id", .string(i.id)), ("target", .number(i.target)),
                    ("progress", .number(i.progress)), ("expected", .number(i.expected)), ("status", .string(i.status.rawValue)),
                ]))
            })),
        ]))
    }

    static func nextLevel(_ n: NextLevel) -> JSONValue {
        .object(JSONObject([
            ("level", .number(Double(n.level.id))), ("status", .string(n.status.rawValue)), ("short_by", .number(n.shortBy)),
            ("actions", .array(n.actions.map { .string($0.id) })),
            // Extension: the themes the weakest-link rule holds back, and the points they lack.
            ("held_by", .array(n.holding.map { h in
                .object(JSONObject([("theme", .string(h.theme.id)), ("points", .number(h.points))]))
            })),
        ]))
    }
}
