import SobreCore
import SobreJSON

/// The JSON report's keys of SPEC §8: `indicators`, `factors`, `savings`, and each plan item's `saves`.
enum IndicatorJSON {
    /// Adds `indicators`, `factors` and `savings` to the report's root.
    static func add(_ model: ReportModel, to root: inout JSONObject) {
        root["indicators"] = .array(model.indicators.map { estimate in
            .object(JSONObject([
                ("id", .string(estimate.indicator.id)), ("label", .string(estimate.indicator.label)),
                ("unit", .string(estimate.indicator.unit)), ("headline", .bool(estimate.indicator.headline)),
                ("value", .number(estimate.value)), ("missing", .array(estimate.missing.map { .string($0) })),
            ]))
        })
        root["factors"] = .array(model.factors.map { factor in
            .object(JSONObject([
                ("id", .string(factor.id)), ("value", .number(factor.value)), ("unit", .string(factor.unit)),
                ("source", .string(factor.source)), ("overridden", .bool(factor.overridden)),
            ]))
        })
        root["savings"] = .array(model.savings.map { total in
            .object(JSONObject([("indicator", .string(total.indicatorID)), ("total", .number(total.amount))]))
        })
    }

    /// A plan item's `saves`: indicator id → estimated saving, `{}` when none.
    static func saves(_ saves: [IndicatorSaving]) -> JSONValue {
        .object(JSONObject(saves.map { ($0.indicatorID, .number($0.amount)) }))
    }
}
