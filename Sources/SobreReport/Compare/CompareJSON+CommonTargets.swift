import SobreCore
import SobreJSON

/// The comparison's JSON of `--targets` (docs/reference/compare-json.md): each site measured gets
/// `common_targets`, its roadmap's objectives exactly as a report's `roadmap.targets`; the
/// document gets `common_targets`, the file and how many sites stand where.
extension CompareJSON {
    static func commonTargets(_ s: CommonTargets.Standing) -> JSONValue {
        .object(JSONObject([
            // Which assessment was measured: the site's latest complete one, which its `latest`
            // (in progress) may not be.
            ("by", .number(Double(s.roadmap.by))), ("file", .string(s.file)), ("date", .string(s.date)),
            ("status", .string(s.status.rawValue)),
            ("items", .array(s.roadmap.items.map(ObjectivesJSON.item))),
        ]))
    }

    static func commonTargets(_ c: CommonTargets) -> JSONValue {
        .object(JSONObject([
            ("file", .string(c.file)), ("by", .number(Double(c.targets.by))), ("sites", .number(Double(c.measuredCount))),
            ("reached", .number(Double(c.count(.reached)))), ("planned", .number(Double(c.count(.planned)))),
            ("short", .number(Double(c.count(.short)))),
        ]))
    }
}
